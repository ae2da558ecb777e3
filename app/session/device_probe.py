"""Listening to one device for a moment, so the rep can see it hears them before a call starts.

The settings panel shows a live level next to the chosen microphone and far end. The probe opens the
device through the same capture classes a call uses (so "it moves here" means "the call will hear it"),
measures it with the session's own :class:`~app.session.levels.LevelMeter`, and closes it when told to.
It is Qt-free and blocking: the UI runs it on a thread of its own and passes each level on as a signal.
:class:`InMemoryDevices` is the backend without a sound card: devices made of in-memory audio, played in
real time, which also say which of them are being listened to (so a test can see a probe let go).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Mapping

import numpy as np
import numpy.typing as npt

from app.audio.queue import BlockQueue, SourceEnded, SourceFault
from app.audio.source import CaptureSource
from app.audio.synthetic import ArraySource
from app.session.levels import LevelMeter
from app.shared.audio import Channel
from app.shared.errors import AudioInputError, UserFacingError

__all__ = ["DeviceProbe", "InMemoryDevices", "LevelListener", "SourceOpener"]

SourceOpener = Callable[[Channel, str | None], CaptureSource]
"""Opens the source for one side of the call on the device with that id (None: the default)."""
LevelListener = Callable[[float], None]
"""Called with each RMS level in dBFS, on the probe's thread."""

_POLL_SECONDS = 0.05
"""How long a probe waits for audio before checking whether it was told to stop."""


class DeviceProbe:
    """Measures one device's input level until stopped; built by the CLI layer, which owns the audio."""

    def __init__(self, open_source: SourceOpener) -> None:
        self._open = open_source

    def run(self, channel: Channel, device: str | None, on_level: LevelListener, stop: threading.Event) -> str:
        """Report ``device``'s level about ten times a second until ``stop`` is set or the device ends.

        Returns "" when it simply stopped, else one sentence for the rep saying why the device cannot be
        heard; it never raises, since a wrong choice in a picker is an everyday event, not a crash.
        """
        try:
            source = self._open(channel, device)
            queue = BlockQueue(capacity_seconds=2.0)
            source.start(queue)
        except UserFacingError as exc:
            return str(exc)
        except Exception as exc:  # a device the audio library refuses is still just "cannot open it"
            return f"This device cannot be opened ({type(exc).__name__})."
        meter = LevelMeter()
        try:
            while not stop.is_set():
                for item in queue.take(_POLL_SECONDS):
                    if isinstance(item, SourceFault):
                        return item.message
                    if isinstance(item, SourceEnded):
                        return ""
                    for level in meter.feed(item):
                        on_level(level.rms_db)
            return ""
        finally:
            source.stop()


class _HeldSource(ArraySource):
    """In-memory audio that counts its device as listened to from start to stop."""

    def __init__(
        self, audio: npt.NDArray[np.float32], channel: Channel, device: str | None, devices: InMemoryDevices
    ) -> None:
        super().__init__({channel: audio}, realtime=True, name=device or "default")
        self._device = device
        self._devices = devices

    def start(self, queue: BlockQueue) -> None:
        self._devices._hold(self._device, 1)
        super().start(queue)

    def stop(self) -> None:
        super().stop()
        self._devices._hold(self._device, -1)


class InMemoryDevices:
    """A :data:`SourceOpener` over in-memory audio per device id (None: the default device)."""

    def __init__(self, audio: Mapping[str | None, npt.NDArray[np.float32]]) -> None:
        self._audio = dict(audio)
        self._open: Counter[str | None] = Counter()
        self._lock = threading.Lock()

    @property
    def listening(self) -> set[str | None]:
        """The devices at least one source is open on right now."""
        with self._lock:
            return {device for device, count in self._open.items() if count > 0}

    def _hold(self, device: str | None, change: int) -> None:
        with self._lock:
            self._open[device] += change

    def __call__(self, channel: Channel, device: str | None) -> CaptureSource:
        if device not in self._audio:
            raise AudioInputError(f"No input device matches {device!r}.")
        return _HeldSource(self._audio[device], channel, device, self)
