"""A capture source that plays in-memory audio: the backend for runs without a sound card.

It behaves like live capture (own thread, non-blocking hand-off, optional wall-clock pacing) and can be
told to fail part-way, like a headset unplugged mid-call, so the whole fault path runs without hardware.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from app.audio.queue import BlockQueue, SourceEnded, SourceFault
from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel

__all__ = ["ArraySource"]


class ArraySource:
    """Plays ``audio[channel]`` arrays (16 kHz mono float32) as blocks of ``block_seconds``."""

    def __init__(
        self,
        audio: Mapping[Channel, npt.NDArray[np.float32]],
        *,
        block_seconds: float = 0.1,
        realtime: bool = False,
        fail_after: float | None = None,
        name: str = "in-memory audio",
    ) -> None:
        self.channels: tuple[Channel, ...] = tuple(audio)
        self.name = name
        self._audio = dict(audio)
        self._block = int(block_seconds * SAMPLE_RATE)
        self._realtime = realtime
        self._fail_after = fail_after
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, queue: BlockQueue) -> None:
        self._thread = threading.Thread(target=self._run, args=(queue,), name="array-source", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)

    def _run(self, queue: BlockQueue) -> None:
        started = time.monotonic()
        length = max(len(x) for x in self._audio.values())
        for position in range(0, length, self._block):
            if self._stop.is_set():
                break
            if self._fail_after is not None and position / SAMPLE_RATE >= self._fail_after:
                queue.offer(
                    SourceFault(
                        "The audio device stopped delivering audio (unplugged?); the transcript so far is kept."
                    )
                )
                return
            if self._realtime:
                delay = started + (position + self._block) / SAMPLE_RATE - time.monotonic()
                if delay > 0:
                    self._stop.wait(delay)
            for channel, x in self._audio.items():
                if position < len(x):
                    queue.offer(AudioBlock(channel, position, x[position : position + self._block]))
        queue.offer(SourceEnded())
