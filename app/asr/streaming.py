"""The streaming transcriber: audio blocks of both channels in, partial and final text out.

One recognizer serves both channels. Work is split into jobs so a scheduler can keep its promises:
finals (a closed utterance, decoded with a beam) always run, oldest first; partials (greedy re-decodes of
the utterance so far, for words on screen while someone talks) run only when the loop is keeping up with
real time. A newer partial of a channel replaces an older one still waiting, and when audio is piling up
unprocessed all waiting partials are skipped and counted. Audio and finals are never dropped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from app.asr.cleanup import is_stock_hallucination
from app.asr.recognizer import DecodeOptions, Recognition, Recognizer
from app.asr.segmenter import ChannelSegmenter, SegmenterOptions, SpeechChange, Utterance
from app.asr.stabilizer import PartialStabilizer
from app.shared.audio import CHANNELS, SAMPLE_RATE, AudioBlock, Channel
from app.shared.events import SpeechActivity, TranscriptEvent

__all__ = ["StreamingOptions", "StreamingTranscriber", "TranscriberCounters", "cut_short", "says_more"]

_LOOPING = 2.4
"""Whisper's own limit on a text's compression ratio: above it the decoder is repeating itself."""


@dataclass(frozen=True)
class StreamingOptions:
    """Tuning of the streaming loop; defaults are the measured choice in ``bench/RESULTS.md``."""

    segmenter: SegmenterOptions = SegmenterOptions()
    final: DecodeOptions = DecodeOptions(beam_size=5, margin_seconds=1.0, min_input_seconds=10.0)
    partial: DecodeOptions = DecodeOptions(beam_size=1, margin_seconds=1.0, min_input_seconds=0.0)
    first_partial_after: float = 0.5
    """Seconds of utterance audio before the first partial is attempted."""
    partial_interval: float = 1.0
    """Seconds of new audio between two partials of the same utterance (each re-decodes all of it)."""
    retry_after_empty: float = 0.3
    """Seconds of new audio before retrying when a partial produced no usable text."""
    max_backlog: float = 0.4
    """Unprocessed audio (seconds) above which waiting partials are skipped so the loop catches up."""
    partials: bool = True
    cut_short_words_per_second: float = 2.2
    """A final of ``cut_short_min_seconds`` or more with fewer words per second of utterance than this is decoded
    again with timestamps, and the longer text kept: without them tiny.en sometimes stops after the first sentence
    of a long turn and the rest of what was said is lost. On the heard calls, 91 of 6287 finals looked so; decoded
    again, their word errors fell from 1113 to 926 of 1873 (``bench/RESULTS.md``, "Finals cut short"). People speak
    2.5-3 words a second."""
    cut_short_min_seconds: float = 3.0


@dataclass
class TranscriberCounters:
    partials: int = 0
    finals: int = 0
    partials_skipped: int = 0
    dropped_as_noise: int = 0
    finals_decoded_again: int = 0


@dataclass
class _PartialJob:
    utterance: Utterance
    samples: int


@dataclass
class _ChannelState:
    segmenter: ChannelSegmenter
    next_partial_at: float = 0.0
    pending_partial: _PartialJob | None = None
    stabilizer: PartialStabilizer = field(default_factory=PartialStabilizer)
    stabilized_utterance: int = -1


class StreamingTranscriber:
    """Per-channel segmentation plus one shared recognizer, driven by :meth:`push` and :meth:`run_jobs`."""

    def __init__(
        self,
        recognizer: Recognizer,
        options: StreamingOptions | None = None,
        channels: Iterable[Channel] = CHANNELS,
    ) -> None:
        self.recognizer = recognizer
        self.options = options or StreamingOptions()
        self.counters = TranscriberCounters()
        self._channels = {ch: _ChannelState(ChannelSegmenter(ch, self.options.segmenter)) for ch in channels}
        self._finals: deque[Utterance] = deque()

    def push(self, block: AudioBlock) -> list[SpeechActivity]:
        """Segment a block (cheap); decoding work it causes waits for :meth:`run_jobs`."""
        state = self._channels.get(block.channel)
        if state is None:
            return []
        return self._absorb(state, state.segmenter.push(block))

    def finish(self) -> list[SpeechActivity]:
        """End of audio: close every open utterance so its final is decoded."""
        activity: list[SpeechActivity] = []
        for state in self._channels.values():
            activity.extend(self._absorb(state, state.segmenter.flush()))
        return activity

    @property
    def has_final_work(self) -> bool:
        return bool(self._finals)

    def run_jobs(self, backlog_seconds: float, emitted: Callable[[Channel], float]) -> list[TranscriptEvent]:
        """Decode what is due: every waiting final, then partials if the loop is keeping up.

        ``backlog_seconds`` is how much captured audio waits unprocessed; ``emitted`` tells, per channel, how
        much call audio has been fed in so far (stamped on each event as it is produced).
        """
        events: list[TranscriptEvent] = []
        while self._finals:
            event = self._decode_final(self._finals.popleft(), emitted)
            if event is not None:
                events.append(event)
        pending = [s for s in self._channels.values() if s.pending_partial is not None]
        if backlog_seconds > self.options.max_backlog:
            self.counters.partials_skipped += len(pending)
            for state in pending:
                state.pending_partial = None
            return events
        for state in sorted(pending, key=lambda s: s.pending_partial.utterance.start if s.pending_partial else 0.0):
            job = state.pending_partial
            state.pending_partial = None
            if job is None or job.utterance.closed:
                self.counters.partials_skipped += 1
                continue
            event = self._decode_partial(state, job, emitted)
            if event is not None:
                events.append(event)
        return events

    def _absorb(self, state: _ChannelState, changes: list[Utterance | SpeechChange]) -> list[SpeechActivity]:
        activity: list[SpeechActivity] = []
        for change in changes:
            if isinstance(change, SpeechChange):
                activity.append(SpeechActivity("activity", change.channel, change.speaking, change.t))
            else:
                self._finals.append(change)
                if state.pending_partial is not None and state.pending_partial.utterance is change:
                    state.pending_partial = None
                    self.counters.partials_skipped += 1
        self._schedule_partial(state)
        return activity

    def _schedule_partial(self, state: _ChannelState) -> None:
        utterance = state.segmenter.current
        if utterance is None or not self.options.partials:
            return
        length = len(utterance.audio) / SAMPLE_RATE
        if state.stabilized_utterance != utterance.index:
            state.stabilized_utterance = utterance.index
            state.stabilizer = PartialStabilizer()
            state.next_partial_at = self.options.first_partial_after
        if length < state.next_partial_at:
            return
        if state.pending_partial is not None:
            self.counters.partials_skipped += 1  # superseded before it ran
        state.pending_partial = _PartialJob(utterance, len(utterance.audio))
        state.next_partial_at = length + self.options.partial_interval

    def _decode_final(self, utterance: Utterance, emitted: Callable[[Channel], float]) -> TranscriptEvent | None:
        result = self.recognizer.recognize(utterance.audio, self.options.final)
        if not self._is_speech(result, utterance):
            self.counters.dropped_as_noise += 1
            return None
        if cut_short(result.text, len(utterance.audio) / SAMPLE_RATE, self.options):
            self.counters.finals_decoded_again += 1
            again = self.recognizer.recognize(utterance.audio, replace(self.options.final, timestamps=True))
            if says_more(result.text, again):
                result = again
        self.counters.finals += 1
        return TranscriptEvent(
            "final", utterance.channel, utterance.start, utterance.end, result.text, emitted(utterance.channel)
        )

    def _decode_partial(
        self, state: _ChannelState, job: _PartialJob, emitted: Callable[[Channel], float]
    ) -> TranscriptEvent | None:
        audio = job.utterance.audio[: job.samples]
        result = self.recognizer.recognize(audio, self.options.partial)
        if not self._is_speech(result, job.utterance):
            # Nothing usable yet (often just "So" or "Oh" at the start of a turn): try again soon rather than
            # a whole interval later, so the first words still reach the screen within about a second.
            if state.stabilized_utterance == job.utterance.index:
                state.next_partial_at = min(
                    state.next_partial_at, job.samples / SAMPLE_RATE + self.options.retry_after_empty
                )
            return None
        self.counters.partials += 1
        text = state.stabilizer.update(result.text)
        end = job.utterance.start + job.samples / SAMPLE_RATE
        return TranscriptEvent(
            "partial", job.utterance.channel, job.utterance.start, end, text, emitted(job.utterance.channel)
        )

    @staticmethod
    def _is_speech(result: Recognition, utterance: Utterance) -> bool:
        """Reject text Whisper invents over noise: empty, "silence" by its own rule, or a doubtful stock phrase."""
        if not result.text or result.looks_like_silence:
            return False
        doubtful = result.no_speech_prob > 0.2 or result.avg_logprob < -0.7 or utterance.speech_seconds < 0.4
        return not (doubtful and is_stock_hallucination(result.text))


def cut_short(text: str, seconds: float, options: StreamingOptions) -> bool:
    """Whether a final's text has too few words for its ``seconds`` of audio, so it is decoded again with timestamps."""
    words = len(text.split())
    return seconds >= options.cut_short_min_seconds and words < options.cut_short_words_per_second * seconds


def says_more(text: str, again: Recognition) -> bool:
    """Whether the second decode is the one to keep: more words, and not the decoder repeating itself."""
    return len(again.text.split()) > len(text.split()) and again.compression_ratio <= _LOOPING
