"""Screenshots from inside the app at the moments that matter, for the end-to-end test and for docs.

Set ``RESETBUTTON_SCREENSHOT_DIR`` and the overlay saves ``listening.png`` (both sides have text),
``card.png`` (the first card has slid in) and ``collapsed.png`` (the strip, right after that card); when
calls are kept, ``summary.png`` (the summary that opens after the call) and ``history.png`` (the history
window, opened right after it for the picture). Each window renders itself (``QWidget.grab``), so the
images are what the rep sees at the current scale factor, with or without a compositor.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QWidget

from app.shared.events import TranscriptEvent
from app.ui.overlay import OverlayWindow
from app.ui.post_call import PostCallWindows

__all__ = ["SCREENSHOT_DIR_ENV", "ScreenshotRecorder", "screenshot_dir"]

SCREENSHOT_DIR_ENV = "RESETBUTTON_SCREENSHOT_DIR"


def screenshot_dir() -> Path | None:
    value = os.environ.get(SCREENSHOT_DIR_ENV)
    return Path(value) if value else None


class ScreenshotRecorder(QObject):
    """Saves each named shot once."""

    def __init__(self, window: OverlayWindow, directory: Path, post: PostCallWindows | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._post = post
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []
        self._spoken: set[str] = set()
        window.event_shown.connect(self._on_shown)
        window.card_shown.connect(self._on_card)
        if post is not None:
            post.summary_shown.connect(self._on_summary)
            post.history_shown.connect(lambda shown: self.shoot("history", shown))

    def shoot(self, name: str, widget: QWidget | None = None) -> Path | None:
        path = self.directory / f"{name}.png"
        if path in self.saved:
            return None
        if widget is not None:  # a window just shown: let its layout and word-wrapping settle first
            for _ in range(3):
                QCoreApplication.processEvents()
        (widget or self._window).grab().save(str(path))
        self.saved.append(path)
        return path

    def shoot_collapsed(self) -> None:
        """The strip, then the window as it was."""
        was_collapsed = self._window.collapsed
        self._window.set_collapsed(True)
        self.shoot("collapsed")
        self._window.set_collapsed(was_collapsed)

    @Slot(object)
    def _on_shown(self, event: object) -> None:
        if isinstance(event, TranscriptEvent) and event.type == "final":
            self._spoken.add(event.channel)
            if len(self._spoken) == 2 and not self._window.cards:
                self.shoot("listening")

    @Slot(object)
    def _on_summary(self, summary: object) -> None:
        if isinstance(summary, QWidget) and self.shoot("summary", summary) is not None and self._post is not None:
            self._post.show_history()

    @Slot(object)
    def _on_card(self, card: object) -> None:
        if self.shoot("card") is not None:
            self.shoot_collapsed()
