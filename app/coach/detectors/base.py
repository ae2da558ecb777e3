"""What every detector shares: the shape of a finding and the one method a detector has."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from app.coach.state import ConversationView

__all__ = ["Detection", "Detector", "PerRevision"]

T = TypeVar("T")


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

    def check(self, state: ConversationView) -> Detection | None: ...


class PerRevision(Generic[T]):
    """What a detector derives from what was said, kept until the state's revision changes.

    Detectors are asked on every audio block (20 times a second) but what was said changes a few times a
    second, so the reading of the words is done once per revision and only the clock is looked at in between.
    """

    def __init__(self, derive: Callable[[ConversationView], T]) -> None:
        self._derive = derive
        self._kept: tuple[ConversationView, int, T] | None = None

    def __call__(self, state: ConversationView) -> T:
        if self._kept is None or self._kept[0] is not state or self._kept[1] != state.revision:
            self._kept = (state, state.revision, self._derive(state))
        return self._kept[2]
