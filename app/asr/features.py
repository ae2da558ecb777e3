"""Whisper's input: the log-Mel spectrogram of 16 kHz audio, computed with numpy alone.

It is the same computation as Whisper's reference front end (400-point Hann STFT, hop 160, Slaney Mel
filters, log10 clipped to 8 decades below the peak, scaled to about [-1, 1]); a test checks it against
faster-whisper's. Owning these few lines keeps FFmpeg (pulled in by faster-whisper's package import) out of
the app and its bundle, and lets the streaming loop compute features for exactly the audio it encodes.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from app.shared.audio import SAMPLE_RATE

__all__ = ["HOP_LENGTH", "N_FFT", "log_mel"]

N_FFT = 400
HOP_LENGTH = 160


@lru_cache(maxsize=4)
def mel_filters(n_mels: int) -> npt.NDArray[np.float32]:
    """Slaney-style Mel filter bank (the one librosa and Whisper use), shape (n_mels, N_FFT // 2 + 1)."""
    fft_freqs = np.fft.rfftfreq(n=N_FFT, d=1.0 / SAMPLE_RATE)
    mels = np.linspace(0.0, 45.245640471924965, n_mels + 2)  # 0 Hz .. 8 kHz on the Slaney scale
    f_sp = 200.0 / 3
    freqs = f_sp * mels
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    log_step = np.log(6.4) / 27.0
    log_region = mels >= min_log_mel
    freqs[log_region] = min_log_hz * np.exp(log_step * (mels[log_region] - min_log_mel))
    widths = np.diff(freqs)
    ramps = freqs.reshape(-1, 1) - fft_freqs.reshape(1, -1)
    lower = -ramps[:-2] / widths[:-1, np.newaxis]
    upper = ramps[2:] / widths[1:, np.newaxis]
    weights = np.maximum(0.0, np.minimum(lower, upper))
    weights *= (2.0 / (freqs[2 : n_mels + 2] - freqs[:n_mels]))[:, np.newaxis]
    return weights.astype(np.float32)


@lru_cache(maxsize=1)
def _window() -> npt.NDArray[np.float32]:
    return np.hanning(N_FFT + 1)[:-1].astype(np.float32)


def log_mel(audio: npt.NDArray[np.float32], n_mels: int = 80) -> npt.NDArray[np.float32]:
    """Log-Mel features of ``audio``, shape (n_mels, len(audio) // HOP_LENGTH) — 100 frames a second."""
    padded = np.pad(audio.astype(np.float32, copy=False), N_FFT // 2, mode="reflect")
    n_frames = 1 + (len(padded) - N_FFT) // HOP_LENGTH
    frames = np.lib.stride_tricks.as_strided(
        padded, (n_frames, N_FFT), (HOP_LENGTH * padded.strides[0], padded.strides[0]), writeable=False
    )
    power = np.abs(np.fft.rfft(frames * _window(), axis=-1)) ** 2
    mel = mel_filters(n_mels) @ power[:-1].T.astype(np.float32)
    log_spec = np.log10(np.maximum(mel, 1e-10))
    log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
    scaled: npt.NDArray[np.float32] = ((log_spec + 4.0) / 4.0).astype(np.float32)
    return scaled
