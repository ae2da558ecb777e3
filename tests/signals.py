"""Synthetic signals for fast tests: speech-like bursts (band-limited noise, syllable-modulated) in hiss."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.shared.audio import SAMPLE_RATE


def hiss(seconds: float, level_db: float = -62.0, seed: int = 0) -> npt.NDArray[np.float32]:
    rng = np.random.default_rng(seed)
    return (rng.normal(0, 10 ** (level_db / 20), int(seconds * SAMPLE_RATE))).astype(np.float32)


def speechlike(
    seconds: float, level_db: float = -20.0, band: tuple[float, float] = (300.0, 3400.0), seed: int = 1
) -> npt.NDArray[np.float32]:
    """Band-limited noise modulated at a syllable rate (4 Hz), at ``level_db`` RMS."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SAMPLE_RATE)
    spectrum = np.fft.rfft(rng.normal(0, 1, n))
    freqs = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
    spectrum[(freqs < band[0]) | (freqs > band[1])] = 0
    x = np.fft.irfft(spectrum, n)
    t = np.arange(n) / SAMPLE_RATE
    x *= 0.6 + 0.4 * np.sin(2 * np.pi * 4 * t)
    x *= 10 ** (level_db / 20) / (np.sqrt(np.mean(x**2)) + 1e-12)
    return x.astype(np.float32)


def timeline(*parts: tuple[str, float], hiss_db: float = -62.0) -> npt.NDArray[np.float32]:
    """Concatenate ("speech", s) and ("silence", s) parts over a hiss floor."""
    pieces = []
    for i, (kind, seconds) in enumerate(parts):
        pieces.append(
            speechlike(seconds, seed=i) if kind == "speech" else np.zeros(int(seconds * SAMPLE_RATE), np.float32)
        )
    x = np.concatenate(pieces)
    return (x + hiss(len(x) / SAMPLE_RATE, hiss_db)).astype(np.float32)
