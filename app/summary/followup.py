"""The follow-up plan: what to do next and when, an email draft to edit, and openers to avoid next time.

Sales practice after a call: define a concrete next step with a date instead of "checking in"; when the
call went badly, apologise in writing for what the rep got wrong before calling back. Every sentence of the
draft comes from the call itself (its date, what was agreed, what the prospect said, which stalls
happened); anything the call does not contain is a ``[placeholder]`` for the rep to fill in, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.shared.calls import StoredCall
from app.summary.benchmarks import BENCHMARKS
from app.summary.dates import add_business_days, resolve_day
from app.summary.ending import Ending
from app.summary.figures import CallFigures
from app.summary.timeline import Stall

__all__ = ["OPENERS_TO_AVOID", "SEVERAL_STALLS", "EmailDraft", "FollowUpPlan", "plan_follow_up"]

SEVERAL_STALLS = 3
"""Stalls in one call that make it a bad call even when it ended on a next step."""

_APOLOGIES = {
    "feature_dump": "I spent too long listing features instead of asking what you need.",
    "pushback": "When you raised a concern, I kept going instead of listening to it.",
    "curt_replies": "I asked questions that were easy to answer in a word instead of ones about your situation.",
    "weak_opener": "I opened as if we had agreed something we had not.",
}
"""What the rep owns up to for each kind of stall (dead air is not something to apologise for in writing)."""

_TALKED_TOO_MUCH = "I did most of the talking when I should have been listening."

OPENERS_TO_AVOID = (
    "“Just checking in…” / “Touching base…”: it gives them nothing and asks for nothing; open with the next step instead.",
    "“Did you get my email?”: it makes them do the work; say in one line what the email said.",
)
"""Openers prospects are known to tune out, listed after every call (this call's own weak opener first)."""


@dataclass(frozen=True)
class EmailDraft:
    tone: Literal["apology", "recap"]
    subject: str
    body: str


@dataclass(frozen=True)
class FollowUpPlan:
    went_well: bool
    reasons: tuple[str, ...]
    """Why the call counts as gone well or badly, in short phrases."""
    next_step: str
    due: date
    email: EmailDraft
    openers_to_avoid: tuple[str, ...]


def _day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B}"


def plan_follow_up(call: StoredCall, figures: CallFigures, timeline: tuple[Stall, ...], ending: Ending) -> FollowUpPlan:
    call_date = call.started_at.date()
    reasons = [
        "a next step was agreed" if ending.next_step else "no next step was agreed",
        f"{len(timeline)} stall{'s' if len(timeline) != 1 else ''}",
    ]
    if any(s.kind == "pushback" for s in timeline):
        reasons.append("the prospect pushed back")
    went_well = ending.next_step and len(timeline) < SEVERAL_STALLS
    named = resolve_day(ending.day, call_date) if ending.next_step else None
    due = named or add_business_days(call_date, 1 if went_well else 2)
    if ending.next_step:
        when = _day(due) if named else f"{_day(due)} (no day was named: confirm one)"
        next_step = f"Do what was agreed — “{ending.evidence}” — on {when}."
    else:
        next_step = (
            f"Send the apology email today, then call on {_day(due)} with one open question about "
            "[their priority], not a pitch; book a concrete next step before you hang up."
        )
    if not went_well and ending.next_step:
        next_step += " Send the apology email today as well."
    email = _recap(call_date, figures, ending, due) if went_well else _apology(call_date, figures, timeline, due)
    return FollowUpPlan(went_well, tuple(reasons), next_step, due, email, _openers(call, ending))


def _recap(call_date: date, figures: CallFigures, ending: Ending, due: date) -> EmailDraft:
    lines = ["Hi [prospect name],", "", f"Thank you for your time on the call on {_day(call_date)}."]
    answer = figures.prospect_longest_answer
    if answer is not None:
        lines += ["", f"What I took away from what you told me: “{answer.text}”"]
    lines += ["", f"As agreed: “{ending.evidence}” — {_day(due)}.", "", "[anything you promised to send]"]
    lines += ["", "Best regards,", "[your name]"]
    return EmailDraft("recap", "Our call and the next step", "\n".join(lines))


def _apology(call_date: date, figures: CallFigures, timeline: tuple[Stall, ...], due: date) -> EmailDraft:
    owned: list[str] = []
    ratio, limit = figures.talk_ratio, BENCHMARKS["talk_ratio"].limit
    if ratio is not None and limit is not None and ratio > limit:
        owned.append(_TALKED_TOO_MUCH)
    for stall in timeline:
        line = _APOLOGIES.get(stall.kind)
        if line is not None and line not in owned:
            owned.append(line)
    if not owned:
        owned.append("I don't think I made good use of your time.")
    lines = ["Hi [prospect name],", "", f"I'm sorry about our call on {_day(call_date)}. " + " ".join(owned)]
    lines += [
        "",
        f"I'd like to get it right: would {due:%A} work for ten minutes where you tell me what matters to you "
        "about [their priority], and I mostly listen?",
        "",
        "Best regards,",
        "[your name]",
    ]
    return EmailDraft("apology", "Sorry about our call", "\n".join(lines))


def _openers(call: StoredCall, ending: Ending) -> tuple[str, ...]:
    own = tuple(
        f"What you opened this call with, {card.evidence}: prospects tune it out."
        for card in call.cards
        if card.kind == "weak_opener"
    )
    agreement = (
        f"“As we agreed…”: quote only what was actually agreed, “{ending.evidence}”."
        if ending.next_step
        else "“As we agreed…” / “You asked me to call back”: nothing was agreed on this call, so don't claim it."
    )
    return (*own, *OPENERS_TO_AVOID, agreement)
