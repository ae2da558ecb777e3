"""The coaching engine: conversation state, stall detectors, reset scripts and the card policy (no Qt).

Only the standard library and ``app.shared`` are used, so the coach runs the same in the CLI, the overlay
and the offline evaluation.
"""

from app.coach.coach import Coach
from app.coach.config import CoachConfig

__all__ = ["Coach", "CoachConfig"]
