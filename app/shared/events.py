"""Every event a call produces, in one module.

The session, the CLI's JSON lines, the overlay and the store all speak these types, so a new kind of
event (a coaching card, say) is added here once and every consumer sees the same shape.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal

from app.shared.audio import Channel

__all__ = [
    "CallEvent",
    "CardEvent",
    "LevelEvent",
    "ScriptOption",
    "SpeechActivity",
    "StatsEvent",
    "TranscriptEvent",
    "event_to_json",
]


@dataclass(frozen=True)
class TranscriptEvent:
    """Text for one stretch of one channel.

    A ``partial`` is provisional (the speaker is still talking, the text may still change after its stable
    prefix); a ``final`` is the settled text of a whole utterance. Times are seconds of call time; ``emitted``
    is how much call audio had been fed in when the event was produced, so ``emitted - end`` is the latency.
    """

    type: Literal["partial", "final"]
    channel: Channel
    start: float
    end: float
    text: str
    emitted: float


@dataclass(frozen=True)
class SpeechActivity:
    """A channel started or stopped speaking (voice activity, before any text exists).

    The coach needs to know who holds the floor right now, not only what was said once it is transcribed.
    """

    type: Literal["activity"]
    channel: Channel
    speaking: bool
    t: float


@dataclass(frozen=True)
class LevelEvent:
    """How loud one channel's input was over the last stretch of audio ending at call time ``t``.

    The overlay's level meters show the rep that each side is actually being heard (a muted headset or a
    wrong device is visible at a glance); it is cheap and only emitted when a session asks for it.
    """

    type: Literal["level"]
    channel: Channel
    t: float
    rms_db: float


@dataclass(frozen=True)
class StatsEvent:
    """The closing figures of a run: what it cost and what it had to give up."""

    audio_seconds: float
    cpu_seconds: float
    wall_seconds: float
    partials: int
    finals: int
    partials_skipped: int
    queue_overflows: int
    model: str
    type: Literal["stats"] = field(default="stats")


@dataclass(frozen=True)
class ScriptOption:
    """One reset script on a card: what the rep can say, ready to copy."""

    id: str
    title: str
    text: str


@dataclass(frozen=True)
class CardEvent:
    """The coach noticed a stall at call time ``t``; ``evidence`` says why in a short quote or figure."""

    kind: str
    t: float
    evidence: str
    scripts: tuple[ScriptOption, ...]
    type: Literal["card"] = field(default="card")


CallEvent = TranscriptEvent | SpeechActivity | LevelEvent | CardEvent | StatsEvent


def event_to_json(event: CallEvent) -> str:
    """One JSON line for ``replay --jsonl`` and ``--events-log``; floats rounded to milliseconds."""
    data = asdict(event)
    for key, value in data.items():
        if isinstance(value, float):
            data[key] = round(value, 3)
    ordered = {"type": data.pop("type"), **data}
    return json.dumps(ordered, ensure_ascii=False)
