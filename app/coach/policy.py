"""When a detection becomes a card: one card per stall, spaced out, the most useful one first.

Reps switch off tools that nag, so the policy is strict: a stall gets at most one card; a signal waits out
its cooldown; any two cards are at least ``min_gap_seconds`` apart, unless the new one outranks the card
just shown (an objection right after a silence card must not wait); when several stalls are seen at the same
moment only the highest-priority one is shown and the others are dropped (a later card about the same
moment would be noise); a stall that could not be shown within ``stale_after_seconds`` is dropped, because a
late card is useless. Cards also expire: ``card_ttl_seconds`` after they popped up, or earlier once the
detector no longer sees the stall (the call has moved on), but never before ``min_visible_seconds``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from app.coach.detectors.base import Detection

__all__ = ["CardPolicy", "PolicyConfig"]


@dataclass(frozen=True)
class PolicyConfig:
    min_gap_seconds: float = 6.0
    """Between any two cards. Tools that prompt every 15–30 s get switched off; cards here are tied to a
    stall, so they are rarer than that, and 6 s still lets two bad opening lines each get their card."""
    cooldown_seconds: Mapping[str, float] = field(
        default_factory=lambda: MappingProxyType(
            {"dead_air": 30.0, "feature_dump": 45.0, "curt_replies": 45.0, "pushback": 20.0, "weak_opener": 0.0}
        )
    )
    """Per signal, after a card of that signal. ``weak_opener`` needs none: it only reads the opening turns."""
    priority: tuple[str, ...] = ("pushback", "weak_opener", "dead_air", "feature_dump", "curt_replies")
    """Most useful first: an objection puts the call at risk now; an opening line is fixed in the next turn;
    silence needs words now; monologues and curt answers are slower patterns."""
    stale_after_seconds: float = 5.0
    """A stall held back (by the gap or a cooldown) longer than this is dropped instead of shown late."""
    card_ttl_seconds: float = 20.0
    min_visible_seconds: float = 4.0


class CardPolicy:
    """Decides which detection, if any, becomes a card at call time ``now``; remembers what was shown."""

    def __init__(self, config: PolicyConfig = PolicyConfig()) -> None:
        self.config = config
        self._done: set[tuple[str, str]] = set()
        self._first_seen: dict[tuple[str, str], float] = {}
        self._last_card: float | None = None
        self._last_kind = ""
        self._last_of_kind: dict[str, float] = {}

    def select(self, detections: Sequence[Detection], now: float) -> Detection | None:
        """The detection to show now, or None; the caller must show what this returns."""
        cfg = self.config
        pending: list[Detection] = []
        for detection in detections:
            if detection.key in self._done:
                continue
            first = self._first_seen.setdefault(detection.key, now)
            if now - first > cfg.stale_after_seconds:
                self._done.add(detection.key)
            else:
                pending.append(detection)
        if not pending:
            return None
        pending.sort(key=self._rank)
        allowed = pending
        if self._last_card is not None and now - self._last_card < cfg.min_gap_seconds:
            allowed = [d for d in pending if self._rank(d) < self._rank_of(self._last_kind)]
        for detection in allowed:
            last = self._last_of_kind.get(detection.kind)
            if last is None or now - last >= cfg.cooldown_seconds.get(detection.kind, 0.0):
                self._done.update(d.key for d in pending)
                self._last_card = now
                self._last_kind = detection.kind
                self._last_of_kind[detection.kind] = now
                return detection
        return None

    def is_live(self, card_time: float, still_detected: bool, now: float) -> bool:
        """Whether a card shown at ``card_time`` should still be on screen at ``now``."""
        age = now - card_time
        if age < self.config.min_visible_seconds:
            return True
        return still_detected and age < self.config.card_ttl_seconds

    def _rank(self, detection: Detection) -> int:
        return self._rank_of(detection.kind)

    def _rank_of(self, kind: str) -> int:
        order = self.config.priority
        return order.index(kind) if kind in order else len(order)
