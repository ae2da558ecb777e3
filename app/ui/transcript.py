"""The last line or two of one side's live text, with the still-changing part visibly provisional.

A partial may still change, so it is drawn lighter and in italics after the settled text; when its final
arrives the same words turn solid. Only the tail that fits in two lines is kept, so the newest words are
always on screen and the window never grows with the call.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.shared.events import TranscriptEvent

__all__ = ["SideLine", "tail_that_fits"]

LINES = 2
_KEEP_FINALS = 3


def tail_that_fits(text: str, font: QFont, width: int, lines: int = LINES) -> str:
    """The longest word-aligned tail of ``text`` that wraps into ``lines`` lines of ``width`` pixels."""
    metrics = QFontMetrics(font)
    limit = metrics.lineSpacing() * (lines + 0.5)  # n wrapped lines measure n line spacings, give or take leading

    def fits(candidate: str) -> bool:
        box = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), Qt.TextFlag.TextWordWrap, candidate)
        return box.height() <= limit

    if width <= 0 or fits(text):
        return text
    words = text.split()
    low, high = 1, len(words)  # the first index whose tail fits lies in [low, high]
    while low < high:
        mid = (low + high) // 2
        if fits("… " + " ".join(words[mid:])):
            high = mid
        else:
            low = mid + 1
    return "… " + " ".join(words[low:])


class SideLine(QLabel):
    """Settled text of the latest utterances, then the current partial in a lighter italic."""

    def __init__(self, provisional_color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("line")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._provisional_color = provisional_color
        self._finals: list[str] = []
        self.partial = ""
        self._placeholder = ""

    @property
    def settled(self) -> str:
        return " ".join(self._finals)

    def set_provisional_color(self, color: str) -> None:
        self._provisional_color = color
        self._render()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self._render()

    def apply(self, event: TranscriptEvent) -> None:
        if event.type == "final":
            self._finals = [*self._finals, event.text.strip()][-_KEEP_FINALS:]
            self.partial = ""
        else:
            self.partial = event.text.strip()
        self._render()

    def clear_partial(self) -> None:
        """The call ended: a partial that never became final is not shown as if it might."""
        self.partial = ""
        self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * LINES + 2)  # the style sheet sets the font late
        settled, partial = self.settled, self.partial
        if not settled and not partial:
            self.setText(f'<span style="color:{self._provisional_color}">{html.escape(self._placeholder)}</span>')
            return
        full = f"{settled} {partial}".strip()
        font = QFont(self.font())
        font.setItalic(bool(partial))  # italics run wider; measuring with them keeps the tail inside two lines
        tail = tail_that_fits(full, font, self.width() - 2)
        cut = len(full) - len(tail.removeprefix("… "))
        settled_end = len(settled) if settled else 0
        visible_settled = full[cut:settled_end] if cut < settled_end else ""
        visible_partial = (partial if cut <= settled_end else full[cut:]) if partial else ""
        prefix = "… " if cut > 0 else ""
        parts = []
        if visible_settled:
            parts.append(html.escape(prefix + visible_settled.strip()))
            prefix = ""
        if visible_partial:
            parts.append(
                f'<i style="color:{self._provisional_color}">{html.escape(prefix + visible_partial.strip())}</i>'
            )
        self.setText(" ".join(parts))
