"""Every tunable of the coach in one frozen value, so a session can build, log and compare configurations."""

from __future__ import annotations

from dataclasses import dataclass

from app.coach.detectors.curt_replies import CurtRepliesConfig
from app.coach.detectors.dead_air import DeadAirConfig
from app.coach.detectors.feature_dump import FeatureDumpConfig
from app.coach.detectors.pushback import PushbackConfig
from app.coach.detectors.weak_opener import WeakOpenerConfig
from app.coach.policy import PolicyConfig

__all__ = ["CoachConfig"]


@dataclass(frozen=True)
class CoachConfig:
    dead_air: DeadAirConfig = DeadAirConfig()
    feature_dump: FeatureDumpConfig = FeatureDumpConfig()
    curt_replies: CurtRepliesConfig = CurtRepliesConfig()
    weak_opener: WeakOpenerConfig = WeakOpenerConfig()
    pushback: PushbackConfig = PushbackConfig()
    policy: PolicyConfig = PolicyConfig()
    product_terms: tuple[str, ...] = ()
    """The user's own product and feature names, counted by ``feature_dump`` besides the built-in terms."""
    scripts_per_card: int = 3
    """Options on one card: enough to pick a voice, few enough to read mid-call."""
    prospect_heard: bool = True
    """False in single-microphone mode (no far-end capture): the signals that read the prospect's channel
    (dead air, feature dump, curt replies, pushback) are off rather than guessing from the rep alone."""
