"""A call as the history keeps it: the types the store writes and the summary reads.

They live in ``app.shared`` because two core layers need them and core layers never import each other: the
store builds these values from its tables, the summary computes figures from them, and neither knows the
other exists. Only what the transcript and the coach produced is here; no audio is ever part of a call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from app.shared.audio import Channel
from app.shared.events import ScriptOption

__all__ = ["CallListing", "CallStatus", "CopiedScript", "ShownCard", "StoredCall", "Utterance"]

CallStatus = Literal["live", "ended", "interrupted"]
"""``live`` while a process is writing it; ``interrupted`` when that process died before the call ended."""


@dataclass(frozen=True)
class Utterance:
    """One final of one channel, with the two text facts the summary counts (measured when it was stored)."""

    channel: Channel
    start: float
    end: float
    text: str
    words: int
    question: bool


@dataclass(frozen=True)
class ShownCard:
    """A coaching card that popped up at call time ``t``; ``id`` links the scripts copied from it."""

    id: int
    kind: str
    t: float
    evidence: str
    scripts: tuple[ScriptOption, ...]


@dataclass(frozen=True)
class CopiedScript:
    """The rep copied one script of a card at call time ``t`` (``text`` as it was on the card)."""

    card_id: int
    script_id: str
    text: str
    t: float


@dataclass(frozen=True)
class CallListing:
    """One line of the history: enough to pick a call without loading its transcript."""

    id: int
    started_at: datetime
    status: CallStatus
    source: str
    duration: float
    utterances: int
    cards: int


@dataclass(frozen=True)
class StoredCall:
    """Everything the history holds about one call. ``started_at`` is local wall time with its UTC offset."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    status: CallStatus
    source: str
    duration: float
    utterances: tuple[Utterance, ...]
    cards: tuple[ShownCard, ...]
    copies: tuple[CopiedScript, ...]
