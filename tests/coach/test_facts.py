from app.coach.facts import call_facts, prospect_name, prospect_words
from tests.coach.calls import Line, state_at


def test_name_comes_from_the_reps_greeting_not_the_reps_own_name() -> None:
    state = state_at([Line("rep", "Hi Marcus, this is Dana from Brightline."), Line("prospect", "Hi Dana.")])
    assert prospect_name(state) == "Marcus"
    assert prospect_name(state_at([Line("rep", "Hi, this is Dana from Brightline.")])) is None
    assert prospect_name(state_at([Line("rep", "Hello?"), Line("prospect", "Hi, this is Elena speaking.")])) == "Elena"


def test_prospect_words_are_their_last_substantive_answer_trimmed_to_a_clause() -> None:
    call = [
        Line("rep", "What did they tell you?"),
        Line(
            "prospect",
            "Oh, right. Look, I've already had two other companies out here, and honestly I'm not sure it's worth it.",
        ),
        Line("rep", "Okay."),
        Line("prospect", "Fine."),
    ]
    assert prospect_words(state_at(call)) == "I've already had two other companies out here"


def test_no_facts_before_anything_useful_was_said() -> None:
    assert call_facts(state_at([Line("rep", "Hello?"), Line("prospect", "Yes.")])) == {}
