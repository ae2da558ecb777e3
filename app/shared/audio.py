"""The unit of audio every layer passes around: a mono 16 kHz float32 block of one channel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

__all__ = ["CHANNELS", "SAMPLE_RATE", "AudioBlock", "Channel"]

SAMPLE_RATE = 16_000
"""Whisper's input rate; every source converts to it before a block leaves the audio layer."""

Channel = Literal["rep", "prospect"]
CHANNELS: tuple[Channel, ...] = ("rep", "prospect")


@dataclass(frozen=True)
class AudioBlock:
    """``samples`` of one channel, starting ``start_sample`` samples after that channel's call start."""

    channel: Channel
    start_sample: int
    samples: npt.NDArray[np.float32]

    @property
    def start(self) -> float:
        return self.start_sample / SAMPLE_RATE

    @property
    def end(self) -> float:
        return (self.start_sample + len(self.samples)) / SAMPLE_RATE
