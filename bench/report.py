"""Figures and Markdown shared by the benchmark scripts: WER tallies, percentiles, tables, RESULTS.md."""

from __future__ import annotations

import os
import platform
import re
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from app.asr.scoring import word_errors

__all__ = [
    "RESULTS_PATH",
    "ErrorTally",
    "code_version",
    "fmt",
    "machine_description",
    "markdown_table",
    "percentile",
    "text_table",
    "update_results_section",
]

RESULTS_PATH = Path(__file__).resolve().parent / "RESULTS.md"


@dataclass
class ErrorTally:
    """Word errors and reference words, summed so that WER can be pooled across calls."""

    errors: int = 0
    words: int = 0

    def add(self, reference: str, hypothesis: str) -> ErrorTally:
        errors, words = word_errors(reference, hypothesis)
        self.errors += errors
        self.words += words
        return self

    def __iadd__(self, other: ErrorTally) -> ErrorTally:
        self.errors += other.errors
        self.words += other.words
        return self

    @property
    def rate(self) -> float:
        return self.errors / self.words if self.words else 0.0


def percentile(values: list[float], q: float) -> float | None:
    return float(np.percentile(values, q)) if values else None


def fmt(value: float | None, spec: str = ".2f", suffix: str = "") -> str:
    return "—" if value is None else f"{value:{spec}}{suffix}"


def machine_description() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{model}, {os.cpu_count()} cores, {date} (load average at start: {load})"


def code_version() -> str:
    """The commit measured, and whether the app's working tree differed from it (it often does mid-work)."""
    root = Path(__file__).resolve().parents[1]

    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
        return result.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "app", "pyproject.toml")
    return f"commit {commit}" + (" with uncommitted changes in app/" if dirty else "")


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in [header, *rows])


def update_results_section(key: str, markdown: str, path: Path = RESULTS_PATH) -> None:
    """Replace (or append) the section between this script's markers, keeping the other scripts' sections."""
    begin, end = f"<!-- {key}:begin -->", f"<!-- {key}:end -->"
    block = f"{begin}\n{markdown.strip()}\n{end}"
    text = (
        path.read_text()
        if path.is_file()
        else "# Benchmark results\n\nWritten by the scripts in `bench/` (see bench/README.md).\n"
    )
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text)
