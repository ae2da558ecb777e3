"""The far end on Linux and Windows: what the call app plays, recorded from the output device's loopback.

sounddevice (PortAudio) cannot do this: it has no WASAPI-loopback API and, as shipped on Linux, no
PulseAudio host API, so it only sees ALSA's ``pulse``/``default`` devices and cannot open two different
monitors at once. The SoundCard library talks to PulseAudio/PipeWire (monitor sources) and WASAPI
(loopback of any speaker) directly through cffi, with no compiled extension, and records several sources in
one process; the server converts to 16 kHz for us.

Our recording thread does nothing but ``record`` a block and hand it to the converter. A watcher thread
checks once a second that the device is still the right one, because PulseAudio never fails a stream whose
source disappears: it silently moves it to the default source, which may be the rep's own microphone.
Following the default output, a switch (headset plugged in or out) reopens on the new default's loopback,
with the gap filled by silence so both channels keep one timeline; a chosen source that disappears ends
the source with a fault, the transcript so far kept.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from app.audio.converter import BlockConverter
from app.audio.queue import BlockQueue
from app.shared.audio import SAMPLE_RATE, Channel
from app.shared.errors import AudioInputError

__all__ = ["LoopbackSource", "default_loopback_id", "loopback_devices", "soundcard_module"]

BLOCK_FRAMES = SAMPLE_RATE // 10
"""100 ms per ``record`` call: half the wake-ups of 50 ms blocks, and still well under the VAD's 0.55 s hangover."""

WATCH_SECONDS = 1.0
"""How often the device is checked: a second of the wrong audio at most, a negligible cost."""

Notice = Callable[[str], None]


def soundcard_module() -> Any:
    """The SoundCard library, connected to the sound server, or one sentence saying why it cannot be."""
    try:
        import soundcard
    except Exception as exc:  # on Linux the import itself connects to PulseAudio and fails without one
        where = (
            "no PulseAudio or PipeWire sound server answered"
            if sys.platform.startswith("linux")
            else f"the system audio API is unavailable ({type(exc).__name__})"
        )
        raise AudioInputError(f"The far end cannot be captured: {where}.") from exc
    return soundcard


def loopback_devices() -> list[tuple[str, str]]:
    """(id, name) of every output loopback (Linux: monitor sources; Windows: loopback of each speaker)."""
    sc = soundcard_module()
    return [(str(m.id), str(m.name)) for m in sc.all_microphones(include_loopback=True) if m.isloopback]


def default_loopback_id() -> str | None:
    """The loopback of the default output device, if it has one."""
    sc = soundcard_module()
    try:
        speaker = sc.default_speaker()
    except Exception:  # no output device at all
        return None
    loopbacks = loopback_devices()
    for wanted in (str(speaker.id), f"{speaker.id}.monitor"):
        if any(device_id == wanted for device_id, _ in loopbacks):
            return wanted
    return next((device_id for device_id, name in loopbacks if name == speaker.name), None)


def _resolve(device: str) -> tuple[str, str]:
    """A chosen source by id, by its sink's id (``NAME`` for ``NAME.monitor``) or by part of its name."""
    sc = soundcard_module()
    for candidate in (device, f"{device}.monitor"):
        try:
            found = sc.get_microphone(id=candidate, include_loopback=True)
        except (IndexError, RuntimeError):
            continue
        return str(found.id), str(found.name)
    raise AudioInputError(f"No far-end source matches {device!r}; `resetbutton devices` lists them.")


