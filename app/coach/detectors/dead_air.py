"""``dead_air``: nobody has spoken for several seconds in the middle of the call."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.coach.detectors.base import Detection
from app.coach.state import ConversationView
from app.coach.text import normalize
from app.shared.stall_rules import DEAD_AIR_SECONDS

__all__ = ["DeadAir", "DeadAirConfig"]

_FAREWELL = re.compile(
    r"\b(?:bye|goodbye|good bye|take care(?! of)|speak soon|talk soon|talk (?:to you )?(?:soon|then|later|next week)"
    r"|have a (?:good|great|nice|lovely) (?:one|day|afternoon|evening|weekend))\b"
)
"""Words that close a call: the silence after them is the call being over, not a stall (not "the plan would
take care of that", bench/heldout12's pest control call)."""


@dataclass(frozen=True)
class DeadAirConfig:
    silence_seconds: float = DEAD_AIR_SECONDS
    """Silence that counts as dead air (see :data:`app.shared.stall_rules.DEAD_AIR_SECONDS` for why 4 s)."""


class DeadAir:
    """Silence measured from voice activity (both channels quiet), so it fires without waiting for text.

    Only mid-call: both sides must have spoken, so the ring and hello at the start never count, and the
    silence after a goodbye is the call being over (the rep has not pressed stop yet).
    """

    kind = "dead_air"

    def __init__(self, config: DeadAirConfig = DeadAirConfig()) -> None:
        self.config = config

    def check(self, state: ConversationView) -> Detection | None:
        since = state.silence_since
        if since is None or not (state.has_spoken("rep") and state.has_spoken("prospect")):
            return None
        silence = state.now - since
        if silence < self.config.silence_seconds:
            return None
        if any(_FAREWELL.search(normalize(turn.text)) for turn in state.turns[-2:]):
            return None
        last = state.turns[-1] if state.turns else None
        after = " after your question" if last is not None and last.channel == "rep" and last.question else ""
        return Detection(self.kind, f"{since:.2f}", f"{silence:.0f} s of silence{after}")
