from pathlib import Path

import numpy as np
import pytest

from app.coach.detectors.meaning import (
    BUILTIN_PHRASE_MODEL,
    NO_FAMILY,
    PhraseModel,
    PhraseModelError,
    features,
    load_phrase_models,
)
from app.coach.detectors.phrases import PhraseMatcher
from app.coach.detectors.pushback import PUSHBACK_FAMILIES, REPLY_SIGNAL, Pushback, PushbackConfig
from app.coach.detectors.weak_opener import WEAK_OPENER_FAMILIES, WeakOpener, WeakOpenerConfig
from app.coach.state import Segment
from tests.coach.calls import Line, check_live, state_at

REP = Line("rep", "Hi Gloria, this is Max from Lumen Energy, calling about the solar assessment you requested.")

# Lines no pattern matches (the families were never shown these wordings), from the blind test2 corpus.
OPENERS_ONLY_THE_MODEL_KNOWS = [
    "Good morning sir, this is Anjali from Sunrise Dental, I had sent one brochure on your email id, kindly "
    "confirm whether it has reached or not.",
    "Hello Mr. Iyer, Suresh from Pinnacle Pharma, the price list I had WhatsApped you yesterday, you got the time "
    "to check it?",
]
OBJECTIONS_ONLY_THE_MODEL_KNOWS = [
    "Honestly the wallet's closed till the new financial year, there's no wiggle room.",
    "The thing is, our group has a national deal with someone else, so the practice can't really choose.",
]


def test_the_shipped_model_reads_both_signals_with_the_detectors_family_names() -> None:
    models = load_phrase_models()
    assert set(models) == {"weak_opener", "pushback", REPLY_SIGNAL}
    assert models[REPLY_SIGNAL].classes == (NO_FAMILY, "objection")
    for signal, families in (("weak_opener", WEAK_OPENER_FAMILIES), ("pushback", PUSHBACK_FAMILIES)):
        model = models[signal]
        assert model.classes[0] == NO_FAMILY
        assert set(model.classes[1:]) == {family.name for family in families}


def test_features_are_unit_length_and_ignore_case_and_punctuation() -> None:
    one = features("We're not interested, thanks.", 4096)
    assert np.isclose(np.linalg.norm(one), 1.0)
    assert np.array_equal(one, features("we're NOT interested thanks", 4096))
    assert not features("", 4096).any()


def test_a_reading_is_a_family_and_a_probability() -> None:
    reading = load_phrase_models()["pushback"].read(OBJECTIONS_ONLY_THE_MODEL_KNOWS[0])
    assert reading.family == "no budget"
    assert 0.7 <= reading.probability <= 1.0
    ordinary = load_phrase_models()["pushback"].read("We run three shifts and the night one is always short-staffed.")
    assert ordinary.probability < 0.5


@pytest.mark.parametrize("opener", OPENERS_ONLY_THE_MODEL_KNOWS)
def test_the_model_catches_openers_the_patterns_miss(opener: str) -> None:
    state = state_at([Line("rep", opener)])
    assert WeakOpener(WeakOpenerConfig(meaning_threshold=None)).check(state) is None
    found = WeakOpener().check(state)
    assert found is not None and found.evidence.startswith(("did you get my email: “", "claimed agreement: “"))


@pytest.mark.parametrize("reply", OBJECTIONS_ONLY_THE_MODEL_KNOWS)
def test_the_model_catches_objections_the_patterns_miss(reply: str) -> None:
    state = state_at([REP, Line("prospect", reply)])
    assert Pushback(PushbackConfig(meaning_threshold=None)).check(state) is None
    found = Pushback().check(state)
    assert found is not None and found.kind == "pushback"


def test_the_model_never_reads_a_live_partial() -> None:
    # Cut off mid-way, a sentence can still turn into a need; the model waits for the finished utterance.
    state = state_at([REP])
    assert check_live(Pushback(), state, "prospect", 6.0, 9.0, OBJECTIONS_ONLY_THE_MODEL_KNOWS[1]) is None


def test_the_model_does_not_read_a_short_reply() -> None:
    # "I don't remember that." — one weighty word ("don't") in four is no objection (a shared call's false alarm).
    state = state_at([REP, Line("prospect", "I don't remember that.")])
    assert Pushback(PushbackConfig(meaning_threshold=0.0)).check(state) is None


