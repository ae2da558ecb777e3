import pytest

from app.coach.state import ConversationState
from app.shared.events import SpeechActivity, TranscriptEvent
from tests.coach.calls import Line, state_at


def test_talk_ratio_and_monologue_come_from_speech_activity() -> None:
    state = ConversationState()
    state.apply(SpeechActivity("activity", "rep", True, 0.0))
    state.apply(SpeechActivity("activity", "rep", False, 6.0))
    state.apply(SpeechActivity("activity", "prospect", True, 6.5))
    state.apply(SpeechActivity("activity", "prospect", False, 8.5))
    state.apply(SpeechActivity("activity", "rep", True, 9.0))
    state.advance(13.0)
    assert state.talk_seconds("rep") == pytest.approx(10.0)
    assert state.talk_ratio == pytest.approx(10.0 / 12.0)
    assert state.rep_monologue_seconds == pytest.approx(4.0)  # since the prospect last spoke
    assert state.speaking("rep") and not state.speaking("prospect")
    assert state.silence_since is None
    assert state.speech_spans("rep") == ((0.0, 6.0), (9.0, 13.0))  # the stretch still going ends now
    assert state.speech_spans("prospect", since=7.0) == ((6.5, 8.5),)
    assert state.speech_spans("prospect", since=8.5) == ()


def test_silence_starts_when_the_last_speaker_stops() -> None:
    state = ConversationState()
    assert state.silence_since is None  # nobody has spoken yet
    state.apply(SpeechActivity("activity", "prospect", True, 1.0))
    state.apply(SpeechActivity("activity", "prospect", False, 2.5))
    state.advance(4.0)
    assert state.silence_since == pytest.approx(2.5)


def test_last_heard_counts_speech_whose_text_is_not_in_yet() -> None:
    state = ConversationState()
    assert state.last_heard("prospect") is None
    state.apply(TranscriptEvent("final", "prospect", 1.0, 3.0, "I'm in the middle of a job.", 3.8))
    assert state.last_heard("prospect") == pytest.approx(3.0)
    state.apply(SpeechActivity("activity", "prospect", True, 3.3))
    state.apply(SpeechActivity("activity", "prospect", False, 4.1))  # "I'm listening.", still being decoded
    assert state.last_heard("prospect") == pytest.approx(4.1)
    assert state.last_heard("rep") is None


def test_finals_group_into_turns_with_words_and_questions() -> None:
    state = state_at(
        [
            Line("rep", "Hi Elena, thanks for joining."),
            Line("rep", "What prompted you to look at scheduling tools?", gap=0.3),
            Line("prospect", "We opened two new clinics."),
        ]
    )
    assert [t.channel for t in state.turns] == ["rep", "prospect"]
    assert state.turns[0].words == 13 and state.turns[0].question
    assert state.rep_questions == 1
    assert state.talk_ratio is not None and state.talk_ratio > 0.5


def test_a_final_replaces_its_partial_and_a_feed_without_activity_still_has_talk_time() -> None:
    state = ConversationState()
    state.apply(TranscriptEvent("partial", "rep", 1.0, 2.0, "so our plat", 2.0))
    assert state.latest("rep") is not None and not state.latest("rep").final  # type: ignore[union-attr]
    state.apply(TranscriptEvent("final", "rep", 1.0, 3.0, "So our platform.", 3.8))
    assert state.partial("rep") is None
    assert state.latest("rep").text == "So our platform."  # type: ignore[union-attr]
    assert state.talk_seconds("rep") == pytest.approx(2.0)
    assert state.now == pytest.approx(3.8)


def test_revision_grows_with_every_event_and_not_with_the_clock() -> None:
    state = ConversationState()
    seen = [state.revision]
    state.apply(SpeechActivity("activity", "rep", True, 0.5))
    seen.append(state.revision)
    state.advance(3.0)
    seen.append(state.revision)
    state.apply(TranscriptEvent("partial", "rep", 0.5, 2.5, "How do you", 2.8))
    seen.append(state.revision)
    assert seen[0] < seen[1] == seen[2] < seen[3]
