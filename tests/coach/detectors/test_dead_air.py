from app.coach.detectors.dead_air import DeadAir, DeadAirConfig
from tests.coach.calls import Line, state_at, timeline

CALL = [
    Line("rep", "Are you still using spreadsheets for the weekly numbers?"),
    Line("prospect", "Yes."),
    Line("rep", "So, um, I guess I wanted to see if you had any questions."),
    Line("prospect", "Not really.", gap=7.5),
]


def _end_of(lines: list[Line], index: int) -> float:
    return timeline(lines)[index].end


def test_fires_once_silence_passes_the_threshold_mid_call() -> None:
    silence_start = _end_of(CALL, 2)
    detector = DeadAir()
    assert detector.check(state_at(CALL, silence_start + 3.9)) is None
    found = detector.check(state_at(CALL, silence_start + 4.1))
    assert found is not None and found.kind == "dead_air"
    assert "4 s of silence" in found.evidence
    later = detector.check(state_at(CALL, silence_start + 6.5))
    assert later is not None and later.stall == found.stall  # the same silence is the same stall


def test_a_thoughtful_pause_after_a_question_does_not_fire() -> None:
    healthy = [
        Line("rep", "When a double booking happens, how do you usually find out about it?"),
        Line("prospect", "Usually a nurse calls me from the hallway.", gap=2.8),
    ]
    detector = DeadAir()
    for at in (timeline(healthy)[0].end + 2.7, timeline(healthy)[1].end + 0.5):
        assert detector.check(state_at(healthy, at)) is None


def test_silence_before_the_prospect_ever_spoke_is_not_dead_air() -> None:
    opening = [Line("rep", "Hi, is this Marcus?")]
    assert DeadAir().check(state_at(opening, timeline(opening)[0].end + 9.0)) is None


def test_silence_ends_when_anyone_starts_speaking_before_text_exists() -> None:
    state = state_at(CALL, timeline(CALL)[3].start + 0.1)  # prospect speaking, final not yet out
    assert DeadAir().check(state) is None


def test_threshold_is_configurable() -> None:
    at = _end_of(CALL, 2) + 3.5
    assert DeadAir().check(state_at(CALL, at)) is None
    assert DeadAir(DeadAirConfig(silence_seconds=3.0)).check(state_at(CALL, at)) is not None


def test_the_silence_after_goodbye_is_the_end_of_the_call() -> None:
    ending = [
        Line("rep", "Are you still using spreadsheets for the weekly numbers?"),
        Line("prospect", "Yes, every Monday."),
        Line("rep", "Great, I'll send the invite for Thursday. Have a good one."),
        Line("prospect", "Thanks, bye."),
    ]
    assert DeadAir().check(state_at(ending, _end_of(ending, 3) + 8.0)) is None


def test_taking_care_of_something_is_not_a_goodbye() -> None:
    # bench/heldout12's pest control call: the rep trailed off into 7.5 s of silence
    trailing = [
        Line("rep", "Does that sound like it would cover what you're seeing?"),
        Line("prospect", "I guess so. The garage is the main thing."),
        Line("rep", "Got it. So I mean the plan would take care of that. So yeah."),
    ]
    assert DeadAir().check(state_at(trailing, _end_of(trailing, 2) + 5.0)) is not None
    trailing[2] = Line("rep", "Great, see you Thursday then. Take care.")
    assert DeadAir().check(state_at(trailing, _end_of(trailing, 2) + 5.0)) is None
