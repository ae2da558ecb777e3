"""The stall timeline, the follow-up plan and its email drafts."""

from datetime import date

from app.shared.calls import CopiedScript
from app.summary import summarize
from app.summary.figures import measure
from app.summary.timeline import build_timeline
from tests.summary.calls import call, card, say

OPENING = (say("rep", 0, 5, "Hi, this is Sam from Keel."), say("prospect", 6, 8, "Hi."))


def test_timeline_joins_cards_with_the_scripts_copied_and_adds_uncovered_stalls() -> None:
    stored = call(
        *OPENING,
        say("rep", 9, 10, "So?"),
        say("prospect", 20, 21, "Sorry, I was thinking about it."),  # 10 s of dead air, no card shown
        say("rep", 22, 30, "We do dashboards."),
        say("prospect", 40, 41, "Hm."),  # 10 s of dead air, covered by the card at 35
        cards=(card(7, "feature_dump", 29), card(8, "dead_air", 35)),
        copies=(CopiedScript(7, "feature_dump-1", "script for feature_dump", 31),),
    )
    timeline = build_timeline(stored, measure(stored))
    assert [(s.t, s.kind, s.card is not None) for s in timeline] == [
        (10, "dead_air", False),
        (29, "feature_dump", True),
        (35, "dead_air", True),
    ]
    assert [u.text for u in timeline[1].scripts_used] == ["script for feature_dump"]
    assert timeline[2].scripts_used == ()


def _good_call() -> object:
    return call(
        *OPENING,
        say("rep", 9, 12, "How do you run payroll today?"),
        say("prospect", 13, 25, "By hand, my manager types the hours from paper timesheets."),
        say("rep", 26, 28, "Worth fifteen minutes to see it?"),
        say("prospect", 29, 31, "Okay. How about Thursday morning?"),
    )


def test_a_good_call_gets_a_recap_dated_on_the_day_named() -> None:
    summary = summarize(_good_call())  # type: ignore[arg-type]
    plan = summary.follow_up
    assert plan.went_well
    assert plan.due == date(2026, 11, 26)
    assert plan.email.tone == "recap"
    assert "By hand, my manager types the hours from paper timesheets." in plan.email.body
    assert "Thursday 26 November" in plan.email.body
    assert "[prospect name]" in plan.email.body and "[your name]" in plan.email.body
    assert "How about Thursday morning?" in plan.next_step


def test_a_bad_call_gets_an_apology_and_a_call_back_in_two_business_days() -> None:
    stored = call(
        *OPENING,
        say("rep", 9, 80, "We have dashboards, reporting, analytics, workflows and integrations."),
        say("prospect", 81, 83, "We're not interested."),
        cards=(card(1, "feature_dump", 60), card(2, "pushback", 84, "“We're not interested.”")),
    )
    plan = summarize(stored).follow_up
    assert not plan.went_well
    assert "no next step was agreed" in plan.reasons and "the prospect pushed back" in plan.reasons
    assert plan.due == date(2026, 11, 26)  # Tuesday + 2 business days
    assert plan.email.tone == "apology"
    assert "I did most of the talking" in plan.email.body
    assert "listing features" in plan.email.body
    assert "[their priority]" in plan.email.body
    assert any("nothing was agreed" in line for line in plan.openers_to_avoid)


def test_several_stalls_make_a_bad_call_even_with_a_next_step() -> None:
    stored = call(
        *OPENING,
        say("rep", 9, 12, "Can we book Thursday?"),
        say("prospect", 13, 14, "Okay, Thursday."),
        cards=(card(1, "dead_air", 3), card(2, "curt_replies", 5), card(3, "weak_opener", 7, "“just checking in”")),
    )
    plan = summarize(stored).follow_up
    assert not plan.went_well and plan.email.tone == "apology"
    assert plan.due == date(2026, 11, 26)
    assert "apology" in plan.next_step
    assert plan.openers_to_avoid[0].startswith("What you opened this call with, “just checking in”")


def test_the_drafts_invent_nothing_the_call_does_not_contain() -> None:
    stored = call(*OPENING, say("rep", 9, 12, "Okay, bye."))
    body = summarize(stored).follow_up.email.body
    assert "[prospect name]" in body
    for invented in ("Ruth", "Keel Payroll", "Jordan"):
        assert invented not in body
