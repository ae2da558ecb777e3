"""Synthetic stored calls with known timings, written as a script of turns."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.shared.audio import Channel
from app.shared.calls import CopiedScript, ShownCard, StoredCall, Utterance
from app.shared.events import ScriptOption

# A Tuesday, so weekday arithmetic in the tests is easy to check by hand.
TUESDAY = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def say(channel: Channel, start: float, end: float, text: str, question: bool | None = None) -> Utterance:
    """An utterance; ``question`` defaults to "has a question mark" (the store gets it from the coach's rule)."""
    return Utterance(channel, start, end, text, len(text.split()), "?" in text if question is None else question)


def card(card_id: int, kind: str, t: float, evidence: str = "evidence") -> ShownCard:
    return ShownCard(card_id, kind, t, evidence, (ScriptOption(f"{kind}-1", "Try", f"script for {kind}"),))


def call(
    *utterances: Utterance,
    cards: tuple[ShownCard, ...] = (),
    copies: tuple[CopiedScript, ...] = (),
    started_at: datetime = TUESDAY,
) -> StoredCall:
    duration = max((u.end for u in utterances), default=0.0)
    return StoredCall(1, started_at, started_at, "ended", "test.wav", duration, utterances, cards, copies)
