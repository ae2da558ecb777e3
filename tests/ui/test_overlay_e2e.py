"""The real app under Xvfb: a recorded call through the real pipeline and model into the overlay.

Two runs side by side (light at 100 %, dark at 200 %) each save screenshots from inside the app under
``tests/artifacts/overlay/`` for a person to look at, the summary that opens when the call ends and the
history window (over a few earlier calls) included; the test checks what the window says it showed and
that the call was kept in the history.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import HistoryStore
from tests.history_calls import seed_history

REPO = Path(__file__).resolve().parents[2]
CALL = REPO / "tests" / "fixtures" / "calls" / "sig_pushback.flac"
ARTIFACTS = REPO / "tests" / "artifacts" / "overlay"
VARIANTS = {"light-100": ("light", "1"), "dark-200": ("dark", "2")}

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (./dev test installs it)"),
]


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def display() -> object:
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert server.poll() is None, "Xvfb exited"
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.1)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_replaying_a_call_in_the_overlay(display: str, tmp_path: Path) -> None:
    runs = {}
    for name, (theme, scale) in VARIANTS.items():
        config = tmp_path / name / "config"
        (config / "resetbutton").mkdir(parents=True)
        (config / "resetbutton" / "overlay.ini").write_text(f"[look]\ntheme={theme}\n")
        shots = ARTIFACTS / name
        shutil.rmtree(shots, ignore_errors=True)
        data = tmp_path / name / "data"
        with HistoryStore(data / "history.db") as store:
            seed_history(store)
        log = tmp_path / name / "events.jsonl"
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_SCALE_FACTOR": scale,
            "XDG_CONFIG_HOME": str(config),
            "RESETBUTTON_DATA_DIR": str(data),
            "RESETBUTTON_SCREENSHOT_DIR": str(shots),
        }
        command = [sys.executable, "-m", "app", "--replay", str(CALL), "--quit-after-replay", "--events-log", str(log)]
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        runs[name] = (process, log, shots, data)

    for name, (process, log, shots, data) in runs.items():
        _, err = process.communicate(timeout=180)
        assert process.returncode == 0, f"{name}: exit {process.returncode}\n{err}"
        events = [json.loads(line) for line in log.read_text().splitlines()]
        finals = [e for e in events if e["type"] == "final"]
        assert {e["channel"] for e in finals} == {"rep", "prospect"}, name
        assert any("interested" in e["text"].lower() for e in finals if e["channel"] == "prospect"), name
        assert any(e["type"] == "card" and e["kind"] == "pushback" for e in events), name
        assert {e["type"] for e in events} <= {"partial", "final", "card"}, name
        for shot in ("listening", "card", "collapsed", "summary", "history"):
            assert (shots / f"{shot}.png").stat().st_size > 2000, f"{name}: {shot}.png missing or empty"
        with HistoryStore(data / "history.db") as store:
            latest = store.load_call(store.latest_call_id())
        assert (latest.status, latest.source) == ("ended", CALL.name), name
        assert any(c.kind == "pushback" for c in latest.cards), name
        assert {u.channel for u in latest.utterances} == {"rep", "prospect"}, name
