"""The half of live capture that runs on our own thread: raw device frames in, 16 kHz AudioBlocks out.

Every device backend (PortAudio's callback for microphones, SoundCard's recording loop for the far end)
has a thread that must never wait on us, or audio glitches and drops. Such a thread only calls
:meth:`BlockConverter.put`, which copies a reference into a bounded deque and returns. The converter
thread downmixes, resamples to 16 kHz (keeping filter state across blocks), stamps each block with its
position on the channel's call timeline and offers it to the pipeline's queue. Ending is said once, after
everything put before it has been delivered: :meth:`~BlockConverter.finish` (we stopped) ends with
:class:`SourceEnded`, :meth:`~BlockConverter.fail` (the device went away) with :class:`SourceFault`.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any

import numpy as np
import numpy.typing as npt

from app.audio.queue import BlockQueue, SourceEnded, SourceFault
from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel

__all__ = ["BlockConverter", "StreamResampler"]

RAW_CAPACITY_BLOCKS = 400
"""About 20 s of 50 ms device blocks: far more than a stalled converter should ever need to catch up."""


class StreamResampler:
    """Converts a continuous mono stream at ``rate`` to 16 kHz, block by block, keeping filter state (libsoxr)."""

    def __init__(self, rate: float) -> None:
        self.rate = int(rate)
        self._resampler: Any = None
        if self.rate != SAMPLE_RATE:
            import soxr

            self._resampler = soxr.ResampleStream(self.rate, SAMPLE_RATE, 1, dtype="float32", quality="HQ")

    def __call__(self, samples: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        if self._resampler is None:
            return samples
        out: npt.NDArray[np.float32] = self._resampler.resample_chunk(np.ascontiguousarray(samples, np.float32))
        return out


class BlockConverter:
    """One channel's converter: a bounded hand-off from the device thread and the thread that drains it.

    Frames are put with the rate they were captured at, so a device reopened at another rate (the new
    default after an unplug) continues the same channel timeline without a restart.
    """

    def __init__(self, channel: Channel, thread_name: str) -> None:
        self.channel = channel
        self.overflows = 0
        self._thread_name = thread_name
        self._raw: deque[tuple[float, npt.NDArray[np.float32]]] = deque()
        self._ready = threading.Condition()
        self._ending: SourceEnded | SourceFault | None = None
        self._thread: threading.Thread | None = None

    def put(self, frames: npt.NDArray[np.float32], rate: float) -> None:
        """Called on the device thread with frames it owns (mono, or frames × channels): never waits."""
        with self._ready:
            if len(self._raw) >= RAW_CAPACITY_BLOCKS:
                self.overflows += 1
                return
            self._raw.append((rate, frames))
            self._ready.notify()

    def finish(self) -> None:
        """Capture was stopped on purpose: deliver what is left, then :class:`SourceEnded`."""
        self._end(SourceEnded())

    def fail(self, message: str) -> None:
        """The device failed: deliver what is left, then :class:`SourceFault` with ``message``."""
        self._end(SourceFault(message))

    def _end(self, ending: SourceEnded | SourceFault) -> None:
        with self._ready:
            if self._ending is None:
                self._ending = ending
            self._ready.notify()

    def start(self, queue: BlockQueue) -> None:
        self._thread = threading.Thread(target=self.run, args=(queue,), name=self._thread_name, daemon=True)
        self._thread.start()

    def join(self, timeout: float = 2.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self, queue: BlockQueue) -> None:
        """The converter loop, until the ending has been delivered after the last frames."""
        resample: StreamResampler | None = None
        position = 0
        while True:
            with self._ready:
                if not self._raw and self._ending is None:
                    self._ready.wait(0.5)
                chunks = list(self._raw)
                self._raw.clear()
                ending = self._ending
            for rate, frames in chunks:
                if resample is None or resample.rate != int(rate):
                    resample = StreamResampler(rate)
                mono = frames if frames.ndim == 1 else frames.mean(axis=1, dtype=np.float32)
                samples = resample(mono)
                if len(samples):
                    queue.offer(AudioBlock(self.channel, position, samples))
                    position += len(samples)
            if ending is not None and not chunks:
                queue.offer(ending)
                return
