"""Qt tests run headless: the offscreen platform, a temporary settings file, a worker that is shut down."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the QApplication

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.session.call import EventListener
from app.shared.events import CardEvent, ScriptOption
from app.ui.overlay import OverlayWindow
from app.ui.settings import OverlaySettings
from app.ui.worker import CallController, CallRequest, PreparedCall, SessionFactory

PUSHBACK = CardEvent(
    "pushback",
    10.7,
    "not interested: “We're not interested.”",
    (
        ScriptOption(
            "pushback.what_made_you", "Acknowledge and get curious", "That's fair. What makes you feel that way?"
        ),
        ScriptOption("pushback.their_words", "Reflect their words", "I hear you. What would make this worth a look?"),
    ),
)
DEAD_AIR = CardEvent(
    "dead_air", 30.0, "8 s of silence", (ScriptOption("dead_air.recap", "Recap", "So far we've said…"),)
)


class RecordingFactory:
    """A factory that records each request and builds nothing (fails like a machine without a mic)."""

    def __init__(self, build: Callable[[CallRequest, EventListener], PreparedCall] | None = None) -> None:
        self.requests: list[CallRequest] = []
        self._build = build

    def __call__(self, request: CallRequest, listener: EventListener) -> PreparedCall:
        self.requests.append(request)
        if self._build is None:
            from app.shared.errors import AudioInputError

            raise AudioInputError("No microphone was found; plug one in or choose an input device by name or index.")
        return self._build(request, listener)


@pytest.fixture
def settings(tmp_path: Path) -> OverlaySettings:
    return OverlaySettings(QSettings(str(tmp_path / "overlay.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot: QtBot, settings: OverlaySettings) -> Iterator[Callable[..., OverlayWindow]]:
    """Builds an overlay on a controller for ``factory`` (default: no microphone); cleans both up."""
    controllers: list[CallController] = []

    def make(factory: SessionFactory | None = None, **kwargs: object) -> OverlayWindow:
        controller = CallController(factory or RecordingFactory())
        controllers.append(controller)
        window = OverlayWindow(controller, kwargs.pop("settings", settings), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        return window

    yield make
    for controller in controllers:
        controller.shutdown()
