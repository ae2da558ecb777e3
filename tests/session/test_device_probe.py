"""The settings panel's level probe: levels from the chosen device, a clean stop, a sentence on failure."""

from __future__ import annotations

import threading

import numpy as np
import numpy.typing as npt

from app.audio.source import CaptureSource
from app.audio.synthetic import ArraySource
from app.session.device_probe import DeviceProbe, InMemoryDevices
from app.shared.audio import SAMPLE_RATE, Channel


def _tone(amplitude: float, seconds: float = 10.0) -> npt.NDArray[np.float32]:
    t = np.arange(int(seconds * SAMPLE_RATE), dtype=np.float32) / SAMPLE_RATE
    return (amplitude * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def test_the_probe_reports_the_level_ten_times_a_second_and_lets_go_when_stopped() -> None:
    devices = InMemoryDevices({"usb": _tone(0.1)})
    stop = threading.Event()
    levels: list[float] = []

    def on_level(db: float) -> None:
        levels.append(db)
        if len(levels) == 3:
            stop.set()

    assert DeviceProbe(devices).run("rep", "usb", on_level, stop) == ""
    assert len(levels) == 3
    assert all(abs(db - 20 * np.log10(0.1 / np.sqrt(2))) < 0.5 for db in levels)  # a sine's RMS is peak/√2
    assert devices.listening == set()


def test_a_device_that_cannot_be_opened_is_one_sentence_not_an_exception() -> None:
    devices = InMemoryDevices({None: _tone(0.1)})
    error = DeviceProbe(devices).run("prospect", "gone", lambda db: None, threading.Event())
    assert error == "No input device matches 'gone'."


def test_a_device_lost_while_probing_says_so() -> None:
    def lost(channel: Channel, device: str | None) -> CaptureSource:
        return ArraySource({channel: _tone(0.1, 1.0)}, fail_after=0.3)

    error = DeviceProbe(lost).run("rep", None, lambda db: None, threading.Event())
    assert "stopped delivering audio" in error
