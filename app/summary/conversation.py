"""Turns: a stored call's utterances grouped by speaker, the unit "monologue" and "answer" are measured in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.shared.audio import Channel
from app.shared.calls import Utterance

__all__ = ["Turn", "group_turns"]


@dataclass(frozen=True)
class Turn:
    """Consecutive utterances of one channel with nothing from the other channel in between."""

    channel: Channel
    utterances: tuple[Utterance, ...]

    @property
    def start(self) -> float:
        return self.utterances[0].start

    @property
    def end(self) -> float:
        return self.utterances[-1].end

    @property
    def seconds(self) -> float:
        return self.end - self.start

    @property
    def words(self) -> int:
        return sum(u.words for u in self.utterances)

    @property
    def text(self) -> str:
        return " ".join(u.text.strip() for u in self.utterances)


def group_turns(utterances: Sequence[Utterance]) -> tuple[Turn, ...]:
    """Turns in call order (utterances sorted by start first, as a stored call's are)."""
    turns: list[Turn] = []
    run: list[Utterance] = []
    for utterance in sorted(utterances, key=lambda u: u.start):
        if run and utterance.channel != run[-1].channel:
            turns.append(Turn(run[-1].channel, tuple(run)))
            run = []
        run.append(utterance)
    if run:
        turns.append(Turn(run[-1].channel, tuple(run)))
    return tuple(turns)
