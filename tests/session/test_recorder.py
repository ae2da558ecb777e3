"""The store-writer listener: events in, history rows out, and a broken store never stops the call."""

import json
from pathlib import Path

from app.session.recorder import CallRecorder
from app.shared.events import CardEvent, ScriptOption, SpeechActivity, StatsEvent, TranscriptEvent
from app.store import HistoryStore

CARD = CardEvent("dead_air", 12.0, "6 s of silence", (ScriptOption("ask", "Ask", "What changed?"),))
STATS = StatsEvent(20.0, 2.0, 20.0, 5, 2, 0, 0, "tiny.en")


def _final(channel: str, start: float, end: float, text: str) -> TranscriptEvent:
    return TranscriptEvent("final", channel, start, end, text, end + 0.5)  # type: ignore[arg-type]


def test_finals_and_cards_are_stored_partials_and_activity_are_not(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    recorder = CallRecorder(store, "call.wav")
    recorder(SpeechActivity("activity", "rep", True, 0.4))
    recorder(TranscriptEvent("partial", "rep", 0.5, 2.0, "so what do", 2.0))
    recorder(_final("rep", 0.5, 4.0, "So what do you use today"))
    recorder(_final("prospect", 5.0, 6.0, "   "))
    recorder(_final("prospect", 6.0, 7.0, "Paper."))
    recorder(CARD)
    recorder.script_copied(CARD, "ask", 13.0)
    recorder.script_copied(CARD, "no-such-script", 13.5)
    call = store.load_call(recorder.call_id)
    assert call.status == "live"
    assert [(u.text, u.words, u.question) for u in call.utterances] == [
        ("So what do you use today", 6, True),  # a question by word order, as the coach reads it
        ("Paper.", 1, False),
    ]
    assert [(c.kind, c.t) for c in call.cards] == [("dead_air", 12.0)]
    assert [(p.script_id, p.text, p.t) for p in call.copies] == [("ask", "What changed?", 13.0)]


def test_the_closing_stats_end_the_call_and_store_its_summary(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    recorder = CallRecorder(store, "call.wav")
    recorder(_final("rep", 0.5, 4.0, "Can we talk again on Thursday?"))
    recorder(_final("prospect", 5.0, 6.0, "Sure, Thursday."))
    recorder(STATS)
    recorder(_final("rep", 30.0, 31.0, "Too late to count."))
    call = store.load_call(recorder.call_id)
    assert call.status == "ended" and call.ended_at is not None and call.duration == 20.0
    assert len(call.utterances) == 2
    saved = store.load_summary(recorder.call_id)
    assert saved is not None and json.loads(saved.body)["ending"]["next_step"] is True


def test_a_store_failure_stops_recording_but_not_the_call(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    recorder = CallRecorder(store, "call.wav")
    store.close()
    recorder(_final("rep", 0.5, 4.0, "Hello?"))  # must not raise
    recorder(STATS)
    assert recorder.failure is not None and "call history" in str(recorder.failure)
