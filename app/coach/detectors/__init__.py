"""One module per coaching signal; each detector reads the conversation state and names the stall it sees."""

from app.coach.detectors.base import Detection, Detector
from app.coach.detectors.curt_replies import CurtReplies, CurtRepliesConfig
from app.coach.detectors.dead_air import DeadAir, DeadAirConfig
from app.coach.detectors.feature_dump import FeatureDump, FeatureDumpConfig
from app.coach.detectors.pushback import Pushback, PushbackConfig
from app.coach.detectors.weak_opener import WeakOpener, WeakOpenerConfig

__all__ = [
    "CurtReplies",
    "CurtRepliesConfig",
    "DeadAir",
    "DeadAirConfig",
    "Detection",
    "Detector",
    "FeatureDump",
    "FeatureDumpConfig",
    "Pushback",
    "PushbackConfig",
    "WeakOpener",
    "WeakOpenerConfig",
]
