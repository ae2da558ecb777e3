import pytest

from app.asr.cleanup import is_stock_hallucination, trim_repetition


@pytest.mark.parametrize(
    ("looped", "expected"),
    [
        ("Yes, yes, yes, yes, yes, yes", "Yes"),
        ("It's okay. It's okay. It's", "It's okay."),
        ("Maybe I didn't know there was one. Maybe I didn't know there was", "Maybe I didn't know there was one."),
        (
            "That sounds exhausting, how do you find out? That sounds exhausting, how do",
            "That sounds exhausting, how do you find out?",
        ),
    ],
)
def test_loops_are_cut_to_one_occurrence(looped: str, expected: str) -> None:
    assert trim_repetition(looped) == expected


@pytest.mark.parametrize(
    "text", ["no, no", "I think, I think we should go", "Fifteen years is a long time.", "Bye bye."]
)
def test_natural_repetition_is_kept(text: str) -> None:
    assert trim_repetition(text) == text


def test_a_cut_off_decode_trims_a_short_restart() -> None:
    assert (
        trim_repetition("send them the numbers by Friday. send them", cut_off=True)
        == "send them the numbers by Friday."
    )
    assert trim_repetition("send them the numbers by Friday. send them") == "send them the numbers by Friday. send them"


def test_stock_phrases() -> None:
    assert is_stock_hallucination("Thank you for watching!")
    assert is_stock_hallucination(" you")
    assert not is_stock_hallucination("Thank you for the demo yesterday.")


def test_a_cut_off_loop_that_wanders_is_still_cut() -> None:
    assert trim_repetition("Oh well oh well oh well oh well oh oh well") == "Oh well"
    assert trim_repetition("no no no we should", cut_off=False) == "no no no we should"
    assert trim_repetition("no no no we should", cut_off=True) == "no"
