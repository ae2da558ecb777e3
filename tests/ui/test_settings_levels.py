"""The settings panel's live device levels, the model-loading bar and the history file setting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot

from app.cli.overlay import open_history
from app.session.call import EventListener
from app.session.device_probe import DeviceProbe, InMemoryDevices
from app.shared.audio import SAMPLE_RATE
from app.shared.events import LevelEvent
from app.ui.overlay import OverlayWindow
from app.ui.settings import OverlaySettings
from app.ui.settings_panel import NOT_IN_CALL
from app.ui.worker import CallRequest, PreparedCall
from tests.ui.conftest import RecordingFactory

Make = Callable[..., OverlayWindow]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "settings"
"""Offscreen shots of the panel with levels and of the window loading, for a person to look at."""


def _tone(amplitude: float, seconds: float = 30.0) -> npt.NDArray[np.float32]:
    t = np.arange(int(seconds * SAMPLE_RATE), dtype=np.float32) / SAMPLE_RATE
    return (amplitude * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def _devices() -> InMemoryDevices:
    return InMemoryDevices({None: _tone(0.2), "usb": _tone(0.02), "out": _tone(0.2)})


def _open_panel(make_window: Make, settings: OverlaySettings, devices: InMemoryDevices) -> OverlayWindow:
    """The window with its settings panel open, the far end set to the speakers' loopback."""
    settings.far_end = "out"
    window = make_window(
        probe=DeviceProbe(devices),
        microphones=lambda: [("usb", "USB headset"), ("broken", "Broken mic")],
        far_ends=lambda: [("out", "Speakers (call audio)")],
    )
    window.show()
    window.toggle_settings()
    return window


def test_the_panel_shows_the_chosen_devices_levels_and_lets_go_when_closed(
    qtbot: QtBot, make_window: Make, settings: OverlaySettings
) -> None:
    devices = _devices()
    window = _open_panel(make_window, settings, devices)
    mic, far = window.panel.levels["rep"], window.panel.levels["prospect"]
    qtbot.waitUntil(lambda: mic.meter.level > 0.5 and far.meter.level > 0.5, timeout=30_000)
    assert devices.listening == {None, "out"}

    panel = window.panel
    panel.microphone.setCurrentIndex(panel.microphone.findData("usb"))
    panel.microphone.activated.emit(panel.microphone.currentIndex())
    qtbot.waitUntil(lambda: devices.listening == {"usb", "out"}, timeout=30_000)
    qtbot.waitUntil(lambda: 0.0 < mic.meter.level < 0.5, timeout=30_000)  # the quieter headset, not the old one
    assert settings.microphone == "usb"

    if ARTIFACTS.parent.is_dir():
        ARTIFACTS.mkdir(exist_ok=True)
        window.grab().save(str(ARTIFACTS / "settings_levels.png"))
    for combo in (panel.microphone, panel.far_end, panel.model, panel.theme):
        assert combo.height() >= combo.sizeHint().height(), f"{combo.currentText()!r} is clipped"

    window.toggle_settings()
    qtbot.waitUntil(lambda: devices.listening == set(), timeout=30_000)
    assert not mic.probing and not far.probing


def test_a_device_that_cannot_be_opened_shows_a_sentence_in_the_panel(
    qtbot: QtBot, make_window: Make, settings: OverlaySettings
) -> None:
    window = _open_panel(make_window, settings, _devices())
    panel = window.panel
    panel.microphone.setCurrentIndex(panel.microphone.findData("broken"))
    panel.microphone.activated.emit(panel.microphone.currentIndex())
    mic = panel.levels["rep"]
    qtbot.waitUntil(lambda: mic.message.isVisible(), timeout=30_000)
    assert mic.message.text() == "No input device matches 'broken'."
    assert mic.meter.level == 0.0


def test_during_a_call_the_panel_mirrors_the_calls_levels_instead_of_opening_the_devices(
    qtbot: QtBot, make_window: Make, settings: OverlaySettings
) -> None:
    devices = _devices()
    window = _open_panel(make_window, settings, devices)
    window.panel.set_call(CallRequest(microphone=None, far_end="elsewhere"))
    qtbot.waitUntil(lambda: devices.listening == set(), timeout=30_000)
    window.handle_event(LevelEvent("level", "rep", 1.0, -20.0))
    assert window.panel.levels["rep"].meter.level > 0.5
    assert window.panel.levels["prospect"].message.text() == NOT_IN_CALL
    window.panel.set_call(None)
    qtbot.waitUntil(lambda: devices.listening == {None, "out"}, timeout=30_000)


def test_a_busy_bar_shows_while_the_model_loads_and_the_window_keeps_working(qtbot: QtBot, make_window: Make) -> None:
    loaded = threading.Event()

    def slow_model(request: CallRequest, listener: EventListener) -> PreparedCall:
        loaded.wait(10)
        raise RuntimeError("test over")

    window = make_window(RecordingFactory(slow_model))
    window.show()
    assert not window.busy.isVisible()
    window.start_call()
    qtbot.waitUntil(lambda: window.busy.isVisible(), timeout=30_000)
    assert (window.busy.minimum(), window.busy.maximum()) == (0, 0)  # indeterminate
    if ARTIFACTS.parent.is_dir():
        ARTIFACTS.mkdir(exist_ok=True)
        window.grab().save(str(ARTIFACTS / "loading.png"))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)  # the GUI thread is free while the model loads
    timer.stop()
    assert window.busy.isVisible()
    with qtbot.waitSignal(window.call_ended, timeout=30_000):
        loaded.set()
    assert not window.busy.isVisible()


def test_a_chosen_history_file_is_kept_and_used_for_the_next_calls(
    qtbot: QtBot, make_window: Make, settings: OverlaySettings, tmp_path: Path
) -> None:
    window = make_window(history_default=tmp_path / "data" / "history.db")
    window.show()
    window.toggle_settings()
    panel = window.panel
    assert panel.history_file.text() == f"{tmp_path / 'data' / 'history.db'} (default)"
    chosen = tmp_path / "notes" / "calls.db"
    asked: list[Path] = []
    panel.choose_history_file = lambda parent, current: asked.append(current) or chosen
    panel.history_choose.click()
    assert asked == [tmp_path / "data" / "history.db"]  # the dialog starts at the file in use
    assert panel.history_file.text() == str(chosen)
    again = OverlaySettings(QSettings(str(tmp_path / "overlay.ini"), QSettings.Format.IniFormat))
    assert again.history_file == str(chosen)
    store = open_history(again)
    assert store is not None
    store.close()
    assert chosen.is_file()
    panel.history_reset.click()
    assert settings.history_file is None
