"""Who has been talking: the share of speaking time per side, and the bar that shows it.

Reps who talk more than about two thirds of a discovery call lose it; a bar in the corner of the eye is
the cheapest reminder. Speaking time comes from the session's voice-activity events, so it is there before
any text is, and an ongoing turn counts up to the latest call time the window has heard of.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.shared.audio import CHANNELS, Channel
from app.shared.events import SpeechActivity

__all__ = ["TalkRatioBar", "TalkTime"]


class TalkTime:
    """Seconds of speech per channel from start/stop activity events."""

    def __init__(self) -> None:
        self._total: dict[Channel, float] = dict.fromkeys(CHANNELS, 0.0)
        self._since: dict[Channel, float] = {}
        self._now = 0.0

    def apply(self, event: SpeechActivity) -> None:
        self.advance(event.t)
        if event.speaking:
            self._since.setdefault(event.channel, event.t)
        elif event.channel in self._since:
            self._total[event.channel] += max(0.0, event.t - self._since.pop(event.channel))

    def advance(self, t: float) -> None:
        self._now = max(self._now, t)

    @property
    def now(self) -> float:
        """The latest call time heard so far."""
        return self._now

    def seconds(self, channel: Channel) -> float:
        ongoing = self._since.get(channel)
        return self._total[channel] + (max(0.0, self._now - ongoing) if ongoing is not None else 0.0)

    def rep_share(self) -> float | None:
        """The rep's share of all speech so far, or None before anyone spoke."""
        rep, prospect = self.seconds("rep"), self.seconds("prospect")
        return rep / (rep + prospect) if rep + prospect > 0 else None


class TalkRatioBar(QWidget):
    """A thin two-colour bar: the rep's share from the left, the prospect's from the right."""

    def __init__(self, rep: str, prospect: str, track: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share: float | None = None
        self.set_colors(rep, prospect, track)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, 6)

    def set_colors(self, rep: str, prospect: str, track: str) -> None:
        self._rep, self._prospect, self._track = QColor(rep), QColor(prospect), QColor(track)
        self.update()

    def set_share(self, share: float | None) -> None:
        self.share = share
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        bar = QRectF(self.rect()).adjusted(0, (self.height() - 6) / 2, 0, -(self.height() - 6) / 2)
        if self.share is None:
            painter.setBrush(self._track)
            painter.drawRoundedRect(bar, 3, 3)
            return
        painter.setBrush(self._prospect)
        painter.drawRoundedRect(bar, 3, 3)
        split = bar.width() * self.share
        painter.setBrush(self._rep)
        painter.setClipRect(QRectF(bar.x(), bar.y(), split, bar.height()))
        painter.drawRoundedRect(bar, 3, 3)
