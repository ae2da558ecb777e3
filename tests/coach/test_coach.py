import itertools

import pytest

from app.coach import Coach, CoachConfig
from app.coach.detectors.dead_air import DeadAirConfig
from app.coach.policy import PolicyConfig
from app.shared.events import CardEvent, SpeechActivity, TranscriptEvent
from tests.coach.calls import Line, play, timeline

HEALTHY = [
    Line(
        "rep",
        "Hi Elena, thanks for joining. Before I say anything about us, what prompted you to look at scheduling tools this month?",
    ),
    Line(
        "prospect",
        "We opened two new clinics, and our front desk is double booking rooms almost every day. Patients wait, doctors get annoyed, and I spend my evenings fixing the calendar.",
    ),
    Line("rep", "That sounds exhausting. When a double booking happens, how do you usually find out about it?"),
    Line(
        "prospect",
        "Usually a nurse calls me from the hallway. Sometimes the patient finds out before we do, which is the worst part.",
        gap=2.2,
    ),
    Line("rep", "Got it. And if you could fix one thing about the calendar by next month, what would it be?"),
    Line(
        "prospect",
        "I would want the system to refuse a booking when the room is already taken, and to tell the front desk which room is free instead.",
    ),
    Line(
        "rep",
        "That is exactly the kind of conflict check we built. Would it help if I showed you how it handles two clinics sharing one pool of rooms?",
    ),
    Line("prospect", "Yes, that would be useful. Can you also send me pricing for about forty staff?"),
]

STALLING = [
    Line(
        "rep",
        "Hi Marcus, this is Dana from Brightline. We spoke three months ago and you asked me to call you back today.",
    ),
    Line("prospect", "I don't remember that.", gap=1.2),
    Line("rep", "Oh, well, I was just calling to see how things are going with your reporting."),
    Line("prospect", "Fine."),
    Line("rep", "Are you still using spreadsheets for the weekly numbers?"),
    Line("prospect", "Yes."),
    Line("rep", "Is that working well for the team?"),
    Line("prospect", "It's okay."),
    Line("rep", "So, um, I guess I wanted to see if you had any questions.", gap=0.7),
    Line("prospect", "Not really.", gap=7.5),
    Line("rep", "Can I ask what would have to change for this to become a priority for you this quarter?", gap=1.0),
    Line("prospect", "If the board keeps asking for numbers we can't produce, that would do it."),
]

STALLING_MANGLED = [
    Line(line.who, text, line.gap)
    for line, text in zip(
        STALLING,
        [
            "hi marcus this is dana from bright line we spoke 3 months ago and you ask me to call you back today",
            "i don't remember that",
            "oh well i was just calling to see how things going with your reporting",
            "fine",
            "are you still using spreadsheets for the weekly numbers",
            "yes",
            "is that working well for the team",
            "its ok",
            "so um i guess i wanted to see if you had any questions",
            "not really",
            "can i ask what would have to change for this to become a priority for you this quarter",
            "if the board keeps asking for numbers we can't produce that would do it",
        ],
        strict=True,
    )
]


def _kinds(cards: list[CardEvent]) -> list[str]:
    return [c.kind for c in cards]


@pytest.mark.parametrize("partials", [False, True])
def test_a_healthy_call_stays_silent(partials: bool) -> None:
    assert play(HEALTHY, partials=partials) == []


@pytest.mark.parametrize("lines", [STALLING, STALLING_MANGLED], ids=["clean", "asr-mangled"])
@pytest.mark.parametrize("partials", [False, True])
def test_a_stalling_call_gets_each_card_once_in_order(lines: list[Line], partials: bool) -> None:
    cards = play(lines, partials=partials)
    assert _kinds(cards) == ["weak_opener", "weak_opener", "curt_replies", "dead_air"]
    turns = timeline(lines)
    assert turns[0].start <= cards[0].t <= turns[1].end + 3.0
    assert turns[2].start <= cards[1].t <= turns[3].end + 3.0
    assert turns[8].end + 3.0 <= cards[3].t <= turns[9].start
    gaps = [b.t - a.t for a, b in itertools.pairwise(cards)]
    assert min(gaps) >= CoachConfig().policy.min_gap_seconds


