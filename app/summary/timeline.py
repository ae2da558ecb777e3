"""Where the call stalled, in order: each card the coach showed with the scripts the rep copied from it,
plus any dead air or curt streak the figures found that no card covered (a card may have been held back by
the card policy, or the call ran without the coach)."""

from __future__ import annotations

from dataclasses import dataclass

from app.shared.calls import CopiedScript, ShownCard, StoredCall
from app.summary.figures import CallFigures

__all__ = ["STALL_LABELS", "Stall", "build_timeline"]

STALL_LABELS = {
    "dead_air": "Dead air",
    "feature_dump": "Feature dump",
    "curt_replies": "Curt replies",
    "weak_opener": "Weak opener",
    "pushback": "Pushback",
}
"""Names for the coach's card kinds (the kinds are plain strings on the stored cards)."""

_CARD_SLACK = 3.0
"""A card counts for a measured stall if it popped up during it or within this many seconds after (a
card fires once the final that completes the stall is transcribed, a second or two after it was said)."""


@dataclass(frozen=True)
class Stall:
    t: float
    kind: str
    evidence: str
    card: ShownCard | None
    scripts_used: tuple[CopiedScript, ...]

    @property
    def label(self) -> str:
        return STALL_LABELS.get(self.kind, self.kind.replace("_", " ").capitalize())


def build_timeline(call: StoredCall, figures: CallFigures) -> tuple[Stall, ...]:
    stalls = [Stall(c.t, c.kind, c.evidence, c, tuple(p for p in call.copies if p.card_id == c.id)) for c in call.cards]
    measured = [("dead_air", s.start, s.end, f"{s.seconds:.0f} s of silence") for s in figures.dead_air]
    measured += [
        ("curt_replies", s.start, s.end, " · ".join(f"“{r}”" for r in s.replies)) for s in figures.curt_streaks
    ]
    for kind, start, end, evidence in measured:
        covered = any(c.kind == kind and start <= c.t <= end + _CARD_SLACK for c in call.cards)
        if not covered:
            stalls.append(Stall(start, kind, evidence, None, ()))
    return tuple(sorted(stalls, key=lambda s: s.t))
