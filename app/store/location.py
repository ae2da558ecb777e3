"""Where the call history lives: ``history.db`` in the user data directory unless a setting says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from app.shared.paths import data_dir

__all__ = ["HISTORY_DB_ENV", "default_history_path"]

HISTORY_DB_ENV = "RESETBUTTON_HISTORY_DB"
"""A full path to the history file; for a user who keeps call notes elsewhere (an encrypted volume, say)."""


def default_history_path() -> Path:
    override = os.environ.get(HISTORY_DB_ENV)
    return Path(override) if override else data_dir() / "history.db"
