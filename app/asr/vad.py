"""Finding speech in one channel: an energy detector that works on wideband and phone-line audio alike.

Silero VAD, the usual choice, was trained on wideband audio: on a narrowband phone line (8 kHz,
300-3400 Hz, resampled to 16 kHz) it found no speech at all in our test calls, and Whisper then
hallucinated over the silence. Speech energy sits in 300-3400 Hz on every line, so this detector measures
the energy in that band against an adaptive noise floor. It costs one small FFT per 20 ms frame; the
accuracy figures on both kinds of line are in ``bench/RESULTS.md``.
"""

from __future__ import annotations

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
    quieter than this (dBFS, speech band) are never speech, whatever the floor. ``floor_rise_db_per_s``: how
    fast the floor may climb, slow enough that a long sentence is not taken for noise.
    """

    snr_db: float = 12.0
    min_level_db: float = -58.0
    floor_rise_db_per_s: float = 0.5
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
        self._floor_db: float | None = None
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

    def classify(self, levels: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
        """Speech or not for each frame level, updating the noise floor as it goes."""
        opts = self.options
        rise = opts.floor_rise_db_per_s * FRAME_SECONDS
        out = np.zeros(len(levels), dtype=bool)
        floor = self._floor_db
        for i, level in enumerate(levels):
            if floor is None or level < floor:
                floor = float(level) if floor is None else 0.7 * floor + 0.3 * float(level)
            else:
                floor += rise
            out[i] = level > max(floor + opts.snr_db, opts.min_level_db)
        self._floor_db = floor
        return out

    def frames(self, samples: npt.NDArray[np.float32]) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64]]:
        """Speech flags and levels for the whole frames completed by ``samples``."""
        levels = self.frame_levels(samples)
        return self.classify(levels), levels
