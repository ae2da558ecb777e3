"""The coach: transcript and speech-activity events in, reset cards out.

The session feeds every :class:`TranscriptEvent` and :class:`SpeechActivity` in call-time order and calls
:meth:`Coach.tick` a few times a second so silence is noticed while nobody speaks. Each call returns the
cards to pop up at that moment (at most one, by the card policy).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from app.coach.config import CoachConfig
from app.coach.detectors.base import Detection, Detector
from app.coach.detectors.curt_replies import CurtReplies
from app.coach.detectors.dead_air import DeadAir
from app.coach.detectors.feature_dump import FeatureDump
from app.coach.detectors.pushback import Pushback
from app.coach.detectors.weak_opener import WeakOpener
from app.coach.facts import call_facts
from app.coach.policy import CardPolicy
from app.coach.scripts import ScriptLibrary
from app.coach.state import ConversationState, ConversationView
from app.coach.user_config import load_user_settings
from app.coach.vocabulary import FeatureVocabulary
from app.shared.events import CardEvent, ScriptOption, SpeechActivity, TranscriptEvent
from app.shared.paths import config_dir as user_config_dir

__all__ = ["PROSPECT_SIGNALS", "Coach"]

PROSPECT_SIGNALS = frozenset({"dead_air", "feature_dump", "curt_replies", "pushback"})
"""Signals that need the prospect's channel: silence on both sides, their acknowledgements, their words."""


class Coach:
    """One call's coach. Not thread-safe: feed it from the thread that receives the call's events."""

    def __init__(
        self, config: CoachConfig | None = None, scripts: ScriptLibrary | None = None, warnings: Iterable[str] = ()
    ) -> None:
        self.config = config or CoachConfig()
        self.scripts = scripts if scripts is not None else ScriptLibrary.builtin()
        self.warnings: tuple[str, ...] = tuple(warnings)
        """Problems with the user's config files, one sentence each, for the UI or log to show."""
        cfg = self.config
        self._detectors: tuple[Detector, ...] = (
            DeadAir(cfg.dead_air),
            FeatureDump(cfg.feature_dump, FeatureVocabulary(cfg.product_terms)),
            CurtReplies(cfg.curt_replies),
            WeakOpener(cfg.weak_opener),
            Pushback(cfg.pushback),
        )
        if not cfg.prospect_heard:
            self._detectors = tuple(d for d in self._detectors if d.kind not in PROSPECT_SIGNALS)
        self._state = ConversationState()
        self._policy = CardPolicy(cfg.policy)
        self._shown: dict[CardEvent, Detection] = {}

    @classmethod
    def from_user_config(cls, config_dir: Path | None = None, config: CoachConfig | None = None) -> Coach:
        """Built-in scripts and terms plus the user's (``config_dir`` or the default config directory)."""
        settings = load_user_settings(config_dir if config_dir is not None else user_config_dir())
        base = config or CoachConfig()
        merged = replace(base, product_terms=base.product_terms + settings.product_terms)
        return cls(merged, ScriptLibrary.builtin().with_overrides(settings.script_files), settings.warnings)

    @property
    def state(self) -> ConversationView:
        return self._state

    def observe(self, event: TranscriptEvent | SpeechActivity) -> list[CardEvent]:
        self._state.apply(event)
        return self._step()

    def tick(self, t: float) -> list[CardEvent]:
        self._state.advance(t)
        return self._step()

    def is_live(self, card: CardEvent) -> bool:
        """Whether ``card`` should still be on screen now: see :mod:`app.coach.policy` for when cards expire."""
        detection = self._shown.get(card)
        if detection is None:
            return False
        current = [d for d in self._detections() if d.kind == detection.kind]
        still = any(d.stall == detection.stall for d in current)
        return self._policy.is_live(card.t, still, self._state.now)

    def _detections(self) -> list[Detection]:
        return [d for d in (detector.check(self._state) for detector in self._detectors) if d is not None]

    def _step(self) -> list[CardEvent]:
        now = self._state.now
        chosen = self._policy.select(self._detections(), now)
        if chosen is None:
            return []
        card = CardEvent(chosen.kind, now, chosen.evidence, self._scripts_for(chosen.kind))
        self._shown[card] = chosen
        return [card]

    def _scripts_for(self, kind: str) -> tuple[ScriptOption, ...]:
        """Rendered options; the lead rotates so a second card of a kind does not repeat the first one."""
        templates = self.scripts.for_kind(kind)
        if not templates:
            return ()
        turn = sum(1 for d in self._shown.values() if d.kind == kind) % len(templates)
        facts = call_facts(self._state)
        rotated = templates[turn:] + templates[:turn]
        return tuple(t.render(facts) for t in rotated[: self.config.scripts_per_card])
