import sys
from pathlib import Path

import pytest

from app.coach import Coach
from app.coach.user_config import load_user_settings
from app.shared.paths import config_dir


def test_config_dir_override_and_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RESETBUTTON_CONFIG_DIR", str(tmp_path / "here"))
    assert config_dir() == tmp_path / "here"
    monkeypatch.delenv("RESETBUTTON_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert config_dir() == tmp_path / "xdg" / "resetbutton"


def test_a_broken_user_file_is_reported_and_the_defaults_still_load(tmp_path: Path) -> None:
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "broken.toml").write_text('kind = "pushback"\n[[script]\n', encoding="utf-8")
    (tmp_path / "scripts" / "good.toml").write_text(
        'kind = "pushback"\n[[script]]\nid = "pushback.mine"\ntitle = "Mine"\ntext = "Fair enough."\n', encoding="utf-8"
    )
    (tmp_path / "coach.toml").write_text('product_terms = "SmartSync"\n', encoding="utf-8")
    coach = Coach.from_user_config(tmp_path)
    assert len(coach.warnings) == 2
    assert "broken.toml" in coach.warnings[0] and "built-in scripts are still used" in coach.warnings[0]
    assert "product_terms must be a list" in coach.warnings[1]
    ids = [t.id for t in coach.scripts.for_kind("pushback")]
    assert "pushback.mine" in ids and "pushback.what_made_you" in ids


def test_product_terms_from_the_user_reach_the_config(tmp_path: Path) -> None:
    (tmp_path / "coach.toml").write_text('product_terms = ["SmartSync", "Pulse Boards"]\n', encoding="utf-8")
    assert load_user_settings(tmp_path).product_terms == ("SmartSync", "Pulse Boards")
    coach = Coach.from_user_config(tmp_path)
    assert coach.config.product_terms == ("SmartSync", "Pulse Boards") and coach.warnings == ()


def test_a_missing_config_dir_is_fine(tmp_path: Path) -> None:
    coach = Coach.from_user_config(tmp_path / "nope")
    assert coach.warnings == () and len(coach.scripts) >= 15
