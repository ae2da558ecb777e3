"""Running a command in a fresh child process and measuring its CPU time and peak memory.

``os.wait4`` returns the resource usage of that one child (unlike ``RUSAGE_CHILDREN``, which accumulates
the maximum over every child this process ever waited for), so each measurement is the child's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

__all__ = ["REPO_ROOT", "ChildRun", "resetbutton_command", "run_child"]

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class ChildRun:
    stdout: str
    stderr: str
    returncode: int
    cpu_seconds: float
    """User + system time of the child, every thread, start-up and model load included."""
    peak_rss_mb: float
    wall_seconds: float


def resetbutton_command() -> list[str]:
    """The ``resetbutton`` script of the interpreter running the bench (the project's venv)."""
    script = Path(sys.executable).parent / "resetbutton"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "app"]


def run_child(command: list[str]) -> ChildRun:
    """Run ``command`` to completion from the repository root; its own CPU time and peak RSS come with it."""
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    with ThreadPoolExecutor(max_workers=1) as pool:
        stderr = pool.submit(proc.stderr.read)
        stdout = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        return ChildRun(
            stdout=stdout,
            stderr=stderr.result(),
            returncode=proc.returncode,
            cpu_seconds=usage.ru_utime + usage.ru_stime,
            peak_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
            wall_seconds=time.monotonic() - started,
        )
