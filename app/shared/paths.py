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


def _user_dir(override: str, xdg: str, xdg_default: Path, windows: Path, macos: Path) -> Path:
    """The environment override, else the platform's usual place (XDG's variable on Linux and BSDs)."""
    chosen = os.environ.get(override)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        return windows
    if sys.platform == "darwin":
        return macos
    base = os.environ.get(xdg)
    return (Path(base) if base else xdg_default) / APP_DIR_NAME


def data_dir() -> Path:
    """User data: call history, pulled models. ``RESETBUTTON_DATA_DIR`` overrides; XDG is honoured on Linux."""
    local = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    return _user_dir(
        "RESETBUTTON_DATA_DIR",
        "XDG_DATA_HOME",
        Path.home() / ".local" / "share",
        windows=local / "ResetButton",
        macos=Path.home() / "Library" / "Application Support" / "ResetButton",
    )


def cache_dir() -> Path:
    """Disposable state (verification stamps). ``XDG_CACHE_HOME`` is honoured on Linux."""
    local = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    return _user_dir(
        "RESETBUTTON_CACHE_DIR",
        "XDG_CACHE_HOME",
        Path.home() / ".cache",
        windows=local / "ResetButton" / "cache",
        macos=Path.home() / "Library" / "Caches" / "ResetButton",
    )


def config_dir() -> Path:
    """User settings (coach scripts, product terms). ``RESETBUTTON_CONFIG_DIR`` overrides; XDG on Linux."""
    roaming = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    return _user_dir(
        "RESETBUTTON_CONFIG_DIR",
        "XDG_CONFIG_HOME",
        Path.home() / ".config",
        windows=roaming / "ResetButton",
        macos=Path.home() / "Library" / "Application Support" / "ResetButton",
    )
