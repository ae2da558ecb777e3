"""Where Reset Button keeps its files on each platform (the platform's usual places, overridable)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["REPO_ROOT", "cache_dir", "config_dir", "data_dir"]

APP_DIR_NAME = "resetbutton"


def _resource_root() -> Path:
    """Where ``models/`` and ``assets/`` are: the checkout, or a PyInstaller bundle's unpacked data directory.

    In a bundle the ``app`` package lives in an archive, so its ``__file__`` is not a real place to start from;
    the bootloader publishes the data directory as ``sys._MEIPASS`` instead.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


REPO_ROOT = _resource_root()
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


def config_dir() -> Path:
    """User settings (coach scripts, product terms). ``RESETBUTTON_CONFIG_DIR`` overrides; XDG on Linux."""
    override = os.environ.get("RESETBUTTON_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "ResetButton"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "ResetButton"
    xdg = os.environ.get("XDG_CONFIG_HOME")
    return (Path(xdg) if xdg else Path.home() / ".config") / APP_DIR_NAME
