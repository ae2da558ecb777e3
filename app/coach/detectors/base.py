"""What every detector shares: the shape of a finding and the one method a detector has."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.coach.state import ConversationView

__all__ = ["Detection", "Detector"]


@dataclass(frozen=True)
class Detection:
    """A stall a detector sees right now.

    ``stall`` names the stall (the silence's start, the utterance that pushed back, ...) so the card policy
    can show one card per stall however many times the detector keeps seeing it.
    """

    kind: str
    stall: str
    evidence: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.stall)


class Detector(Protocol):
    """Looks at the conversation and reports the stall it sees at ``state.now``, if any.

    Called after every event and tick, so it must be cheap and keep no memory of what it reported: the card
    policy owns "already shown".
    """

    kind: str
    reads_clock: bool
    """Whether :meth:`check` can change with the clock alone (it reads ``state.now`` or talk time). A detector
    that does not is only asked again when ``state.revision`` changes; its last answer stands until then."""

    def check(self, state: ConversationView) -> Detection | None: ...
