"""The conversation so far: who holds the floor, what was said, and the figures the detectors read.

Speech activity (voice detection, long before any text exists) says who is speaking *now*; finals say what
was said. Both are kept per channel so silence and monologues are measured live, while text signals use the
settled words. When a channel never reports activity (a transcript-only feed), its finals stand in for it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Protocol

from app.coach.text import is_question, word_count
from app.shared.audio import CHANNELS, Channel
from app.shared.events import SpeechActivity, TranscriptEvent

__all__ = ["ConversationState", "ConversationView", "Segment", "Turn"]


@dataclass(frozen=True)
class Segment:
    """One utterance of one channel: a final, or the live partial still being spoken."""

    channel: Channel
    start: float
    end: float
    text: str
    final: bool
    words: int
    question: bool

    @classmethod
    def from_event(cls, event: TranscriptEvent) -> Segment:
        return cls(
            event.channel,
            event.start,
            event.end,
            event.text,
            event.type == "final",
            word_count(event.text),
            is_question(event.text),
        )


@dataclass(frozen=True)
class Turn:
    """Consecutive finals of one channel with no final of the other channel in between."""

    channel: Channel
    segments: tuple[Segment, ...]

    @property
    def start(self) -> float:
        return self.segments[0].start

    @property
    def end(self) -> float:
        return self.segments[-1].end

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments)

    @property
    def words(self) -> int:
        return sum(s.words for s in self.segments)

    @property
    def question(self) -> bool:
        return any(s.question for s in self.segments)


class ConversationView(Protocol):
    """What detectors, scripts and the UI may read; only the coach feeds the state."""

    @property
    def now(self) -> float: ...
    @property
    def revision(self) -> int: ...
    @property
    def finals(self) -> tuple[Segment, ...]: ...
    @property
    def turns(self) -> tuple[Turn, ...]: ...
    @property
    def rep_questions(self) -> int: ...
    @property
    def talk_ratio(self) -> float | None: ...
    @property
    def rep_monologue_seconds(self) -> float: ...
    @property
    def silence_since(self) -> float | None: ...
    def partial(self, channel: Channel) -> Segment | None: ...
    def latest(self, channel: Channel, with_partial: bool = True) -> Segment | None: ...
    def speaking(self, channel: Channel) -> bool: ...
    def has_spoken(self, channel: Channel) -> bool: ...
    def last_heard(self, channel: Channel) -> float | None: ...
    def talk_seconds(self, channel: Channel, since: float = 0.0) -> float: ...
    def speech_spans(self, channel: Channel, since: float = 0.0) -> tuple[tuple[float, float], ...]: ...


class _Track:
    """Speech intervals of one channel, from activity events or (without them) from finals."""

    def __init__(self) -> None:
        self.intervals: list[tuple[float, float]] = []
        self.open_since: float | None = None
        self.has_activity = False
        self.last_heard: float | None = None

    def heard_until(self, t: float) -> None:
        self.last_heard = t if self.last_heard is None else max(self.last_heard, t)

    def add_interval(self, start: float, end: float) -> None:
        if self.intervals and start <= self.intervals[-1][1]:
            prev_start, prev_end = self.intervals[-1]
            self.intervals[-1] = (min(prev_start, start), max(prev_end, end))
        else:
            self.intervals.append((start, end))

    def talk(self, since: float, now: float) -> float:
        total = max(0.0, now - max(self.open_since, since)) if self.open_since is not None else 0.0
        for start, end in reversed(self.intervals):
            if end <= since:
                break
            total += max(0.0, min(end, now) - max(start, since))
        return total


class ConversationState:
    """The live state of one call; fed by :meth:`apply` and :meth:`advance`, read through ``ConversationView``."""

    def __init__(self) -> None:
        self._now = 0.0
        self._tracks: dict[Channel, _Track] = {ch: _Track() for ch in CHANNELS}
        self._partials: dict[Channel, Segment | None] = dict.fromkeys(CHANNELS)
        self._finals: tuple[Segment, ...] = ()
        self._turns: tuple[Turn, ...] = ()
        self._rep_questions = 0
        self._revision = 0

    # --- feeding -------------------------------------------------------------------------------------
    def advance(self, t: float) -> None:
        """Call time ``t`` has been reached (events and ticks only move the clock forward)."""
        self._now = max(self._now, t)

    def apply(self, event: TranscriptEvent | SpeechActivity) -> None:
        self._revision += 1
        if isinstance(event, SpeechActivity):
            self._apply_activity(event)
        else:
            self._apply_transcript(event)

    def _apply_activity(self, event: SpeechActivity) -> None:
        self.advance(event.t)
        track = self._tracks[event.channel]
        track.has_activity = True
        if event.speaking and track.open_since is None:
            track.open_since = event.t
        elif not event.speaking and track.open_since is not None:
            track.add_interval(track.open_since, event.t)
            track.open_since = None
            track.heard_until(event.t)

    def _apply_transcript(self, event: TranscriptEvent) -> None:
        self.advance(event.emitted)
        segment = Segment.from_event(event)
        track = self._tracks[event.channel]
        track.heard_until(event.end)
        if not segment.final:
            self._partials[event.channel] = segment
            return
        partial = self._partials[event.channel]
        if partial is not None and partial.start <= segment.start + 1e-6:
            self._partials[event.channel] = None
        if not track.has_activity:
            track.add_interval(segment.start, segment.end)
        finals = list(self._finals)
        bisect.insort(finals, segment, key=lambda s: s.start)
        self._finals = tuple(finals)
        self._turns = _group_turns(self._finals)
        if segment.channel == "rep" and segment.question:
            self._rep_questions += 1

    # --- reading -------------------------------------------------------------------------------------
    @property
    def now(self) -> float:
        return self._now

    @property
    def revision(self) -> int:
        """Grows with every event applied: what was said or who is speaking may have changed. Ticks leave it,
        so a detector that reads no clock can reuse its answer until it grows: the coach is asked on every
        audio block (20 times a second), while the events that change the state come a few times a second."""
        return self._revision

    @property
    def finals(self) -> tuple[Segment, ...]:
        return self._finals

    @property
    def turns(self) -> tuple[Turn, ...]:
        return self._turns

    @property
    def rep_questions(self) -> int:
        """Rep utterances that asked something (a question mark or question word order)."""
        return self._rep_questions

    @property
    def talk_ratio(self) -> float | None:
        """The rep's share of talk time so far (top reps sit near 0.43); None before anyone spoke."""
        rep, prospect = self.talk_seconds("rep"), self.talk_seconds("prospect")
        return rep / (rep + prospect) if rep + prospect > 0 else None

    @property
    def rep_monologue_seconds(self) -> float:
        """The rep's talk time since the prospect last made a sound; 0 while the prospect is speaking."""
        if self.speaking("prospect"):
            return 0.0
        return self.talk_seconds("rep", since=self._tracks["prospect"].last_heard or 0.0)

    @property
    def silence_since(self) -> float | None:
        """When the current silence began; None while someone speaks or before anyone has spoken."""
        if any(self.speaking(ch) for ch in CHANNELS):
            return None
        heard = [t.last_heard for t in self._tracks.values() if t.last_heard is not None]
        return max(heard) if heard else None

    def partial(self, channel: Channel) -> Segment | None:
        return self._partials[channel]

    def latest(self, channel: Channel, with_partial: bool = True) -> Segment | None:
        """The channel's newest words: its live partial if one is open (and wanted), else its last final."""
        partial = self._partials[channel]
        if partial is not None and with_partial:
            return partial
        return next((s for s in reversed(self._finals) if s.channel == channel), None)

    def speaking(self, channel: Channel) -> bool:
        return self._tracks[channel].open_since is not None

    def has_spoken(self, channel: Channel) -> bool:
        return self._tracks[channel].last_heard is not None or self.speaking(channel)

    def last_heard(self, channel: Channel) -> float | None:
        """When the channel last stopped speaking (by voice activity, or the end of its newest text)."""
        return self._tracks[channel].last_heard

    def talk_seconds(self, channel: Channel, since: float = 0.0) -> float:
        return self._tracks[channel].talk(since, self._now)

    def speech_spans(self, channel: Channel, since: float = 0.0) -> tuple[tuple[float, float], ...]:
        """The channel's stretches of speech that end after ``since``, oldest first, the one still going ending
        now; whether or not the model wrote any words for them (a murmured "Aye." of 0.2 s often has none)."""
        track = self._tracks[channel]
        later = bisect.bisect_right(track.intervals, since, key=lambda span: span[1])
        going = [] if track.open_since is None else [(track.open_since, self._now)]
        return tuple(track.intervals[later:] + going)


def _group_turns(finals: tuple[Segment, ...]) -> tuple[Turn, ...]:
    turns: list[Turn] = []
    run: list[Segment] = []
    for segment in finals:
        if run and segment.channel != run[-1].channel:
            turns.append(Turn(run[-1].channel, tuple(run)))
            run = []
        run.append(segment)
    if run:
        turns.append(Turn(run[-1].channel, tuple(run)))
    return tuple(turns)
