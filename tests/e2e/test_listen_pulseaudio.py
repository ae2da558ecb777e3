"""`resetbutton listen` on real audio devices: a recorded call played into two PulseAudio null sinks.

Channel 0 of the call (the rep) plays into one sink and channel 1 (the prospect) into the other; listen
records the two monitors through the app's own capture code, as it would a headset and the call app's
output. The transcript of each channel and the coaching card must match what the call contains.
"""

import json
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np

from app.asr.scoring import word_errors
from app.audio.recording import CallRecording
from tests.e2e.conftest import Pulse

REPO = Path(__file__).resolve().parents[2]
CALL = REPO / "tests" / "fixtures" / "calls" / "sig_pushback.flac"
TIMEOUT = 240.0
"""Hard limit for the whole run (model load, 34 s of call, finalising); every wait below is bounded by it."""


def _split(call: Path, out: Path) -> dict[str, Path]:
    """One 16 kHz mono wav per channel, for paplay."""
    recording = CallRecording(call)
    parts: dict[str, list[np.ndarray]] = {channel: [] for channel in recording.channels}
    for block in recording.blocks():
        parts[block.channel].append(block.samples)
    paths = {}
    for channel, blocks in parts.items():
        paths[channel] = out / f"{channel}.wav"
        with wave.open(str(paths[channel]), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes((np.clip(np.concatenate(blocks), -1, 1) * 32767).astype(np.int16).tobytes())
    return paths


def test_listen_on_two_monitors_hears_both_sides_and_raises_the_pushback_card(pulse: Pulse, tmp_path: Path) -> None:
    pulse.add_sink("rep_sink")
    pulse.add_sink("far_sink")
    wavs = _split(CALL, tmp_path)
    deadline = time.monotonic() + TIMEOUT
    env = {**pulse.env, "RESETBUTTON_DATA_DIR": str(tmp_path / "data"), "RESETBUTTON_CACHE_DIR": str(tmp_path / "c")}
    command = ["-m", "app", "listen", "--mic", "rep_sink.monitor", "--far", "far_sink.monitor", "--jsonl", "--no-store"]
    listen = subprocess.Popen(
        [sys.executable, *command, "--seconds", str(TIMEOUT)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    players: list[subprocess.Popen[bytes]] = []
    try:
        assert listen.stderr is not None
        line = listen.stderr.readline()  # the model is loaded and capture is opening
        assert "listening to" in line, line + listen.stderr.read()
        time.sleep(3.0)  # a monitor stream delivers its first block a second or two after it is opened
        players = [
            subprocess.Popen(["paplay", "-d", sink, str(wavs[channel])], env=pulse.env)
            for channel, sink in (("rep", "rep_sink"), ("prospect", "far_sink"))
        ]
        for player in players:
            assert player.wait(timeout=deadline - time.monotonic()) == 0
        time.sleep(1.5)  # the call's last words reach the monitors
        listen.send_signal(signal.SIGINT)  # how a rep ends a live call
        out, err = listen.communicate(timeout=deadline - time.monotonic())
    finally:
        for process in (listen, *players):
            if process.poll() is None:
                process.kill()
                process.wait()
    assert listen.returncode == 0, err + out[-600:]
    assert "Traceback" not in err
    events = [json.loads(line) for line in out.splitlines()]
    assert events[-1]["type"] == "stats" and events[-1]["queue_overflows"] == 0
    labels = json.loads(CALL.with_suffix(".json").read_text())
    for channel in ("rep", "prospect"):
        reference = " ".join(t["text"] for t in labels["turns"] if t["who"] == channel)
        hypothesis = " ".join(e["text"] for e in events if e["type"] == "final" and e["channel"] == channel)
        errors, words = word_errors(reference, hypothesis)
        assert errors / words <= 0.25, f"{channel}: WER {errors / words:.2f}: {hypothesis!r}"
    assert [e["kind"] for e in events if e["type"] == "card"] == ["pushback"]
