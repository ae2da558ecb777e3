"""Live capture from an input device (the rep's microphone) through sounddevice/PortAudio.

The PortAudio callback runs on a real-time audio thread: it only hands the copied block to a
:class:`~app.audio.converter.BlockConverter` and returns; the converter's thread resamples and feeds the
pipeline. A device that disappears mid-call ends the source with a fault message; the pipeline then
finalises the transcript so far. The same class captures a virtual loopback input (BlackHole on macOS) as
the far end, with ``channel="prospect"``.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

import numpy as np
import numpy.typing as npt

from app.audio.converter import BlockConverter
from app.audio.queue import BlockQueue
from app.shared.audio import SAMPLE_RATE, Channel
from app.shared.errors import AudioInputError

__all__ = ["MicrophoneSource", "find_input_device", "sounddevice_module"]


def sounddevice_module() -> Any:
    """sounddevice, or one sentence saying how to install the PortAudio library it wraps."""
    try:
        import sounddevice
    except OSError as exc:  # raised when the PortAudio library itself is missing
        raise AudioInputError(
            "The audio library PortAudio is missing; install it (Linux: `sudo apt-get install libportaudio2`) and try again."
        ) from exc
    return sounddevice


def find_input_device(device: str | int | None) -> tuple[int, str, float]:
    """Resolve a device index or (part of a) name to (index, name, default rate); None = system default."""
    sd = sounddevice_module()
    try:
        devices = list(sd.query_devices())
        if device is None:
            index = sd.default.device[0]
            if index is None or index < 0:
                index = next(i for i, d in enumerate(devices) if d["max_input_channels"] > 0)
        elif isinstance(device, int) or str(device).isdigit():
            index = int(device)
        else:
            matches = [
                i
                for i, d in enumerate(devices)
                if d["max_input_channels"] > 0 and str(device).lower() in d["name"].lower()
            ]
            if not matches:
                raise AudioInputError(f"No input device matches {device!r}; `resetbutton devices` lists them.")
            index = matches[0]
        info = devices[index]
    except (StopIteration, IndexError, sd.PortAudioError) as exc:
        raise AudioInputError(
            "No microphone was found; plug one in or choose an input device by name or index."
        ) from exc
    if info["max_input_channels"] < 1:
        raise AudioInputError(f"Device {info['name']!r} has no inputs; choose a microphone.")
    return index, str(info["name"]), float(info["default_samplerate"])


def _open_failure(name: str, exc: Exception) -> AudioInputError:
    """Why a device would not open, in one sentence; macOS refuses a microphone the app may not use."""
    if sys.platform == "darwin":
        return AudioInputError(
            f"The input {name!r} could not be opened ({exc}); allow microphone access for your terminal or "
            "Reset Button in System Settings › Privacy & Security › Microphone, then try again."
        )
    return AudioInputError(
        f"The input {name!r} could not be opened ({exc}); check it is connected, not in use, and that you may record from it."
    )


class MicrophoneSource:
    """One input device as one channel (``rep`` by default)."""

    def __init__(self, device: str | int | None = None, channel: Channel = "rep", block_seconds: float = 0.1) -> None:
        self.index, self.device_name, self.default_rate = find_input_device(device)
        self.channels: tuple[Channel, ...] = (channel,)
        self.name = self.device_name
        self.rate = self._pick_rate()
        self._block_seconds = block_seconds
        self._converter = BlockConverter(channel, f"{channel}-convert")
        self._stopping = threading.Event()
        self._stream: Any = None

    @property
    def overflows(self) -> int:
        return self._converter.overflows

    def _pick_rate(self) -> float:
        """16 kHz if the device takes it (no resampling needed), else its own default rate."""
        sd = sounddevice_module()
        try:
            sd.check_input_settings(device=self.index, channels=1, samplerate=SAMPLE_RATE, dtype="float32")
            return float(SAMPLE_RATE)
        except (sd.PortAudioError, ValueError):
            return self.default_rate

    def on_audio(self, indata: npt.NDArray[np.float32], frames: int, time_info: Any, status: Any) -> None:
        """PortAudio callback: copy and hand over, nothing else."""
        self._converter.put(indata[:, 0].copy(), self.rate)

    def on_finished(self) -> None:
        """PortAudio says the stream ended; unless we asked for it, the device went away."""
        if not self._stopping.is_set():
            self._converter.fail(
                f"The input {self.device_name!r} stopped delivering audio (unplugged?); the transcript so far is kept."
            )

    def _open(self, rate: float) -> Any:
        sd = sounddevice_module()
        stream = sd.InputStream(
            device=self.index,
            channels=1,
            samplerate=rate,
            dtype="float32",
            blocksize=int(rate * self._block_seconds),
            callback=self.on_audio,
            finished_callback=self.on_finished,
        )
        stream.start()
        return stream

    def start(self, queue: BlockQueue) -> None:
        sd = sounddevice_module()
        try:
            try:
                self._stream = self._open(self.rate)
            except (sd.PortAudioError, ValueError):
                if self.rate == self.default_rate:
                    raise
                self.rate = self.default_rate  # accepted 16 kHz in the check, refused it on open: use its own rate
                self._stream = self._open(self.rate)
        except (sd.PortAudioError, ValueError) as exc:
            raise _open_failure(self.device_name, exc) from exc
        self._converter.start(queue)

    def stop(self) -> None:
        self._stopping.set()
        if self._stream is not None:
            try:
                self._stream.stop()
                self._stream.close()
            except Exception:  # the device may already be gone; stopping must not fail
                pass
        self._converter.finish()
        self._converter.join()
