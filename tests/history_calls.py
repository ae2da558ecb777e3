"""Past calls written straight into a history store, for the history service, its windows and screenshots.

Three calls a rep might have had that week, each with a different shape: one that went well (a next step
on Thursday, no stalls), one with dead air and a copied script, and one of curt replies that ended with
no next step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from app.shared.audio import Channel
from app.shared.calls import CopiedScript, Utterance
from app.shared.events import ScriptOption
from app.store import HistoryStore

MONDAY = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=1)))
RECAP = ScriptOption(
    "dead_air.recap", "Recap and ask", "So far we've said payroll takes a day a week. What would change that?"
)

Line = tuple[Channel, float, float, str]


@dataclass(frozen=True)
class Seeded:
    good: int
    dead_air: int
    curt: int


def _write(store: HistoryStore, source: str, started: datetime, lines: list[Line]) -> int:
    call_id = store.begin_call(source, started)
    for channel, start, end, text in lines:
        store.add_utterance(call_id, Utterance(channel, start, end, text, len(text.split()), text.endswith("?")))
    return call_id


def _end(store: HistoryStore, call_id: int, started: datetime, duration: float) -> None:
    store.end_call(call_id, started + timedelta(seconds=duration), duration)


def seed_history(store: HistoryStore) -> Seeded:
    """Three ended calls, oldest first (so the history lists them newest first: curt, dead air, good)."""
    good_at, dead_at, curt_at = MONDAY, MONDAY + timedelta(hours=2), MONDAY + timedelta(days=1)
    good = _write(
        store,
        "live call",
        good_at,
        [
            ("rep", 0.5, 4.0, "Hi Dana, it's Sam from Keel. How do you run payroll today?"),
            ("prospect", 5.0, 14.0, "By hand, every other Friday, and it takes our office manager a whole day."),
            ("rep", 15.0, 18.0, "What happens when someone's hours are wrong?"),
            ("prospect", 19.0, 27.0, "We find out a week later and fix it by cheque, which people hate."),
            ("rep", 28.0, 31.0, "Shall we walk through it with your office manager on Thursday?"),
            ("prospect", 32.0, 34.0, "Thursday works, at ten."),
        ],
    )
    _end(store, good, good_at, 36.0)

    dead = _write(
        store,
        "live call",
        dead_at,
        [
            ("rep", 0.5, 5.0, "Hello, this is Sam from Keel, we help clinics with rotas."),
            ("prospect", 6.0, 8.0, "Okay, go on."),
            ("rep", 9.0, 12.0, "How many people are on your rota?"),
            ("prospect", 20.0, 24.0, "About forty, across two sites."),
            ("rep", 25.0, 28.0, "Could I send you a short comparison?"),
            ("prospect", 29.0, 30.0, "Send it over."),
        ],
    )
    card_id = store.add_card(dead, "dead_air", 17.0, "8 s of silence", (RECAP,))
    store.add_copy(dead, CopiedScript(card_id, RECAP.id, RECAP.text, 18.0))
    _end(store, dead, dead_at, 31.0)

    curt = _write(
        store,
        "live call",
        curt_at,
        [
            ("rep", 0.5, 4.0, "Hi, just checking in on the proposal I sent."),
            ("prospect", 5.0, 5.8, "Yes."),
            ("rep", 6.5, 8.0, "Did you get a chance to read it?"),
            ("prospect", 9.0, 9.6, "Not really."),
            ("rep", 10.0, 12.0, "Is pricing the concern?"),
            ("prospect", 13.0, 13.5, "Maybe."),
            ("rep", 14.0, 16.0, "Is anyone else involved?"),
            ("prospect", 17.0, 17.5, "No."),
        ],
    )
    _end(store, curt, curt_at, 18.0)
    return Seeded(good, dead, curt)
