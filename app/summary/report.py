"""The post-call summary: a pure function from a stored call to everything the summary view shows.

Recomputed whenever it is shown (it is cheap), so a call stored by an older version gets today's figures;
only the rep's own edit of the email draft is kept separately and laid over it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from app.shared.calls import CallStatus, StoredCall, Utterance
from app.summary.benchmarks import BENCHMARKS, Benchmark
from app.summary.ending import Ending, detect_ending
from app.summary.figures import CallFigures, CurtStreak, Silence, measure
from app.summary.followup import FollowUpPlan, plan_follow_up
from app.summary.timeline import Stall, build_timeline

__all__ = ["CallSummary", "Figure", "summarize", "with_email_draft"]


@dataclass(frozen=True)
class Figure:
    """One headline number, shown with its benchmark; ``off_benchmark`` is None when there is nothing to compare."""

    key: str
    label: str
    value: float | None
    display: str
    benchmark: Benchmark | None
    off_benchmark: bool | None


@dataclass(frozen=True)
class CallSummary:
    call_id: int
    started_at: datetime
    status: CallStatus
    source: str
    figures: tuple[Figure, ...]
    questions: tuple[Utterance, ...]
    dead_air: tuple[Silence, ...]
    curt_streaks: tuple[CurtStreak, ...]
    timeline: tuple[Stall, ...]
    ending: Ending
    follow_up: FollowUpPlan


def summarize(call: StoredCall) -> CallSummary:
    measured = measure(call)
    timeline = build_timeline(call, measured)
    ending = detect_ending(call)
    return CallSummary(
        call_id=call.id,
        started_at=call.started_at,
        status=call.status,
        source=call.source,
        figures=_headline(measured, ending),
        questions=measured.rep_questions,
        dead_air=measured.dead_air,
        curt_streaks=measured.curt_streaks,
        timeline=timeline,
        ending=ending,
        follow_up=plan_follow_up(call, measured, timeline, ending),
    )


def with_email_draft(summary: CallSummary, body: str) -> CallSummary:
    """The summary with the rep's edited email body in place of the generated one."""
    plan = summary.follow_up
    return replace(summary, follow_up=replace(plan, email=replace(plan.email, body=body)))


def _seconds(value: float) -> str:
    minutes, seconds = divmod(round(value), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def _figure(key: str, label: str, value: float | None, display: str) -> Figure:
    benchmark = BENCHMARKS.get(key)
    limit = benchmark.limit if benchmark is not None else None
    off = None if value is None or limit is None else value > limit
    return Figure(key, label, value, display, benchmark, off)


def _headline(m: CallFigures, ending: Ending) -> tuple[Figure, ...]:
    ratio = m.talk_ratio
    monologue, answer = m.rep_longest_monologue, m.prospect_longest_answer
    return (
        _figure("duration", "Duration", m.duration, _seconds(m.duration)),
        _figure("talk_ratio", "Your talk ratio", ratio, f"{ratio:.0%}" if ratio is not None else "nobody spoke"),
        _figure(
            "rep_longest_monologue",
            "Your longest monologue",
            monologue.seconds if monologue else None,
            f"{_seconds(monologue.seconds)} at {_seconds(monologue.start)}" if monologue else "none",
        ),
        _figure(
            "prospect_longest_answer",
            "Their longest answer",
            answer.seconds if answer else None,
            f"{_seconds(answer.seconds)} at {_seconds(answer.start)}" if answer else "none",
        ),
        _figure("rep_questions", "Questions you asked", len(m.rep_questions), str(len(m.rep_questions))),
        _figure(
            "dead_air", "Dead air", len(m.dead_air), f"{len(m.dead_air)} × ({_seconds(m.dead_air_seconds)} in all)"
        ),
        _figure("curt_streaks", "Curt streaks", len(m.curt_streaks), str(len(m.curt_streaks))),
        _figure(
            "next_step",
            "Next step",
            float(ending.next_step),
            f"agreed: “{ending.evidence}”" if ending.next_step else "none agreed",
        ),
    )
