"""Input level per channel, measured on the blocks the session is already handling.

The overlay's meters need a steady, cheap "is this side being heard?" signal. One RMS figure per channel
every ``window_seconds`` of audio (10 a second by default) is enough for a meter and costs one sum of
squares per block; it is measured on the session's own thread, so no extra thread touches the audio.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel
from app.shared.events import LevelEvent

__all__ = ["LevelMeter"]

_SILENCE_DB = -100.0


@dataclass
class _Window:
    squares: float = 0.0
    samples: int = 0


class LevelMeter:
    """Turns a stream of audio blocks into :class:`LevelEvent` values, one per channel per window."""

    def __init__(self, window_seconds: float = 0.1) -> None:
        self._window_samples = max(1, int(window_seconds * SAMPLE_RATE))
        self._windows: dict[Channel, _Window] = {}

    def feed(self, block: AudioBlock) -> list[LevelEvent]:
        window = self._windows.setdefault(block.channel, _Window())
        window.squares += float(np.dot(block.samples, block.samples))
        window.samples += len(block.samples)
        if window.samples < self._window_samples:
            return []
        mean_square = window.squares / window.samples
        db = 10.0 * math.log10(mean_square) if mean_square > 0 else _SILENCE_DB
        self._windows[block.channel] = _Window()
        return [LevelEvent("level", block.channel, block.end, max(db, _SILENCE_DB))]
