"""Recorded calls (wav, flac, ogg, mp3, …) as a stream of 16 kHz blocks per channel.

Stereo files follow the convention of call recorders and of our test calls: channel 0 is the rep's
microphone, channel 1 the prospect. A mono file is the rep only. Decoding goes through libsndfile
(soundfile) and resampling through libsoxr (soxr), the standard small libraries for each, in chunks, so
an hour-long call never sits in memory and no FFmpeg is needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.audio.playback import BlockPlayback
from app.shared.audio import CHANNELS, SAMPLE_RATE, AudioBlock, Channel
from app.shared.errors import AudioInputError

__all__ = ["CallRecording", "RealtimePlayback"]

BLOCK_SECONDS = 0.1


class CallRecording:
    """A call file, checked on construction (exists, decodable, has audio)."""

    def __init__(self, path: str | Path, block_seconds: float = BLOCK_SECONDS) -> None:
        self.path = Path(path)
        self.block_samples = int(block_seconds * SAMPLE_RATE)
        if not self.path.is_file():
            raise AudioInputError(f"The call file {self.path} does not exist; check the path.")
        import soundfile

        try:
            info = soundfile.info(str(self.path))
        except (RuntimeError, OSError, ValueError) as exc:  # soundfile.LibsndfileError is a RuntimeError
            raise AudioInputError(
                f"The file {self.path} cannot be read as audio ({type(exc).__name__}); use a wav, flac, ogg or mp3 recording."
            ) from exc
        if info.frames == 0 or info.samplerate <= 0:
            raise AudioInputError(f"The file {self.path} holds no audio; choose a call recording.")
        source_channels = info.channels
        self.sample_rate = int(info.samplerate)
        self.channels: tuple[Channel, ...] = CHANNELS if source_channels >= 2 else CHANNELS[:1]
        self.name = self.path.name

    def _decoded_chunks(self) -> Iterator[npt.NDArray[np.float32]]:
        """Arrays of shape (channels, n) at 16 kHz, in order."""
        import soundfile
        import soxr

        width = len(self.channels)
        resampler = (
            soxr.ResampleStream(self.sample_rate, SAMPLE_RATE, width, dtype="float32", quality="HQ")
            if self.sample_rate != SAMPLE_RATE
            else None
        )
        chunk = max(self.sample_rate, 1)  # one second of source audio at a time
        try:
            with soundfile.SoundFile(str(self.path)) as source:
                while True:
                    frames = source.read(chunk, dtype="float32", always_2d=True)[:, :width]
                    last = len(frames) < chunk
                    out = resampler.resample_chunk(frames, last=last) if resampler is not None else frames
                    if len(out):
                        yield np.ascontiguousarray(out.T)
                    if last:
                        return
        except (RuntimeError, OSError, ValueError) as exc:
            raise AudioInputError(
                f"The file {self.path} is damaged and stopped decoding ({type(exc).__name__}); the text so far is kept."
            ) from exc

    def blocks(self) -> Iterator[AudioBlock]:
        """Fixed-size blocks, channels interleaved block by block, as fast as they are asked for."""
        buffer = np.zeros((len(self.channels), 0), dtype=np.float32)
        position = 0
        for chunk in self._decoded_chunks():
            buffer = np.concatenate([buffer, chunk[: len(self.channels)]], axis=1)
            while buffer.shape[1] >= self.block_samples:
                yield from self._split(buffer[:, : self.block_samples], position)
                position += self.block_samples
                buffer = buffer[:, self.block_samples :]
        if buffer.shape[1]:
            yield from self._split(buffer, position)

    def _split(self, frames: npt.NDArray[np.float32], position: int) -> Iterator[AudioBlock]:
        for index, channel in enumerate(self.channels):
            yield AudioBlock(channel, position, np.ascontiguousarray(frames[index]))


class RealtimePlayback(BlockPlayback):
    """Plays a recording into the pipeline at wall-clock speed, as a live capture would deliver it."""

    def __init__(self, recording: CallRecording) -> None:
        super().__init__(recording.blocks, recording.channels, f"{recording.name} (real time)")
        self.recording = recording
