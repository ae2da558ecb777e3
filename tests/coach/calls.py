"""Transcript fixtures for coach tests: scripted turns turned into the events a session would feed.

Timing follows the shared call renders: turns at ~2.6 words per second with a gap before each, speech
activity at each turn's start and end, the final 0.8 s after the end, optional growing partials every 0.5 s.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.coach import Coach
from app.coach.detectors.base import Detection, Detector
from app.coach.state import ConversationState
from app.shared.audio import Channel
from app.shared.events import CardEvent, SpeechActivity, TranscriptEvent

__all__ = ["FINAL_LATENCY", "Line", "check_live", "events", "play", "state_at", "timeline"]

WORDS_PER_SECOND = 2.6
FINAL_LATENCY = 0.8

Event = SpeechActivity | TranscriptEvent


@dataclass(frozen=True)
class Line:
    who: Channel
    text: str
    gap: float = 0.6
    """Silence before this turn, from the end of the previous one."""
    seconds: float | None = None
    """Speaking time; by default from the word count."""


@dataclass(frozen=True)
class Timed:
    line: Line
    start: float
    end: float


def timeline(lines: list[Line], start: float = 0.5) -> list[Timed]:
    out, t = [], start - lines[0].gap if lines else start
    for line in lines:
        begin = t + line.gap
        length = line.seconds if line.seconds is not None else max(0.5, len(line.text.split()) / WORDS_PER_SECOND)
        out.append(Timed(line, begin, begin + length))
        t = begin + length
    return out


def events(lines: list[Line], partials: bool = False, activity: bool = True) -> list[tuple[float, Event]]:
    timed: list[tuple[float, int, Event]] = []
    for turn in timeline(lines):
        who, start, end = turn.line.who, turn.start, turn.end
        if activity:
            timed.append((start, 0, SpeechActivity("activity", who, True, start)))
            timed.append((end, 0, SpeechActivity("activity", who, False, end)))
        if partials:
            words = turn.line.text.split()
            t = start + 0.5
            while t < end:
                shown = words[: max(1, round(len(words) * (t - start) / (end - start)))]
                timed.append((t, 1, TranscriptEvent("partial", who, start, t, " ".join(shown), t)))
                t += 0.5
        final_at = end + FINAL_LATENCY
        timed.append((final_at, 2, TranscriptEvent("final", who, start, end, turn.line.text, final_at)))
    timed.sort(key=lambda item: (item[0], item[1]))
    return [(t, event) for t, _, event in timed]


def state_at(lines: list[Line], at: float | None = None, activity: bool = True) -> ConversationState:
    """The state after every event up to call time ``at`` (default: 1 s after the last event)."""
    state = ConversationState()
    stream = events(lines, activity=activity)
    until = at if at is not None else (stream[-1][0] + 1.0 if stream else 0.0)
    for t, event in stream:
        if t <= until:
            state.apply(event)
    state.advance(until)
    return state


def play(
    lines: list[Line], coach: Coach | None = None, partials: bool = False, tail: float = 2.0, tick: float = 0.2
) -> list[CardEvent]:
    """Replay ``lines`` through a coach with ticks, as the session would; returns every card."""
    coach = coach or Coach()
    stream = events(lines, partials=partials)
    end = (stream[-1][0] if stream else 0.0) + tail
    cards: list[CardEvent] = []
    index, t = 0, 0.0
    while t <= end:
        while index < len(stream) and stream[index][0] <= t:
            cards.extend(coach.observe(stream[index][1]))
            index += 1
        cards.extend(coach.tick(t))
        t = round(t + tick, 6)
    return cards


def check_live(
    detector: Detector, state: ConversationState, who: Channel, start: float, end: float, text: str
) -> Detection | None:
    """What ``detector`` makes of ``text`` heard live (a partial from ``start`` to ``end``) that two decodings agree on,
    checked after each as the session checks after every event: a detector may wait for a second decoding before it
    believes a partial, because tiny.en takes early ones back."""
    found = None
    for heard_to in (end - 0.5, end):
        state.apply(TranscriptEvent("partial", who, start, heard_to, text, heard_to))
        found = detector.check(state)
    return found
