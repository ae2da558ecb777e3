"""The live level shown next to a device in the settings panel, fed by a probe on a thread of its own.

Opening a device can take a while or fail, and a probe blocks while it listens, so each probe runs on a
daemon thread and hands levels and failures to the GUI thread through queued signals. Every probe has a
generation number: when the selection changes, the old probe is told to stop and anything it still sends
is ignored, so the meter never shows the device that was just deselected.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.session.device_probe import DeviceProbe
from app.shared.audio import Channel
from app.ui.level_meter import LevelMeter
from app.ui.wrapped_label import WrappedLabel

__all__ = ["DeviceLevel"]


class _Relay(QObject):
    """One probe's voice: owned by the probe's thread, so it outlives the panel if the window goes first."""

    level = Signal(int, float)
    ended = Signal(int, str)


class DeviceLevel(QWidget):
    """A device picker's companion: a meter while the device is heard, one sentence when it cannot be."""

    def __init__(self, probe: DeviceProbe, channel: Channel, color: str, track: str) -> None:
        super().__init__()
        self._probe = probe
        self._channel = channel
        self._generation = 0
        self._stop: threading.Event | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        label = QLabel("Level")
        label.setObjectName("note")
        self.meter = LevelMeter(color, track)
        self.meter.setToolTip("What this device hears right now")
        row.addWidget(label)
        row.addWidget(self.meter, 1)
        layout.addLayout(row)
        self.message = WrappedLabel("")
        self.message.setObjectName("note")
        self.message.hide()
        layout.addWidget(self.message)

    @property
    def probing(self) -> bool:
        return self._stop is not None

    def start(self, device: str | None) -> None:
        """Listen to ``device`` (None: the default) in place of whatever was being listened to."""
        self.stop()
        self.show_message("")
        self._generation += 1
        generation = self._generation
        stop = threading.Event()
        self._stop = stop
        relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        relay.level.connect(self._on_level, queued)
        relay.ended.connect(self._on_ended, queued)
        probe, channel = self._probe, self._channel

        def listen() -> None:
            error = probe.run(channel, device, lambda db: relay.level.emit(generation, db), stop)
            relay.ended.emit(generation, error)

        threading.Thread(target=listen, name=f"level-probe-{self._channel}", daemon=True).start()

    def stop(self) -> None:
        """Close the device (the probe's thread finishes on its own within a few tens of milliseconds)."""
        if self._stop is not None:
            self._stop.set()
            self._stop = None
            self._generation += 1
        self.meter.level = 0.0
        self.meter.update()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_colors(self, color: str, track: str) -> None:
        self.meter.set_colors(color, track)

    @Slot(int, float)
    def _on_level(self, generation: int, rms_db: float) -> None:
        if generation == self._generation:
            self.meter.set_db(rms_db)

    @Slot(int, str)
    def _on_ended(self, generation: int, error: str) -> None:
        if generation != self._generation:
            return
        self._stop = None
        self.meter.level = 0.0
        self.meter.update()
        self.show_message(error)
