"""Real audio through the real model and the real coach: the expected cards, inside their windows, and no others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.asr.recognizer import WhisperRecognizer
from app.asr.streaming import StreamingTranscriber
from app.audio.recording import CallRecording
from app.coach import Coach
from app.session.call import CallSession
from app.shared.events import CallEvent, CardEvent
from tests.conftest import FIXTURE_CALLS

SIGNAL_CALLS = sorted(p.stem for p in FIXTURE_CALLS.glob("sig_*.flac"))


def _cards(whisper: WhisperRecognizer, call: Path) -> list[CardEvent]:
    events: list[CallEvent] = []
    CallSession(StreamingTranscriber(whisper), Coach(), [events.append]).replay(CallRecording(call), realtime=False)
    return [e for e in events if isinstance(e, CardEvent)]


@pytest.mark.model
@pytest.mark.parametrize("name", SIGNAL_CALLS)
def test_expected_cards_fire_inside_their_windows_and_nothing_else_fires(whisper: WhisperRecognizer, name: str) -> None:
    labels = json.loads((FIXTURE_CALLS / f"{name}.json").read_text())
    cards = _cards(whisper, FIXTURE_CALLS / f"{name}.flac")
    for expected in labels["expect"]:
        hits = [c for c in cards if c.kind == expected["kind"] and expected["lo"] <= c.t <= expected["hi"]]
        assert hits, f"{expected['kind']} not raised in [{expected['lo']}, {expected['hi']}]; cards: {cards}"
    for card in cards:
        windows = [e for e in labels["expect"] if e["kind"] == card.kind and e["lo"] <= card.t <= e["hi"]]
        assert windows, f"false alarm: {card.kind} at {card.t:.1f} s ({card.evidence})"
        assert card.scripts and all(s.text and "{" not in s.text for s in card.scripts)


def test_every_signal_has_a_real_call_fixture() -> None:
    kinds = {
        e["kind"] for name in SIGNAL_CALLS for e in json.loads((FIXTURE_CALLS / f"{name}.json").read_text())["expect"]
    }
    assert kinds == {"dead_air", "feature_dump", "curt_replies", "weak_opener", "pushback"}
    assert "sig_healthy" in SIGNAL_CALLS
