"""The call's numbers: talk time, monologues, questions, dead air and curt streaks.

Measured from the stored finals only (no audio is kept), with the same thresholds the live coach uses, so
the summary counts the stalls the rep was warned about during the call and not a different set.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.shared.calls import StoredCall, Utterance
from app.shared.stall_rules import CURT_MAX_WORDS, CURT_MIN_RUN, DEAD_AIR_SECONDS
from app.summary.conversation import Turn, group_turns

__all__ = ["CallFigures", "CurtStreak", "Silence", "Stretch", "Thresholds", "measure"]


@dataclass(frozen=True)
class Thresholds:
    dead_air_seconds: float = DEAD_AIR_SECONDS
    """Silence that counts as dead air (the coach's ``dead_air`` card fires at the same length)."""
    curt_max_words: int = CURT_MAX_WORDS
    """A prospect turn this short is curt, as for the coach's ``curt_replies`` card."""
    curt_min_run: int = CURT_MIN_RUN
    """Curt replies in a row that make a streak; one or two happen in any call."""


@dataclass(frozen=True)
class Stretch:
    """One speaker's uninterrupted turn: a monologue of the rep, an answer of the prospect."""

    start: float
    end: float
    text: str

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Silence:
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class CurtStreak:
    start: float
    end: float
    replies: tuple[str, ...]


@dataclass(frozen=True)
class CallFigures:
    duration: float
    rep_seconds: float
    prospect_seconds: float
    rep_longest_monologue: Stretch | None
    prospect_longest_answer: Stretch | None
    rep_questions: tuple[Utterance, ...]
    dead_air: tuple[Silence, ...]
    curt_streaks: tuple[CurtStreak, ...]

    @property
    def talk_ratio(self) -> float | None:
        """The rep's share of the time anyone spoke; None when nobody did."""
        total = self.rep_seconds + self.prospect_seconds
        return self.rep_seconds / total if total > 0 else None

    @property
    def dead_air_seconds(self) -> float:
        return sum(s.seconds for s in self.dead_air)


def measure(call: StoredCall, thresholds: Thresholds = Thresholds()) -> CallFigures:
    utterances = sorted(call.utterances, key=lambda u: u.start)
    turns = group_turns(utterances)
    return CallFigures(
        duration=max([call.duration, *(u.end for u in utterances)]),
        rep_seconds=sum(u.end - u.start for u in utterances if u.channel == "rep"),
        prospect_seconds=sum(u.end - u.start for u in utterances if u.channel == "prospect"),
        rep_longest_monologue=_longest(turns, "rep"),
        prospect_longest_answer=_longest(turns, "prospect"),
        rep_questions=tuple(u for u in utterances if u.channel == "rep" and u.question),
        dead_air=_dead_air(utterances, thresholds.dead_air_seconds),
        curt_streaks=_curt_streaks(turns, thresholds),
    )


def _longest(turns: tuple[Turn, ...], channel: str) -> Stretch | None:
    own = [t for t in turns if t.channel == channel]
    if not own:
        return None
    best = max(own, key=lambda t: t.seconds)
    return Stretch(best.start, best.end, best.text)


def _dead_air(utterances: list[Utterance], min_seconds: float) -> tuple[Silence, ...]:
    """Gaps with nobody speaking, once both sides have spoken (the ring and the hello never count)."""
    silences: list[Silence] = []
    heard_until: float | None = None
    spoken: set[str] = set()
    for u in utterances:
        if heard_until is not None and len(spoken) == 2 and u.start - heard_until >= min_seconds:
            silences.append(Silence(heard_until, u.start))
        heard_until = u.end if heard_until is None else max(heard_until, u.end)
        spoken.add(u.channel)
    return tuple(silences)


def _curt_streaks(turns: tuple[Turn, ...], thresholds: Thresholds) -> tuple[CurtStreak, ...]:
    """Runs of short prospect turns; the call's first turn (a prospect's "Hello?") is never a reply."""
    streaks: list[CurtStreak] = []
    run: list[Turn] = []

    def close() -> None:
        if len(run) >= thresholds.curt_min_run:
            streaks.append(CurtStreak(run[0].start, run[-1].end, tuple(t.text for t in run)))
        run.clear()

    for turn in turns[1:]:
        if turn.channel != "prospect":
            continue
        if turn.words <= thresholds.curt_max_words:
            run.append(turn)
        else:
            close()
    close()
    return tuple(streaks)
