"""The CLI as a user meets it: real subprocesses, real model, bad input answered in one sentence."""

import importlib
import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from app.asr.scoring import word_errors

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "calls"


def _run(*args: str, tmp_path: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "RESETBUTTON_CACHE_DIR": str(tmp_path / "cache"),
        "RESETBUTTON_DATA_DIR": str(tmp_path / "data"),
    }
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=600, env=env, cwd=REPO
    )


def _one_sentence_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("resetbutton:")]
    assert len(lines) == 1 and fragment in lines[0], result.stderr


def _write_wav(path: Path, stereo: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(stereo.shape[1])
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(stereo, -1, 1) * 32767).astype(np.int16).tobytes())
    return path


def test_missing_call_file(tmp_path: Path) -> None:
    _one_sentence_error(_run("replay", str(tmp_path / "missing.wav"), tmp_path=tmp_path), "does not exist")


def test_a_file_that_is_not_audio(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.mp3"
    bogus.write_text("meeting notes, not audio\n" * 50)
    _one_sentence_error(_run("replay", str(bogus), tmp_path=tmp_path), "cannot be read as audio")


def test_unknown_model(tmp_path: Path) -> None:
    noise = _write_wav(tmp_path / "n.wav", np.zeros((16000, 2)))
    _one_sentence_error(_run("replay", str(noise), "--model", "gigantic.en", tmp_path=tmp_path), "Unknown model")


@pytest.mark.model
def test_a_call_with_no_speech_gives_no_text_and_a_stats_line(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    hum = 0.01 * np.sin(2 * np.pi * 120 * np.arange(16000 * 8) / 16000)
    noise = np.stack([rng.normal(0, 0.003, 16000 * 8) + hum, rng.normal(0, 0.003, 16000 * 8)], axis=1)
    result = _run("replay", str(_write_wav(tmp_path / "silence.wav", noise)), "--jsonl", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["type"] for line in lines] == ["stats"]
    assert lines[0]["audio_seconds"] == pytest.approx(8.0, abs=0.1)


@pytest.mark.model
@pytest.mark.parametrize("name", ["short_voip", "short_pstn"])
def test_replay_jsonl_transcribes_both_channels_of_a_real_call(tmp_path: Path, name: str) -> None:
    call = FIXTURES / f"{name}.flac"
    labels = json.loads((FIXTURES / f"{name}.json").read_text())
    # A socket guard proves the run is offline: any connection attempt fails the run loudly.
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(
        "import socket\n"
        "def _refuse(*a, **k):\n    raise SystemExit('network access attempted')\n"
        "socket.socket.connect = _refuse\nsocket.create_connection = _refuse\n"
    )
    result = _run("replay", str(call), "--jsonl", tmp_path=tmp_path, extra_env={"PYTHONPATH": str(guard)})
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events[-1]["type"] == "stats" and events[-1]["finals"] >= 4
    transcript = [e for e in events if e["type"] in ("partial", "final")]
    assert {e["type"] for e in events} <= {"partial", "final", "card", "stats"}
    for event in transcript:
        assert set(event) == {"type", "channel", "start", "end", "text", "emitted"}
        assert event["channel"] in ("rep", "prospect")
        assert event["start"] < event["end"] <= event["emitted"] + 1e-3
    for channel in ("rep", "prospect"):
        reference = " ".join(t["text"] for t in labels["turns"] if t["who"] == channel)
        heard = " ".join(e["text"] for e in events if e["type"] == "final" and e["channel"] == channel)
        errors, words = word_errors(reference, heard)
        assert errors / words <= 0.15, (channel, heard)
        partials = [e for e in events if e["type"] == "partial" and e["channel"] == channel]
        assert partials, "no partial text while speaking"


def test_models_lists_the_embedded_model_in_use(tmp_path: Path) -> None:
    result = _run("models", tmp_path=tmp_path)
    assert result.returncode == 0
    assert any(line.startswith("* tiny.en") and "embedded" in line for line in result.stdout.splitlines())


def test_a_broken_model_directory_is_one_sentence(tmp_path: Path) -> None:
    model = tmp_path / "model"
    model.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json"):
        (model / name).write_text("{")
    call = _write_wav(tmp_path / "c.wav", np.zeros((16000, 2)))
    _one_sentence_error(_run("replay", str(call), "--model", str(model), tmp_path=tmp_path), "could not be loaded")


def test_an_internal_error_is_one_sentence_unless_debugging(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_main = importlib.import_module("app.cli.main")

    def broken(args: object) -> int:
        raise RuntimeError("the flux capacitor")

    monkeypatch.setattr(cli_main.models, "run", broken)
    monkeypatch.delenv("RESETBUTTON_DEBUG", raising=False)
    assert cli_main.main(["models"]) == 70
    err = capsys.readouterr().err
    assert err.count("resetbutton:") == 1 and "flux capacitor" in err and "RESETBUTTON_DEBUG=1" in err
    monkeypatch.setenv("RESETBUTTON_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli_main.main(["models"])