class LoopbackSource:
    """An output loopback (or any named source) as one channel, ``prospect`` by default.

    ``device=None`` follows the default output device for the whole call. ``on_notice`` hears one sentence
    when the source recovers by itself (so the CLI or overlay can say so).
    """

    def __init__(
        self, device: str | None = None, channel: Channel = "prospect", on_notice: Notice | None = None
    ) -> None:
        self.follows_default = device is None
        if device is None:
            default = default_loopback_id()
            if default is None:
                raise AudioInputError(
                    "The default output device has no loopback to record the far end from; choose one with --far (`resetbutton devices` lists them)."
                )
            device = default
        self.device_id, self.device_name = _resolve(device)
        self.channels: tuple[Channel, ...] = (channel,)
        self.name = f"{self.device_name} ({self.device_id})"
        self._notice = on_notice or (lambda message: None)
        self._converter = BlockConverter(channel, f"{channel}-convert")
        self._stop = threading.Event()
        self._reopen = threading.Event()
        self._recorder: Any = None
        self._threads: list[threading.Thread] = []

    @property
    def overflows(self) -> int:
        return self._converter.overflows

    def _open(self, device_id: str) -> Any:
        sc = soundcard_module()
        recorder = sc.get_microphone(id=device_id, include_loopback=True).recorder(
            samplerate=SAMPLE_RATE, blocksize=BLOCK_FRAMES
        )
        recorder.__enter__()
        return recorder

    def start(self, queue: BlockQueue) -> None:
        try:
            self._recorder = self._open(self.device_id)
        except Exception as exc:  # SoundCard raises RuntimeError/IndexError/OSError from the native layer
            raise AudioInputError(
                f"The far-end source {self.device_name!r} could not be opened ({exc}); check that you may record it and that it still exists."
            ) from exc
        self._converter.start(queue)
        for target, name in ((self._record, "far-record"), (self._watch, "far-watch")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def _record(self) -> None:
        """The recording loop: record a block, hand it over; reopen when the watcher asks."""
        recorder = self._recorder
        while not self._stop.is_set():
            try:
                while not (self._stop.is_set() or self._reopen.is_set()):
                    self._converter.put(recorder.record(numframes=BLOCK_FRAMES), SAMPLE_RATE)
            except Exception:  # the stream failed (device gone, server restarted)
                if not self.follows_default:
                    self._lost()
                    return
            _close(recorder)
            if self._stop.is_set():
                return
            recorder = self._reopen_default()
            if recorder is None:
                return

    def _reopen_default(self) -> Any:
        """Reopen on the current default output's loopback, filling the gap with silence; None if stopped."""
        lost_at = time.monotonic()
        while not self._stop.wait(0 if self._reopen.is_set() else WATCH_SECONDS):
            self._reopen.clear()
            device_id = default_loopback_id()
            if device_id is None:
                continue
            try:
                recorder = self._open(device_id)
            except Exception:  # the new default is not ready yet: try again on the next round
                continue
            gap = int((time.monotonic() - lost_at) * SAMPLE_RATE)
            self._converter.put(np.zeros(gap, dtype=np.float32), SAMPLE_RATE)
            if device_id != self.device_id:
                self.device_id, self.device_name = _resolve(device_id)
                self._notice(f"The default output changed; now hearing the far end from {self.device_name!r}.")
            return recorder
        return None

    def _watch(self) -> None:
        """Once a second: is the source still there, and (following the default) still the default?"""
        while not self._stop.wait(WATCH_SECONDS):
            try:
                moved = default_loopback_id() != self.device_id if self.follows_default else not _exists(self.device_id)
            except Exception:  # the sound server went away: the device is as good as gone
                moved = True
            if moved and self.follows_default:
                self._reopen.set()
            elif moved:
                self._lost()
                return

    def _lost(self) -> None:
        self._stop.set()
        self._converter.fail(
            f"The far-end source {self.device_name!r} disappeared (unplugged or the call app closed it); the transcript so far is kept."
        )

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2.0)
        self._converter.finish()
        self._converter.join()


def _exists(device_id: str) -> bool:
    """Whether any source (loopback or not: a chosen source may be a second input) still has this id."""
    return any(str(m.id) == device_id for m in soundcard_module().all_microphones(include_loopback=True))


def _close(recorder: Any) -> None:
    """Closing a stream whose device is gone may fail; there is nothing left to release then."""
    with contextlib.suppress(Exception):
        recorder.__exit__(None, None, None)
