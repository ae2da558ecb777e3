"""How long the bundled overlay takes from launch to "Listening", measured from outside the app.

The bundle replays a short call in its window (``--replay CALL --quit-after-replay --events-log LOG``). A
replay feeds audio at wall-clock speed from the moment the call starts listening, and every logged event
carries ``emitted``, the call audio fed in when it was produced. So the wall time of the first event minus
its ``emitted`` is when listening began, plus that one decode's latency: the figure is an upper bound.

    .venv/bin/python packaging/startup_time.py [--runs 3] [--drop-caches]

``--drop-caches`` empties the kernel's page cache before each run (root only) for a true cold start. Runs
under ``$DISPLAY``, or starts Xvfb when there is none.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXECUTABLE = ROOT / "dist" / "resetbutton" / "resetbutton"
CALL = ROOT / "tests" / "fixtures" / "calls" / "short_voip.flac"


@contextmanager
def display() -> Iterator[str]:
    """``$DISPLAY``, or a private Xvfb server for the duration."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        raise SystemExit("startup_time: no $DISPLAY and no Xvfb (apt-get install xvfb)")
    number = next(n for n in range(150, 250) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"])
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("startup_time: Xvfb did not start")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def seconds_to_listening(executable: Path, call: Path, display_name: str, home: Path) -> float:
    """One launch, in a clean environment (no Python on PATH, an empty home), until the first shown event."""
    log = home / "events.jsonl"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "DISPLAY": display_name, "RESETBUTTON_DATA_DIR": str(home)}
    started = time.monotonic()
    process = subprocess.Popen(
        [str(executable), "--replay", str(call), "--quit-after-replay", "--events-log", str(log)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while True:
            text = log.read_text() if log.exists() else ""
            if "\n" in text:
                seen = time.monotonic()
                first = json.loads(text.splitlines()[0])
                return seen - started - float(first["emitted"])
            if process.poll() is not None:
                raise SystemExit(f"startup_time: the app exited {process.returncode} first:\n{process.stderr.read()}")
            time.sleep(0.005)
    finally:
        process.terminate()
        process.wait(timeout=30)


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--executable", type=Path, default=EXECUTABLE)
    parser.add_argument("--call", type=Path, default=CALL)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--drop-caches", action="store_true", help="empty the page cache before each run (root)")
    args = parser.parse_args()
    with display() as display_name:
        for run in range(1, args.runs + 1):
            if args.drop_caches:
                drop_caches()
            with tempfile.TemporaryDirectory() as home:
                seconds = seconds_to_listening(args.executable, args.call, display_name, Path(home))
            print(f"run {run}: listening after at most {seconds:.2f} s")


if __name__ == "__main__":
    main()
