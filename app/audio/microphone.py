"""Live capture from an input device (the rep's microphone) through sounddevice/PortAudio.

The PortAudio callback runs on a real-time audio thread: it only copies the block into a bounded deque
and returns (a full deque counts an overflow, it never waits). A converter thread of ours downmixes,
resamples to 16 kHz when the device cannot deliver it natively, stamps the block with its position and
hands it to the pipeline's queue. A device that disappears mid-call ends the source with a fault message;
the pipeline then finalises the transcript so far.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any

import numpy as np
import numpy.typing as npt

from app.audio.queue import BlockQueue, SourceEnded, SourceFault
from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel
from app.shared.errors import AudioInputError

__all__ = ["MicrophoneSource", "StreamResampler", "find_input_device"]

_RAW_CAPACITY_BLOCKS = 400  # about 20 s of 50 ms blocks


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # raised when the PortAudio library itself is missing
        raise AudioInputError(
            "The audio library PortAudio is missing; install it (Linux: `sudo apt-get install libportaudio2`) and try again."
        ) from exc
    return sounddevice


def find_input_device(device: str | int | None) -> tuple[int, str, float]:
    """Resolve a device index or (part of a) name to (index, name, default rate); None = system default."""
    sd = _sounddevice()
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


class StreamResampler:
    """Converts a continuous mono stream at ``rate`` to 16 kHz, block by block, keeping filter state."""

    def __init__(self, rate: float) -> None:
        self.rate = int(rate)
        self._resampler: Any = None
        if self.rate != SAMPLE_RATE:
            import av

            self._resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)

    def __call__(self, samples: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        if self._resampler is None:
            return samples
        import av

        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples[np.newaxis, :]), format="flt", layout="mono")
        frame.sample_rate = self.rate
        out = [f.to_ndarray()[0] for f in self._resampler.resample(frame)]
        return np.concatenate(out).astype(np.float32, copy=False) if out else np.zeros(0, dtype=np.float32)


class MicrophoneSource:
    """One input device as one channel (``rep`` by default)."""

    def __init__(self, device: str | int | None = None, channel: Channel = "rep", block_seconds: float = 0.05) -> None:
        self.index, self.device_name, default_rate = find_input_device(device)
        self.channels: tuple[Channel, ...] = (channel,)
        self.name = self.device_name
        self._channel = channel
        self.rate = self._pick_rate(default_rate)
        self._block_frames = int(self.rate * block_seconds)
        self._raw: deque[npt.NDArray[np.float32]] = deque()
        self._raw_ready = threading.Condition()
        self._stopping = threading.Event()
        self._lost = threading.Event()
        self._stream: Any = None
        self._thread: threading.Thread | None = None
        self.overflows = 0

    def _pick_rate(self, default_rate: float) -> float:
        """16 kHz if the device takes it (no resampling needed), else its own default rate."""
        sd = _sounddevice()
        try:
            sd.check_input_settings(device=self.index, channels=1, samplerate=SAMPLE_RATE, dtype="float32")
            return float(SAMPLE_RATE)
        except (sd.PortAudioError, ValueError):
            return default_rate

    def on_audio(self, indata: npt.NDArray[np.float32], frames: int, time_info: Any, status: Any) -> None:
        """PortAudio callback: copy and enqueue, nothing else."""
        with self._raw_ready:
            if len(self._raw) >= _RAW_CAPACITY_BLOCKS:
                self.overflows += 1
                return
            self._raw.append(indata[:, 0].copy())
            self._raw_ready.notify()

    def on_finished(self) -> None:
        """PortAudio says the stream ended; unless we asked for it, the device went away."""
        if not self._stopping.is_set():
            self._lost.set()
        with self._raw_ready:
            self._raw_ready.notify()

    def start(self, queue: BlockQueue) -> None:
        sd = _sounddevice()
        try:
            self._stream = sd.InputStream(
                device=self.index,
                channels=1,
                samplerate=self.rate,
                dtype="float32",
                blocksize=self._block_frames,
                callback=self.on_audio,
                finished_callback=self.on_finished,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            raise AudioInputError(
                f"The microphone {self.device_name!r} could not be opened ({exc}); check it is connected and not in use."
            ) from exc
        self._thread = threading.Thread(target=self.convert, args=(queue,), name="mic-convert", daemon=True)
        self._thread.start()

    def convert(self, queue: BlockQueue) -> None:
        """Converter loop: raw device blocks to 16 kHz AudioBlocks, until stopped or the device is lost."""
        resample = StreamResampler(self.rate)
        position = 0
        while True:
            with self._raw_ready:
                if not self._raw and not (self._stopping.is_set() or self._lost.is_set()):
                    self._raw_ready.wait(0.5)
                chunks = list(self._raw)
                self._raw.clear()
            for chunk in chunks:
                samples = resample(chunk)
                if len(samples):
                    queue.offer(AudioBlock(self._channel, position, samples))
                    position += len(samples)
            if self._lost.is_set() and not chunks:
                queue.offer(
                    SourceFault(
                        f"The microphone {self.device_name!r} stopped delivering audio (unplugged?); the transcript so far is kept."
                    )
                )
                return
            if self._stopping.is_set() and not chunks:
                queue.offer(SourceEnded())
                return

    def stop(self) -> None:
        self._stopping.set()
        if self._stream is not None:
            try:
                self._stream.stop()
                self._stream.close()
            except Exception:  # the device may already be gone; stopping must not fail
                pass
        with self._raw_ready:
            self._raw_ready.notify()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
