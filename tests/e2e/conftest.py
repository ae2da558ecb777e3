"""A private PulseAudio daemon with two null sinks: real audio devices on a machine with no sound card.

As root PulseAudio needs its own ``XDG_RUNTIME_DIR`` (and ``HOME`` for its cookie) and
``--exit-idle-time=-1``; ``-n`` skips the system's default.pa so only what the tests load is there. The
daemon is killed at teardown whatever the test did.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Pulse:
    env: dict[str, str]

    def pactl(self, *args: str) -> str:
        return subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, check=True, timeout=10
        ).stdout

    def add_sink(self, name: str) -> str:
        """Load a null sink; its monitor source is ``NAME.monitor``. Returns the module id."""
        return self.pactl("load-module", "module-null-sink", f"sink_name={name}").strip()


@pytest.fixture(scope="module")
def pulse() -> Iterator[Pulse]:
    missing = [tool for tool in ("pulseaudio", "pactl", "paplay") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"PulseAudio is not installed ({', '.join(missing)} missing); `./dev test` installs it")
    root = Path(tempfile.mkdtemp(prefix="rb-pulse-"))  # short: the socket path must fit in 108 bytes
    (root / "run").mkdir(mode=0o700)
    (root / "home").mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(root / "run"), "HOME": str(root / "home")}
    env.pop("PULSE_SERVER", None)
    subprocess.run(
        ["pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--disable-shm=true", "--load=module-native-protocol-unix"],
        env=env,
        check=True,
        timeout=20,
        capture_output=True,
    )
    pid = int((root / "run" / "pulse" / "pid").read_text().strip())  # written before -D returns
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=10).returncode != 0:
            assert time.monotonic() < deadline, "the private PulseAudio daemon did not come up"
            time.sleep(0.1)
        yield Pulse(env)
    finally:
        subprocess.run(["pulseaudio", "-k"], env=env, capture_output=True, timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(root, ignore_errors=True)
