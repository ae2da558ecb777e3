"""Assembling and running the overlay application: Qt app, call worker, window, tray, screenshots.

The CLI layer decides what a call is made of (the factory, the device and model lists) and hands it in;
everything here is Qt. There is no global main window: each object gets what it needs passed in.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.session.device_probe import DeviceProbe
from app.session.history import HistoryService
from app.shared.events import CallEvent
from app.ui.overlay import OverlayWindow
from app.ui.post_call import PostCallWindows
from app.ui.screenshots import ScreenshotRecorder, screenshot_dir
from app.ui.settings import OverlaySettings, user_settings
from app.ui.settings_panel import DeviceList
from app.ui.tray import OverlayTray, app_icon
from app.ui.worker import CallController, SessionFactory

__all__ = ["OverlayOptions", "run_overlay"]


def _nothing() -> tuple[tuple[str, str], ...]:
    return ()


@dataclass(frozen=True)
class OverlayOptions:
    """What the command line asked for."""

    recording: Path | None = None
    """Play this call at real-time speed instead of listening (``--replay``, ``--demo``)."""
    demo_call: Path | None = None
    """Offered when there is no microphone."""
    microphone: str | None = None
    """``--mic``: overrides the saved microphone for this run."""
    quit_after_replay: bool = False
    on_shown: Callable[[CallEvent], None] | None = None
    """Called with every transcript and card event the window showed (``--events-log``)."""
    microphones: DeviceList = _nothing
    far_ends: DeviceList = _nothing
    models: DeviceList = _nothing
    settings: QSettings | None = None
    """Defaults to the per-user settings file."""
    history: HistoryService | None = None
    """The kept calls (None when the history cannot be opened): summaries after each call, the history window."""
    history_default: Path | None = None
    """Where calls are kept when the rep has not chosen a history file (shown in the settings panel)."""
    probe: DeviceProbe | None = None
    """Listens to the devices chosen in the settings panel to show their levels (None: no levels)."""


def run_overlay(factory: SessionFactory, options: OverlayOptions) -> int:
    """Show the overlay, start the call, and run until quit; exit code 1 if a replay to quit after failed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0]])
    app.setApplicationName("Reset Button")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the window is a tool window; quitting is explicit

    controller = CallController(factory)
    settings = OverlaySettings(options.settings if options.settings is not None else user_settings())
    window = OverlayWindow(
        controller,
        settings,
        microphones=options.microphones,
        far_ends=options.far_ends,
        models=options.models,
        recording=options.recording,
        demo_call=options.demo_call,
        microphone=options.microphone,
        history=options.history is not None,
        probe=options.probe,
        history_default=options.history_default,
    )
    post = PostCallWindows(options.history, controller, settings) if options.history is not None else None
    if post is not None:
        window.call_ended.connect(post.call_ended)  # before quitting after a replay: the summary is shown
        window.history_requested.connect(post.show_history)
        window.panel.theme_changed.connect(post.apply_theme)
    if options.on_shown is not None:
        window.event_shown.connect(options.on_shown)
    shots = screenshot_dir()
    if shots is not None:
        ScreenshotRecorder(window, shots, post)
    errors: list[str] = []

    def call_ended(error: str) -> None:
        errors.append(error)
        if options.quit_after_replay:
            app.quit()

    window.call_ended.connect(call_ended)
    window.quit_requested.connect(app.quit)
    tray = OverlayTray(window, history=post is not None) if QSystemTrayIcon.isSystemTrayAvailable() else None

    # Ctrl-C in the terminal quits cleanly: Python only sees signals when the interpreter runs, so wake it.
    signal.signal(signal.SIGINT, lambda signum, frame: app.quit())
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)

    window.show()
    QTimer.singleShot(0, window.start_call)
    app.exec()

    wake.stop()
    if post is not None:
        post.close_all()
    window.close()
    controller.shutdown()
    if tray is not None:
        tray.icon.hide()
    return 1 if options.quit_after_replay and errors and errors[-1] else 0
