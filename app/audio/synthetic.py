"""A capture source that plays in-memory audio: the backend for runs without a sound card.

It behaves like live capture (own thread, non-blocking hand-off, optional wall-clock pacing) and can be
told to fail part-way, like a headset unplugged mid-call, so the whole fault path runs without hardware.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np
import numpy.typing as npt

from app.audio.playback import BlockPlayback
from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel

__all__ = ["ArraySource"]


class ArraySource(BlockPlayback):
    """Plays ``audio[channel]`` arrays (16 kHz mono float32) as blocks of ``block_seconds``."""

    def __init__(
        self,
        audio: Mapping[Channel, npt.NDArray[np.float32]],
        *,
        block_seconds: float = 0.1,
        realtime: bool = False,
        speed: float = 1.0,
        fail_after: float | None = None,
        name: str = "in-memory audio",
    ) -> None:
        self._arrays = dict(audio)
        self._size = int(block_seconds * SAMPLE_RATE)
        super().__init__(
            self._array_blocks, tuple(self._arrays), name, realtime=realtime, speed=speed, fail_after=fail_after
        )

    def _array_blocks(self) -> Iterator[AudioBlock]:
        length = max(len(x) for x in self._arrays.values())
        for position in range(0, length, self._size):
            for channel, x in self._arrays.items():
                if position < len(x):
                    yield AudioBlock(channel, position, x[position : position + self._size])
