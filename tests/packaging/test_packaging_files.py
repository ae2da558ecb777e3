"""The packaging inputs that need no build: where resources are found when frozen, and the platform files."""

from __future__ import annotations

import plistlib
import struct
import subprocess
import sys
import tomllib
from configparser import ConfigParser
from pathlib import Path

import pytest

from app.shared import paths

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]


def test_resources_come_from_the_checkout_when_not_frozen() -> None:
    assert paths._resource_root() == REPO
    assert (paths.REPO_ROOT / "models" / "manifest.toml").is_file()


def test_resources_come_from_the_bundle_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths._resource_root() == tmp_path


def test_windows_version_file_matches_the_project_version() -> None:
    text = (PACKAGING / "windows" / "version_info.txt").read_text()
    numbers = (*(int(part) for part in VERSION.split(".")), 0)
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert text.count(f"'{VERSION}'") == 2


def test_desktop_entry_and_macos_entitlements() -> None:
    desktop = ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(PACKAGING / "linux" / "resetbutton.desktop")
    entry = desktop["Desktop Entry"]
    assert (entry["Type"], entry["Exec"], entry["Icon"]) == ("Application", "resetbutton", "resetbutton")
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.device.audio-input"] is True


def test_icons_render_from_the_svg(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(REPO / "assets" / "icon.svg"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "resetbutton.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ico = (tmp_path / "resetbutton.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (tmp_path / "resetbutton.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
