"""``dead_air``: nobody has spoken for several seconds in the middle of the call."""

from __future__ import annotations

from dataclasses import dataclass

from app.coach.detectors.base import Detection
from app.coach.state import ConversationView

__all__ = ["DeadAir", "DeadAirConfig"]


@dataclass(frozen=True)
class DeadAirConfig:
    silence_seconds: float = 4.0
    """Silence that counts as dead air. A normal gap between speakers is ~0.25 s and a 2–3 s pause after a
    question is healthy thinking time that must not fire; contact-centre analytics flag silence beyond ~5 s.
    The card shows at 4 s so the rep has the words in hand by the time the silence turns awkward."""


class DeadAir:
    """Silence measured from voice activity (both channels quiet), so it fires without waiting for text.

    Only mid-call: both sides must have spoken, so the ring and hello at the start never count.
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
        last = state.turns[-1] if state.turns else None
        after = " after your question" if last is not None and last.channel == "rep" and last.question else ""
        return Detection(self.kind, f"{since:.2f}", f"{silence:.0f} s of silence{after}")
