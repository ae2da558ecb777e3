"""Where Reset Button keeps its files on each platform (the platform's usual places, overridable)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["REPO_ROOT", "cache_dir", "data_dir"]

APP_DIR_NAME = "resetbutton"

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The checkout (or bundle) root holding ``models/`` and ``assets/`` beside the ``app`` package."""


def data_dir() -> Path:
    """User data: call history, pulled models. ``RESETBUTTON_DATA_DIR`` overrides; XDG is honoured on Linux."""
    override = os.environ.get("RESETBUTTON_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "ResetButton"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "ResetButton"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / APP_DIR_NAME


def cache_dir() -> Path:
    """Disposable state (verification stamps). ``XDG_CACHE_HOME`` is honoured on Linux."""
    override = os.environ.get("RESETBUTTON_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return data_dir() / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "ResetButton"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / APP_DIR_NAME
