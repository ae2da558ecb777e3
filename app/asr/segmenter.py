"""Cutting one channel's audio into utterances as it arrives.

An utterance opens when speech frames start and closes after a stretch of silence (the *hangover*). The
hangover is the main part of the delay before a final: long enough not to split a sentence at every comma,
short enough that the final lands about a second after the speaker stops. Utterances longer than the
encoder can take are cut at the quietest moment near the limit.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.asr.vad import FRAME_SAMPLES, EnergyVad, VadOptions
from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel

__all__ = ["ChannelSegmenter", "SegmenterOptions", "SpeechChange", "Utterance"]


@dataclass(frozen=True)
class SegmenterOptions:
    """Timing rules of utterances, in seconds."""

    onset_frames: int = 3
    """Speech frames among the last five needed to open an utterance (filters clicks)."""
    hangover: float = 0.55
    long_after: float = 6.0
    """Once an utterance is this long, a shorter pause (``long_hangover``) ends it: a monologue is cut at
    its sentence breaks, which keeps finals coming while the rep talks and bounds the cost of partials."""
    long_hangover: float = 0.3
    preroll: float = 0.25
    tail: float = 0.15
    min_speech: float = 0.15
    """An utterance with less speech than this is dropped as noise."""
    max_utterance: float = 20.0
    vad: VadOptions = VadOptions()


class Utterance:
    """One stretch of speech; its audio grows while it is open. Times are seconds of call time.

    Audio is appended every 20 ms for the whole utterance, so it lives in a buffer that doubles when full
    (copying the utterance on every frame would cost time quadratic in its length). ``audio`` is a view:
    a partial job's snapshot of the first samples stays valid while later frames are appended.
    """

    def __init__(self, channel: Channel, index: int, start: float, audio: npt.NDArray[np.float32]) -> None:
        self.channel = channel
        self.index = index
        self.start = start
        self.closed = False
        self.speech_seconds = 0.0
        self._buffer = np.zeros(max(len(audio), SAMPLE_RATE), dtype=np.float32)
        self._buffer[: len(audio)] = audio
        self._length = len(audio)

    @property
    def audio(self) -> npt.NDArray[np.float32]:
        return self._buffer[: self._length]

    @property
    def end(self) -> float:
        return self.start + self._length / SAMPLE_RATE

    def append(self, samples: npt.NDArray[np.float32]) -> None:
        if self._length + len(samples) > len(self._buffer):
            grown = np.zeros(max(2 * len(self._buffer), self._length + len(samples)), dtype=np.float32)
            grown[: self._length] = self.audio
            self._buffer = grown
        self._buffer[self._length : self._length + len(samples)] = samples
        self._length += len(samples)

    def truncate(self, samples: int) -> None:
        """Keep only the first ``samples`` (the trailing silence after the speech, or a split-off tail)."""
        self._length = max(0, min(samples, self._length))


@dataclass(frozen=True)
class SpeechChange:
    """Voice activity switched on or off at call time ``t``."""

    channel: Channel
    speaking: bool
    t: float


class ChannelSegmenter:
    """Feeds one channel's blocks through the VAD and keeps the audio of the open utterance."""

    def __init__(self, channel: Channel, options: SegmenterOptions | None = None) -> None:
        self.channel = channel
        self.options = options or SegmenterOptions()
        self._vad = EnergyVad(self.options.vad)
        preroll_frames = int(self.options.preroll * SAMPLE_RATE / FRAME_SAMPLES) + 5
        self._recent: deque[npt.NDArray[np.float32]] = deque(maxlen=preroll_frames)
        self._recent_flags: deque[bool] = deque(maxlen=5)
        self._pending = np.zeros(0, dtype=np.float32)
        self._frame_index = 0  # frames of this channel seen so far
        self._open: Utterance | None = None
        self._silent_frames = 0
        self._levels: list[float] = []
        self._count = 0

    @property
    def current(self) -> Utterance | None:
        """The utterance being spoken now, if any."""
        return self._open

    @property
    def position(self) -> float:
        """Call time up to which this channel's audio has been segmented."""
        return self._frame_index * FRAME_SAMPLES / SAMPLE_RATE

    def push(self, block: AudioBlock) -> list[Utterance | SpeechChange]:
        """Segment a block; returns closed utterances and speech on/off changes, in time order."""
        data = np.concatenate([self._pending, block.samples]) if len(self._pending) else block.samples
        whole = len(data) // FRAME_SAMPLES * FRAME_SAMPLES
        self._pending = data[whole:].copy()
        if whole == 0:
            return []
        frames = data[:whole].reshape(-1, FRAME_SAMPLES)
        flags, levels = self._vad.frames(data[:whole])
        out: list[Utterance | SpeechChange] = []
        for frame, is_speech, level in zip(frames, flags, levels, strict=False):
            out.extend(self._step(frame, bool(is_speech), float(level)))
            self._frame_index += 1
        return out

    def flush(self) -> list[Utterance | SpeechChange]:
        """End of audio: close the open utterance, if any."""
        if self._open is None:
            return []
        return self._close(self.position)

    def _time(self, frame_index: int) -> float:
        return frame_index * FRAME_SAMPLES / SAMPLE_RATE

    def _step(self, frame: npt.NDArray[np.float32], is_speech: bool, level: float) -> list[Utterance | SpeechChange]:
        opts = self.options
        out: list[Utterance | SpeechChange] = []
        self._recent_flags.append(is_speech)
        if self._open is None:
            self._recent.append(frame)
            if is_speech and sum(self._recent_flags) >= opts.onset_frames:
                onset = self._frame_index - (len(self._recent_flags) - 1)
                pre = round(opts.preroll * SAMPLE_RATE / FRAME_SAMPLES)
                take = min(len(self._recent), pre + (self._frame_index - onset) + 1)
                audio = np.concatenate(list(self._recent)[-take:])
                start = self._time(self._frame_index + 1) - len(audio) / SAMPLE_RATE
                self._open = Utterance(self.channel, self._count, start, audio)
                self._count += 1
                self._open.speech_seconds = sum(self._recent_flags) * FRAME_SAMPLES / SAMPLE_RATE
                self._levels = [level] * take
                self._silent_frames = 0
                out.append(SpeechChange(self.channel, True, self._time(onset)))
            return out
        utterance = self._open
        utterance.append(frame)
        self._levels.append(level)
        if is_speech:
            self._silent_frames = 0
            utterance.speech_seconds += FRAME_SAMPLES / SAMPLE_RATE
        else:
            self._silent_frames += 1
        silence = self._silent_frames * FRAME_SAMPLES / SAMPLE_RATE
        hangover = opts.long_hangover if utterance.end - utterance.start >= opts.long_after else opts.hangover
        if silence >= hangover:
            speech_end = self._time(self._frame_index + 1) - silence
            out.extend(self._close(speech_end))
        elif len(utterance.audio) / SAMPLE_RATE >= opts.max_utterance:
            out.extend(self._split_long())
        return out

    def _close(self, speech_end: float) -> list[Utterance | SpeechChange]:
        utterance = self._open
        assert utterance is not None
        self._open = None
        self._recent.clear()
        self._recent_flags.clear()
        keep = round((speech_end + self.options.tail - utterance.start) * SAMPLE_RATE)
        utterance.truncate(keep)
        utterance.closed = True
        out: list[Utterance | SpeechChange] = [SpeechChange(self.channel, False, speech_end)]
        if utterance.speech_seconds >= self.options.min_speech:
            out.insert(0, utterance)
        return out

    def _split_long(self) -> list[Utterance | SpeechChange]:
        """Cut an over-long utterance at its quietest 100 ms within the last 3 s and carry the rest on."""
        utterance = self._open
        assert utterance is not None
        levels = np.asarray(self._levels)
        window = 5
        search = min(len(levels) - window, int(3.0 * SAMPLE_RATE / FRAME_SAMPLES))
        smoothed = np.convolve(levels, np.ones(window) / window, mode="valid")
        tail = smoothed[-search:]
        cut_frame = len(smoothed) - search + int(np.argmin(tail)) + window // 2
        cut_sample = cut_frame * FRAME_SAMPLES
        rest = utterance.audio[cut_sample:]
        utterance.truncate(cut_sample)
        utterance.closed = True
        follower = Utterance(self.channel, self._count, utterance.end, rest)
        self._count += 1
        follower.speech_seconds = len(rest) / SAMPLE_RATE
        self._levels = self._levels[cut_frame:]
        self._open = follower
        return [utterance]