def test_a_missing_or_broken_model_file_says_how_to_rebuild_it(tmp_path: Path) -> None:
    with pytest.raises(PhraseModelError, match=r"cannot be read.*train_phrase_model"):
        load_phrase_models(tmp_path / "absent.npz")
    broken = tmp_path / "broken.npz"
    np.savez(broken, **{"pushback.classes": np.array(["none", "no time"]), "pushback.weights": np.zeros((8, 3))})
    with pytest.raises(PhraseModelError, match=r"no 'pushback\.bias' array"):
        load_phrase_models(broken)
    inconsistent = tmp_path / "inconsistent.npz"
    np.savez(
        inconsistent,
        **{
            "pushback.classes": np.array(["no time", "none"]),
            "pushback.weights": np.zeros((8, 2)),
            "pushback.bias": np.zeros(2),
        },
    )
    with pytest.raises(PhraseModelError, match="inconsistent arrays for pushback"):
        load_phrase_models(inconsistent)


def test_the_shipped_model_is_what_the_committed_corpora_train() -> None:
    # No hand-edited weights: retraining from bench/phrases and the scripted calls gives the shipped file.
    from bench.train_phrase_model import train_shipped

    trained = train_shipped()
    with np.load(BUILTIN_PHRASE_MODEL, allow_pickle=False) as shipped:
        assert set(shipped.files) == set(trained)
        for name, array in trained.items():
            if name.endswith(".classes"):
                assert list(shipped[name]) == list(array)
            else:
                assert np.allclose(shipped[name], array, atol=1e-5), name


@pytest.mark.parametrize(
    "reply",
    [
        "That's fair, and I won't push it. When would suit you better?",
        "Thanks for being straight with me. Can I ask what's behind the no?",
        "That's a heavy week and I won't keep you. When does it calm down?",
    ],
)
def test_the_reply_model_reads_a_rep_answering_an_objection(reply: str) -> None:
    assert load_phrase_models()[REPLY_SIGNAL].read(reply).probability >= 0.5


@pytest.mark.parametrize(
    "reply",
    [
        "And how many vans are you running at the moment?",
        "Great, so what does a normal Monday look like for you?",
        "Oh no, that sounds awful. What happened with the parcels after that?",
    ],
)
def test_the_reply_model_reads_a_rep_going_on_with_the_call_as_no_answer_to_an_objection(reply: str) -> None:
    assert load_phrase_models()[REPLY_SIGNAL].read(reply).probability < 0.3


SHIFTS = "We run three shifts and the night one is always short-staffed, and the agency staff never know the wards."
SPRING = "The new wing opens in the spring and we will need twenty more beds staffed by then."


def test_one_sure_sentence_of_a_long_turn_is_enough() -> None:
    # Read whole, the ordinary sentences around it dilute the objection (0.12); alone it reads 0.92.
    turn = f"{SHIFTS} {OBJECTIONS_ONLY_THE_MODEL_KNOWS[0]} {SPRING}"
    state = state_at([REP, Line("prospect", turn)])
    assert Pushback(PushbackConfig(sentence_threshold=None)).check(state) is None
    found = Pushback().check(state)
    assert found is not None and found.evidence.startswith("no budget: “Honestly the wallet's closed")


def test_a_long_turn_of_ordinary_sentences_is_not_read_as_an_objection() -> None:
    turn = f"{SHIFTS} So the handovers take forever and the ward sisters are worn out. {SPRING}"
    assert Pushback().check(state_at([REP, Line("prospect", turn)])) is None


def _sure_of(family: str) -> PhraseModel:
    """A model that reads every utterance as ``family``, almost certainly: what the matcher does with a reading."""
    classes = (NO_FAMILY, family)
    return PhraseModel(classes, np.zeros((64, 2), dtype=np.float32), np.array([0.0, 12.0], dtype=np.float32))


@pytest.mark.parametrize(
    "turned",
    [
        # what turns the family's patterns around, after the telling sentence (bench/heldout8's boat builder)
        "We buy our resin from Jamestown and have forever, good people. What we don't have is anybody for infusion.",
        # a sense that means something else in the sentence itself (bench/heldout16's dental lab)
        "And it works with the resin we're already buying, the stuff from Karachi?",
    ],
)
def test_a_model_reading_is_turned_around_like_its_familys_patterns(turned: str) -> None:
    matcher = PhraseMatcher(PUSHBACK_FAMILIES, _sure_of("already has a solution"), 0.75, 0.9)
    plain = "We buy our resin from Jamestown and have done forever, good people, no complaints there at all."
    assert matcher.match(Segment("prospect", 0.0, 5.0, plain, True, 17, False)) is not None
    assert matcher.match(Segment("prospect", 0.0, 5.0, turned, True, 17, turned.endswith("?"))) is None