def test_partials_let_a_text_signal_fire_before_the_final() -> None:
    call = [
        Line("rep", "Hi Gloria, this is Max from Lumen Energy about the assessment you requested."),
        Line(
            "prospect",
            "Honestly we're not interested, we've got more than enough on this quarter as it is, sorry.",
            seconds=5.7,
        ),
    ]
    final_time = timeline(call)[1].end + 0.8
    early, late = play(call, partials=True), play(call, partials=False)
    assert _kinds(early) == _kinds(late) == ["pushback"]
    assert early[0].t < final_time - 2.0 and late[0].t == pytest.approx(final_time)


def test_a_feature_tour_fires_while_the_rep_is_still_talking() -> None:
    call = [
        Line("rep", "Hi Priya, thanks for making time today. I'm Sam from Northwind Analytics."),
        Line("prospect", "Sure, hi Sam. I have about fifteen minutes."),
        Line(
            "rep",
            "So our platform gives you real-time dashboards, automated weekly reporting, a drag and drop workflow builder, single sign-on, role based permissions, and more than two hundred integrations.",
            seconds=15.0,
        ),
        Line("prospect", "Okay.", gap=0.8),
        Line(
            "rep",
            "And on top of that there is the data warehouse connector, scheduled exports, custom branding, an open API with webhooks, audit logs, and a sandbox environment for testing.",
            seconds=13.7,
        ),
        Line("prospect", "Right.", gap=1.0),
        Line("rep", "Let me pause there. What made you take this call today?"),
        Line("prospect", "Honestly, our sales team spends every Monday building the same spreadsheet by hand."),
    ]
    cards = play(call)
    second = timeline(call)[4]
    assert _kinds(cards) == ["feature_dump"]
    assert second.start < cards[0].t < second.end  # before the rep's final exists
    scripts = cards[0].scripts
    assert len(scripts) == CoachConfig().scripts_per_card and all(s.text for s in scripts)


def test_cards_carry_the_call_facts_in_their_scripts() -> None:
    cards = play(STALLING)
    texts = " ".join(s.text for c in cards for s in c.scripts)
    assert "Marcus" in texts and "{" not in texts
    first_lead, second_lead = cards[0].scripts[0].id, cards[1].scripts[0].id
    assert first_lead != second_lead  # a second card of a kind leads with another script


def test_state_view_and_card_expiry() -> None:
    coach = Coach(
        CoachConfig(dead_air=DeadAirConfig(silence_seconds=4.0), policy=PolicyConfig(min_visible_seconds=2.0))
    )
    coach.observe(SpeechActivity("activity", "rep", True, 0.5))
    coach.observe(SpeechActivity("activity", "rep", False, 3.0))
    coach.observe(TranscriptEvent("final", "rep", 0.5, 3.0, "How do you handle reporting today?", 3.6))
    coach.observe(SpeechActivity("activity", "prospect", True, 4.0))
    coach.observe(SpeechActivity("activity", "prospect", False, 5.0))
    assert coach.tick(8.9) == []
    cards = coach.tick(9.1)
    assert _kinds(cards) == ["dead_air"] and cards[0].t == pytest.approx(9.1)
    assert coach.state.rep_questions == 1 and coach.state.talk_ratio == pytest.approx(2.5 / 3.5)
    assert coach.is_live(cards[0])
    coach.observe(SpeechActivity("activity", "rep", True, 12.0))
    assert not coach.is_live(cards[0])  # somebody spoke: the call moved on
    assert coach.tick(40.0) == []


def test_a_claim_nobody_answers_is_shown_on_the_clock_alone() -> None:
    # No event after the claim: only ticks say the reaction never came (the detector reads the clock).
    coach = Coach()
    claim = "Hi Marcus, it's Dana from Brightline. You asked me to call you back today about the rota tool."
    assert coach.observe(TranscriptEvent("final", "rep", 0.5, 4.0, claim, 4.3)) == []
    assert coach.tick(9.9) == []
    assert _kinds(coach.tick(10.1)) == ["weak_opener"]


def test_an_objection_is_shown_once_the_quiet_ends_the_turn_on_the_clock_alone() -> None:
    coach = Coach()
    coach.observe(TranscriptEvent("final", "rep", 0.5, 4.0, "Hi Marcus, it's Dana. Have you got a minute?", 4.3))
    coach.observe(TranscriptEvent("final", "prospect", 5.0, 7.0, "Honestly, I'm up to my ears this week.", 7.3))
    assert coach.tick(8.1) == []  # the turn may still be turned around
    assert _kinds(coach.tick(8.3)) == ["pushback"]
