"""Shared fixtures: the real embedded model loaded once per test session, and private user directories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.asr.models import resolve_model
from app.asr.recognizer import WhisperRecognizer

FIXTURE_CALLS = Path(__file__).parent / "fixtures" / "calls"


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real home: data, cache and config live in a temporary directory."""
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("RESETBUTTON_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("RESETBUTTON_CACHE_DIR", str(root / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    yield


@pytest.fixture(scope="session")
def whisper() -> WhisperRecognizer:
    """The real embedded tiny.en, loaded once: accuracy tests never mock the model."""
    recognizer = WhisperRecognizer(resolve_model())
    recognizer.load()
    return recognizer
