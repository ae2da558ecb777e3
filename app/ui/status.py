"""The call's state as the rep sees it, and the coloured dot that shows it in the header."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.ui.theme import Palette

__all__ = ["CallState", "StatusDot"]


class CallState(Enum):
    """What the header says: one word the rep can read in half a second."""

    PAUSED = "Paused"
    LOADING = "Loading model…"
    LISTENING = "Listening"
    ERROR = "Needs attention"

    def color(self, palette: Palette) -> str:
        return {
            CallState.PAUSED: palette.faint,
            CallState.LOADING: palette.card_accent,
            CallState.LISTENING: palette.ok,
            CallState.ERROR: palette.danger,
        }[self]


class StatusDot(QWidget):
    """A filled circle in the state's colour (colour is backed by the word next to it, never alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = QColor("#888888")

    def sizeHint(self) -> QSize:
        return QSize(10, 10)

    def set_color(self, color: str) -> None:
        self._color = QColor(color)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        side = min(self.width(), self.height(), 8)
        painter.drawEllipse(QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side))
