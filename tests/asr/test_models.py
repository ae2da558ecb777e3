import shutil
from pathlib import Path

import numpy as np
import pytest

from app.asr import models
from app.asr.models import DEFAULT_MODEL, list_models, resolve_model
from app.asr.recognizer import DecodeOptions, WhisperRecognizer
from app.shared.errors import ModelError


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESETBUTTON_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("RESETBUTTON_DATA_DIR", str(tmp_path / "data"))


def test_the_embedded_model_is_present_and_verified() -> None:
    info = {m.name: m for m in list_models()}[DEFAULT_MODEL]
    assert info.embedded and info.available and len(info.sha256) == 64
    resolved = resolve_model()
    assert (resolved.path / "model.bin").stat().st_size == info.size


def test_a_corrupt_embedded_model_is_refused_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = resolve_model().path
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(real / name, broken / name)
    (broken / "model.bin").write_bytes(b"\0" * 1024)
    monkeypatch.setattr(models, "_embedded_dir", lambda: broken)
    with pytest.raises(ModelError, match=r"model\.bin is corrupt"):
        resolve_model(DEFAULT_MODEL)


def test_verification_is_remembered_until_the_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    weights = tmp_path / "model.bin"
    weights.write_bytes(b"weights")
    expected = models.sha256_of(weights)
    calls: list[Path] = []
    real_hash = models.sha256_of
    monkeypatch.setattr(models, "sha256_of", lambda p: calls.append(p) or real_hash(p))
    models.verify_weights(weights, expected)
    models.verify_weights(weights, expected)
    assert len(calls) == 1
    weights.write_bytes(b"tampered")
    with pytest.raises(ModelError):
        models.verify_weights(weights, expected)


def test_unknown_names_and_incomplete_directories_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"Unknown model 'huge\.en'"):
        resolve_model("huge.en")
    (tmp_path / "model.bin").write_bytes(b"x")
    with pytest.raises(ModelError, match=r"has no config\.json"):
        resolve_model(str(tmp_path))
    with pytest.raises(ModelError, match="not downloaded"):
        resolve_model("base.en")


def test_garbage_weights_fail_to_load_with_a_clear_error(tmp_path: Path) -> None:
    real = resolve_model().path
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(real / name, tmp_path / name)
    (tmp_path / "model.bin").write_bytes(b"not a model")
    recognizer = WhisperRecognizer(resolve_model(str(tmp_path)))
    with pytest.raises(ModelError, match="could not be loaded"):
        recognizer.recognize(np.zeros(16000, np.float32), DecodeOptions())
