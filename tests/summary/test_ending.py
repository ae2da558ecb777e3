"""How the call ended, read from the last turns' words."""

from app.summary.ending import detect_ending
from tests.summary.calls import call, say

OPENING = (say("rep", 0, 5, "Hi, this is Sam from Keel."), say("prospect", 6, 8, "Hi."))


def test_a_named_day_is_a_next_step() -> None:
    ending = detect_ending(
        call(
            *OPENING,
            say("rep", 60, 63, "Could we look at it together?"),
            say("prospect", 64, 66, "Okay. How about Thursday morning?"),
            say("rep", 67, 68, "Great, thanks."),
        )
    )
    assert ending.next_step
    assert ending.evidence == "How about Thursday morning?"
    assert ending.day == "thursday"


def test_an_action_without_a_day_is_a_next_step_without_a_day() -> None:
    ending = detect_ending(
        call(*OPENING, say("rep", 60, 63, "I'll send over the proposal."), say("prospect", 64, 65, "Sounds good."))
    )
    assert ending.next_step and ending.day is None
    assert ending.evidence == "I'll send over the proposal."


def test_a_negated_action_is_not_a_next_step() -> None:
    ending = detect_ending(call(*OPENING, say("prospect", 60, 63, "Please don't send anything.")))
    assert not ending.next_step


def test_a_refusal_after_the_offer_undoes_it() -> None:
    ending = detect_ending(
        call(
            *OPENING,
            say("rep", 60, 63, "Can I book you in for a demo on Friday?"),
            say("prospect", 64, 66, "No thanks, we're all set."),
        )
    )
    assert not ending.next_step
    assert ending.evidence == "No thanks, we're all set."


def test_only_the_close_counts() -> None:
    early = say("rep", 10, 12, "Let's schedule a demo on Monday.")
    chat = [say("prospect" if i % 2 else "rep", 20 + i, 20.5 + i, "Right.") for i in range(6)]
    assert not detect_ending(call(*OPENING, early, *chat)).next_step


def test_habits_and_everyday_words_are_not_a_next_step() -> None:
    ending = detect_ending(
        call(
            *OPENING,
            say("rep", 60, 63, "How do you run payroll today?"),
            say("prospect", 64, 68, "My manager types the hours every other Friday, and I'm going into a meeting."),
            say("rep", 69, 70, "At one point did you try software?"),
        )
    )
    assert not ending.next_step
