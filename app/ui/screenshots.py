"""Screenshots from inside the app at the moments that matter, for the end-to-end test and for docs.

Set ``RESETBUTTON_SCREENSHOT_DIR`` and the overlay saves ``listening.png`` (both sides have text),
``card.png`` (the first card has slid in) and ``collapsed.png`` (the strip, right after that card). The
window renders itself (``QWidget.grab``), so the images are what the rep sees at the current scale factor,
with or without a compositor.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from app.shared.events import TranscriptEvent
from app.ui.overlay import OverlayWindow

__all__ = ["SCREENSHOT_DIR_ENV", "ScreenshotRecorder", "screenshot_dir"]

SCREENSHOT_DIR_ENV = "RESETBUTTON_SCREENSHOT_DIR"


def screenshot_dir() -> Path | None:
    value = os.environ.get(SCREENSHOT_DIR_ENV)
    return Path(value) if value else None


class ScreenshotRecorder(QObject):
    """Saves each named shot once."""

    def __init__(self, window: OverlayWindow, directory: Path) -> None:
        super().__init__(window)
        self._window = window
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []
        self._spoken: set[str] = set()
        window.event_shown.connect(self._on_shown)
        window.card_shown.connect(self._on_card)

    def shoot(self, name: str) -> Path | None:
        path = self.directory / f"{name}.png"
        if path in self.saved:
            return None
        self._window.grab().save(str(path))
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
    def _on_card(self, card: object) -> None:
        if self.shoot("card") is not None:
            self.shoot_collapsed()
