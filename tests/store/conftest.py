from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing here may touch the real history, even by default."""
    monkeypatch.setenv("RESETBUTTON_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RESETBUTTON_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("RESETBUTTON_HISTORY_DB", raising=False)
