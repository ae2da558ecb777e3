"""Finding speech in one channel: an energy detector that works on wideband and phone-line audio alike.

Silero VAD, the usual choice, was trained on wideband audio: on a narrowband phone line (8 kHz,
300-3400 Hz, resampled to 16 kHz) it found no speech at all in our test calls, and Whisper then
hallucinated over the silence. Speech energy sits in 300-3400 Hz on every line, so this detector measures
the energy in that band against an adaptive noise floor. It costs one small FFT per 20 ms frame; the
accuracy figures on both kinds of line are in ``bench/RESULTS.md``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.shared.audio import SAMPLE_RATE

__all__ = ["FRAME_SAMPLES", "EnergyVad", "VadOptions"]

FRAME_SAMPLES = 320  # 20 ms
FRAME_SECONDS = FRAME_SAMPLES / SAMPLE_RATE


@dataclass(frozen=True)
class VadOptions:
    """Thresholds of the detector.

    ``snr_db``: how far above the noise floor a frame must be to count as speech. ``min_level_db``: frames
    quieter than this (dBFS, speech band) are never speech, whatever the floor. The floor is the lowest
    (slightly smoothed) level of the last ``floor_window`` seconds: speech always has gaps between words
    within that time, so a long sentence is never taken for noise, while a steady fan or hum becomes the
    floor within that time. During the first ``warmup`` seconds the floor is at most ``warmup_floor_db``, so a
    call that opens mid-sentence is still heard.
    """

    snr_db: float = 12.0
    min_level_db: float = -58.0
    floor_window: float = 8.0
    warmup: float = 1.0
    warmup_floor_db: float = -55.0
    band_hz: tuple[float, float] = (250.0, 3600.0)


class EnergyVad:
    """Labels 20 ms frames as speech or not; stateful across blocks (call :meth:`frames` in order)."""

    def __init__(self, options: VadOptions | None = None) -> None:
        self.options = options or VadOptions()
        freqs = np.fft.rfftfreq(FRAME_SAMPLES, 1 / SAMPLE_RATE)
        lo, hi = self.options.band_hz
        self._band = (freqs >= lo) & (freqs <= hi)
        self._window = np.hanning(FRAME_SAMPLES).astype(np.float32)
        # Normalise so a full-scale sine in the band reads about 0 dB.
        self._scale = 2.0 / float(np.sum(self._window) ** 2) * 2.0
        self._window_frames = max(1, int(self.options.floor_window / FRAME_SECONDS))
        self._minima: deque[tuple[int, float]] = deque()  # (frame index, smoothed level), increasing levels
        self._smooth: deque[float] = deque(maxlen=3)
        self._frame_count = 0
        self._rest = np.zeros(0, dtype=np.float32)

    def frame_levels(self, samples: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """Speech-band level in dBFS of each whole 20 ms frame in ``samples`` (remainders wait for the next call)."""
        data = np.concatenate([self._rest, samples]) if len(self._rest) else samples
        whole = len(data) // FRAME_SAMPLES * FRAME_SAMPLES
        self._rest = data[whole:].copy()
        if whole == 0:
            return np.zeros(0)
        frames = data[:whole].reshape(-1, FRAME_SAMPLES) * self._window
        power = np.abs(np.fft.rfft(frames, axis=1)[:, self._band]) ** 2
        return np.asarray(10.0 * np.log10(power.sum(axis=1) * self._scale + 1e-12))

    def _floor(self, level: float) -> float:
        """Slide the window by one frame and return its minimum smoothed level (a monotonic deque: O(1))."""
        self._smooth.append(level)
        smoothed = sum(self._smooth) / len(self._smooth)
        index = self._frame_count
        self._frame_count += 1
        while self._minima and self._minima[-1][1] >= smoothed:
            self._minima.pop()
        self._minima.append((index, smoothed))
        while self._minima[0][0] <= index - self._window_frames:
            self._minima.popleft()
        floor = self._minima[0][1]
        if index * FRAME_SECONDS < self.options.warmup:
            floor = min(floor, self.options.warmup_floor_db)
        return floor

    def classify(self, levels: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
        """Speech or not for each frame level, updating the noise floor as it goes."""
        opts = self.options
        out = np.zeros(len(levels), dtype=bool)
        for i, level in enumerate(levels):
            floor = self._floor(float(level))
            out[i] = level > max(floor + opts.snr_db, opts.min_level_db)
        return out

    def frames(self, samples: npt.NDArray[np.float32]) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64]]:
        """Speech flags and levels for the whole frames completed by ``samples``."""
        levels = self.frame_levels(samples)
        return self.classify(levels), levels
