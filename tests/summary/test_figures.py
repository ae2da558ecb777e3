"""Summary figures on synthetic calls whose timings are known exactly."""

import pytest

from app.summary.figures import measure
from tests.summary.calls import call, say


def test_talk_ratio_is_the_reps_share_of_speech_not_of_the_call() -> None:
    figures = measure(
        call(say("rep", 0, 6, "One two three."), say("prospect", 10, 12, "Four five."), say("rep", 20, 22, "Six."))
    )
    assert figures.rep_seconds == 8 and figures.prospect_seconds == 2
    assert figures.talk_ratio == pytest.approx(0.8)
    assert figures.duration == 22


def test_talk_ratio_is_none_when_nobody_spoke() -> None:
    assert measure(call()).talk_ratio is None


def test_longest_monologue_joins_consecutive_rep_utterances() -> None:
    figures = measure(
        call(
            say("rep", 0, 10, "Let me tell you about dashboards."),
            say("rep", 11, 40, "And reporting, and analytics."),
            say("prospect", 41, 45, "We mostly care about payroll."),
            say("rep", 46, 60, "Great, tell me more?"),
            say("prospect", 61, 90, "Well, every other Friday my manager types the hours in by hand."),
        )
    )
    assert figures.rep_longest_monologue is not None
    assert (figures.rep_longest_monologue.start, figures.rep_longest_monologue.seconds) == (0, 40)
    assert figures.prospect_longest_answer is not None
    assert figures.prospect_longest_answer.seconds == 29
    assert figures.prospect_longest_answer.text.startswith("Well, every other Friday")


def test_questions_are_the_reps_only() -> None:
    figures = measure(
        call(
            say("rep", 0, 2, "How do you run payroll?"),
            say("prospect", 3, 4, "Why do you ask?"),
            say("rep", 5, 6, "what tools do you use", question=True),
        )
    )
    assert [q.start for q in figures.rep_questions] == [0, 5]


def test_dead_air_counts_mid_call_silences_of_four_seconds_or_more() -> None:
    figures = measure(
        call(
            say("rep", 8, 10, "Hello, this is Sam."),  # the 8 s before anyone spoke is the ring, not dead air
            say("rep", 17, 18, "Are you there?"),  # 7 s, but the prospect has not spoken yet
            say("prospect", 19, 20, "Yes."),
            say("rep", 26, 28, "So?"),  # 6 s: dead air
            say("prospect", 31, 32, "Hmm."),  # 3 s: a thoughtful pause, not dead air
            say("rep", 36, 37, "Okay."),  # exactly 4 s: dead air, as the coach's card would say
        )
    )
    assert [(s.start, s.end) for s in figures.dead_air] == [(20, 26), (32, 36)]
    assert figures.dead_air_seconds == 10


def test_overlapping_speech_is_not_silence() -> None:
    figures = measure(
        call(
            say("rep", 0, 30, "A long pitch."),
            say("prospect", 2, 3, "Hi."),
            say("prospect", 10, 11, "Uh huh."),
            say("prospect", 31, 32, "Sure."),
        )
    )
    assert figures.dead_air == ()


def test_three_short_answers_in_a_row_make_a_curt_streak() -> None:
    figures = measure(
        call(
            say("prospect", 0, 1, "Hello?"),  # the opening turn is never a reply
            say("rep", 1, 3, "How is payroll going?"),
            say("prospect", 4, 5, "Fine."),
            say("rep", 6, 8, "Any problems?"),
            say("prospect", 9, 10, "Not really."),
            say("rep", 11, 13, "How many staff?"),
            say("prospect", 14, 15, "About forty."),
            say("rep", 16, 18, "And timesheets?"),
            say("prospect", 19, 25, "We still type them in by hand every other week."),
            say("rep", 26, 28, "Ouch?"),
            say("prospect", 29, 30, "Yes."),
            say("rep", 31, 32, "Okay?"),
            say("prospect", 33, 34, "Sure."),
        )
    )
    assert len(figures.curt_streaks) == 1
    streak = figures.curt_streaks[0]
    assert (streak.start, streak.end) == (4, 15)
    assert streak.replies == ("Fine.", "Not really.", "About forty.")
