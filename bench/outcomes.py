"""Per-window outcomes of a coach evaluation, saved so that two versions of the coach can be compared window by
window.

Totals hide trades: a change that loses one call's window and catches another's leaves the hit count as it was
(session 19 found such a regression only by listing the misses by hand). ``--save-outcomes FILE`` on
``eval_coach_transcripts`` or ``coach_trace`` writes one line per labelled window (hit or missed) and per false
alarm; ``--compare FILE`` prints the lines that differ from a saved run:

    .venv/bin/python -m bench.coach_trace bench/traces/heldout3{0,1} --save-outcomes /tmp/before.txt
    # … change the coach …
    .venv/bin/python -m bench.coach_trace bench/traces/heldout3{0,1} --compare /tmp/before.txt
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["Outcomes"]


class Outcomes:
    """What happened to each labelled window and each false alarm, one comparable line apiece."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def window(self, call: str, kind: str, lo: float, hi: float, hit: bool) -> None:
        self.lines.append(f"{call} {kind} [{lo:.2f}, {hi:.2f}] {'hit' if hit else 'MISSED'}")

    def false_alarm(self, call: str, kind: str, t: float, evidence: str) -> None:
        self.lines.append(f"{call} {kind} FALSE ALARM at {t:.1f} s: {evidence}")

    def save(self, path: Path) -> None:
        path.write_text("".join(line + "\n" for line in sorted(self.lines)), encoding="utf-8")

    def changes_since(self, path: Path) -> list[str]:
        """The lines that differ from a saved run: ``-`` only before, ``+`` only now (empty when none changed)."""
        before = set(path.read_text(encoding="utf-8").splitlines())
        now = set(self.lines)
        return [f"- {line}" for line in sorted(before - now)] + [f"+ {line}" for line in sorted(now - before)]
