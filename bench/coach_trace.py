"""What the coach was fed on a real-pipeline run, saved so a changed coach can be scored on the same input.

``eval_coach.py --trace-dir DIR`` writes one ``CALL.trace.jsonl.xz`` per call: every transcript event, speech
activity and clock tick the coach received from the real pipeline (real audio, tiny.en, wall-clock timing),
in the order it received them. Replaying a trace into a fresh coach gives the cards the current coach would
show on exactly what the model heard then, in seconds instead of a 25-minute real-time run, so a fix for a
misheard line can be checked on the words as heard. It is a development aid: the reported figures still come
from ``eval_coach.py`` itself, since a changed pipeline hears differently. A trace is xz-compressed (about 5 kB
a call) and names its labels file relative to itself, so traces are committed in ``bench/traces/`` and replay
in a fresh clone.

    .venv/bin/python -m bench.coach_trace bench/traces/heldout30    # score every trace in a folder
    .venv/bin/python -m bench.coach_trace bench/traces/heldout30 --show hu_san_ignacio   # its heard text too

``--save-outcomes``/``--compare`` list the windows a change gained or lost (see ``bench/outcomes.py``).

Plain ``.trace.jsonl`` files naming their labels by absolute path (the format before session 18) still load.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import sys
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.coach import Coach
from app.shared.events import CardEvent, SpeechActivity, TranscriptEvent
from bench.eval_coach_transcripts import Tally, add_outcome_options, print_tallies, report_outcomes, score
from bench.outcomes import Outcomes

__all__ = ["TRACE_SUFFIX", "CoachInput", "TracingCoach", "load_trace", "replay_trace", "trace_files"]

CoachInput = TranscriptEvent | SpeechActivity | float
"""One thing the coach received: an event it observed, or the call time of a tick."""

TRACE_SUFFIX = ".trace.jsonl.xz"
_SUFFIXES = (TRACE_SUFFIX, ".trace.jsonl")


class TracingCoach(Coach):
    """The real coach, remembering everything it was fed."""

    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[CoachInput] = []

    def observe(self, event: TranscriptEvent | SpeechActivity) -> list[CardEvent]:
        self.inputs.append(event)
        return super().observe(event)

    def tick(self, t: float) -> list[CardEvent]:
        self.inputs.append(t)
        return super().tick(t)

    def save(self, path: Path, labels: Path) -> None:
        """The trace, xz-compressed, headed by the labels file it belongs to (relative to the trace's folder)."""
        lines = [json.dumps({"labels": os.path.relpath(labels.resolve(), path.parent.resolve())})]
        lines += [json.dumps({"tick": i} if isinstance(i, float) else asdict(i)) for i in self.inputs]
        with lzma.open(path, "wt") as out:
            out.write("\n".join(lines) + "\n")


def load_trace(path: Path) -> tuple[Path, list[CoachInput]]:
    """The labels file and the inputs of a saved trace (compressed or not)."""
    text = lzma.decompress(path.read_bytes()).decode() if path.suffix == ".xz" else path.read_text()
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    inputs: list[CoachInput] = []
    for row in rows[1:]:
        if "tick" in row:
            inputs.append(float(row["tick"]))
        elif row["type"] == "activity":
            inputs.append(SpeechActivity(**row))
        else:
            inputs.append(TranscriptEvent(**row))
    return (path.parent / rows[0]["labels"]).resolve(), inputs


def trace_files(paths: list[Path]) -> list[Path]:
    """The trace files named, and those in the folders named, in order."""
    return sorted({p for path in paths for s in _SUFFIXES for p in (path.glob("*" + s) if path.is_dir() else [path])})


def replay_trace(inputs: list[CoachInput], coach: Coach) -> list[CardEvent]:
    cards: list[CardEvent] = []
    for item in inputs:
        cards += coach.tick(item) if isinstance(item, float) else coach.observe(item)
    return cards


def _heard(inputs: list[CoachInput]) -> list[str]:
    finals = [i for i in inputs if isinstance(i, TranscriptEvent) and i.type == "final"]
    return [f"  {e.start:7.2f} {e.channel:>8}: {e.text}" for e in finals]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="trace files or folders of them")
    parser.add_argument("--show", action="append", default=[], help="also print the finals of calls named so")
    add_outcome_options(parser)
    args = parser.parse_args(argv)
    traces = trace_files(args.paths)
    if not traces:
        print(f"no {TRACE_SUFFIX} files in {', '.join(map(str, args.paths))}", file=sys.stderr)
        return 2
    tallies: dict[str, Tally] = defaultdict(Tally)
    outcomes = Outcomes()
    for trace in traces:
        labels_path, inputs = load_trace(trace)
        labels: dict[str, Any] = json.loads(labels_path.read_text())
        cards = replay_trace(inputs, Coach())
        name = trace.name.removesuffix(".xz").removesuffix(".trace.jsonl")
        print(f"{name}: {len(cards)} card(s), {len(labels['expect'])} labelled")
        print("\n".join(score(labels, cards, tallies, outcomes, name)))
        if any(s in name for s in args.show):
            print("\n".join(_heard(inputs)))
    total = print_tallies(tallies)
    report_outcomes(outcomes, args)
    return 0 if total.misses == 0 and total.false_alarms == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
