"""Single-microphone mode: with no far end captured, the coach does not guess about the prospect."""

from app.coach import Coach, CoachConfig
from app.shared.events import TranscriptEvent


def _final(channel: str, start: float, text: str) -> TranscriptEvent:
    return TranscriptEvent("final", channel, start, start + 2.0, text, start + 2.5)  # type: ignore[arg-type]


def _kinds(coach: Coach) -> set[str]:
    events = [
        _final("rep", 0.5, "Hi Mark, just checking in to see how things are going."),
        _final("prospect", 3.0, "Honestly, we're not interested. We already use Deputy."),
    ]
    cards = [card for event in events for card in coach.observe(event)]
    cards += [card for t in range(6, 20) for card in coach.tick(float(t))]
    return {card.kind for card in cards}


def test_prospect_signals_are_off_without_the_far_end_and_rep_signals_stay() -> None:
    assert "pushback" in _kinds(Coach(CoachConfig()))
    kinds = _kinds(Coach(CoachConfig(prospect_heard=False)))
    assert "pushback" not in kinds and "dead_air" not in kinds
    assert "weak_opener" in kinds
