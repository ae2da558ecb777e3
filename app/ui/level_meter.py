"""A small input-level bar per side, so the rep sees at a glance that both voices are being heard.

It paints itself (no style sheet), eases down between updates instead of flickering, and maps the
session's RMS figures onto the range where speech lives on a headset: -60 dBFS (room noise) to -12 dBFS.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["LevelMeter", "level_fraction"]

FLOOR_DB = -60.0
CEILING_DB = -12.0
_DECAY = 0.75


def level_fraction(rms_db: float) -> float:
    """0 at the noise floor, 1 at a loud voice, linear in dB between."""
    return min(1.0, max(0.0, (rms_db - FLOOR_DB) / (CEILING_DB - FLOOR_DB)))


class LevelMeter(QWidget):
    """A rounded bar filled to the current level in the side's colour."""

    def __init__(self, color: str, track: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = QColor(color)
        self._track = QColor(track)
        self.level = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)

    def sizeHint(self) -> QSize:
        return QSize(80, 6)

    def set_colors(self, color: str, track: str) -> None:
        self._color, self._track = QColor(color), QColor(track)
        self.update()

    def set_db(self, rms_db: float) -> None:
        """A new reading: jump up at once, fall back gently (see :meth:`decay`)."""
        self.level = max(level_fraction(rms_db), self.level * _DECAY)
        self.update()

    def decay(self) -> None:
        """Called a few times a second while listening so the bar falls when audio stops arriving."""
        if self.level > 0.0:
            self.level = self.level * _DECAY if self.level > 0.02 else 0.0
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        bar = QRectF(self.rect()).adjusted(0, (self.height() - 6) / 2, 0, -(self.height() - 6) / 2)
        painter.setBrush(self._track)
        painter.drawRoundedRect(bar, 3, 3)
        if self.level > 0.0:
            filled = QRectF(bar.x(), bar.y(), max(bar.height(), bar.width() * self.level), bar.height())
            painter.setBrush(self._color)
            painter.drawRoundedRect(filled, 3, 3)
