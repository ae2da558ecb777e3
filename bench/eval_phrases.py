"""Score the coach's phrase families on labelled utterances, one line each, with no call around them.

A call holds one or two opener or objection lines, so the calls alone say little about how the weak-opener
and pushback families generalise. The corpora in ``bench/phrases`` hold hundreds of such lines, positive and
hard negative, written by helper sessions that never saw the families (each file's README entry says who
wrote it and what it was used for). Each line is a JSON object: ``signal`` (``weak_opener`` | ``pushback``),
``label`` (1 = a coach should flag it), ``family`` (for positives), ``text``; an optional ``heard`` is what
tiny.en made of the line rendered to speech (``bench/phrase_audio.py``), scored in its own columns.

A positive counts as caught when the finished line matches. A negative counts as a false alarm when the
finished line or any of its word-by-word beginnings matches, because the live coach reads partials: "we're
not interested in the hardware, but the software…" must not fire at "interested".

    .venv/bin/python -m bench.eval_phrases bench/phrases/dev.jsonl
    .venv/bin/python -m bench.eval_phrases bench/phrases/test.heard.jsonl --show-misses
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.coach.detectors.meaning import load_phrase_models
from app.coach.detectors.phrases import PhraseMatcher
from app.coach.detectors.pushback import PUSHBACK_FAMILIES, PushbackConfig
from app.coach.detectors.weak_opener import WEAK_OPENER_FAMILIES, WeakOpenerConfig
from app.coach.state import Segment

__all__ = ["SPEAKER", "LineScore", "load", "score_line"]

SPEAKER = {"weak_opener": "rep", "pushback": "prospect"}
"""Who says each signal's lines."""


@dataclass(frozen=True)
class LineScore:
    fired: bool
    """The finished line matches."""
    fired_live: bool
    """The finished line or a beginning of it matches (what the live coach would do)."""
    family: str | None


FAMILIES = {"weak_opener": WEAK_OPENER_FAMILIES, "pushback": PUSHBACK_FAMILIES}
"""Each signal's families as a line on its own meets them: with no rep turn before it, a status reply counts."""


def _matchers(patterns_only: bool) -> dict[str, PhraseMatcher]:
    """The detectors' matchers at their default settings, or their patterns alone."""
    models = load_phrase_models()
    configs = {"weak_opener": WeakOpenerConfig(), "pushback": PushbackConfig()}
    return {
        signal: PhraseMatcher(families)
        if patterns_only or (threshold := configs[signal].meaning_threshold) is None
        else PhraseMatcher(families, models[signal], threshold, configs[signal].sentence_threshold)
        for signal, families in FAMILIES.items()
    }


def score_line(matcher: PhraseMatcher, speaker: str, text: str) -> LineScore:
    words = text.split()
    finished = matcher.match(Segment(speaker, 0.0, 1.0, text, True, len(words), False))
    live = finished
    for count in range(1, len(words)):
        if live is not None:
            break
        live = matcher.match(Segment(speaker, 0.0, 1.0, " ".join(words[:count]), False, count, False))
    return LineScore(finished is not None, live is not None, (finished or live).family if finished or live else None)


@dataclass
class Tally:
    positives: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    negatives: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


def evaluate(lines: list[dict[str, Any]], field_name: str, patterns_only: bool = False) -> dict[str, Tally]:
    matchers = _matchers(patterns_only)
    tallies: dict[str, Tally] = {}
    for line in lines:
        text = line.get(field_name)
        if not isinstance(text, str):
            continue
        signal = line["signal"]
        tally = tallies.setdefault(signal, Tally())
        scored = score_line(matchers[signal], SPEAKER[signal], text)
        if line["label"]:
            tally.positives[line["family"]] += 1
            if scored.fired:
                tally.caught[line["family"]] += 1
            else:
                tally.misses.append(f"{line['id']} [{line['family']}] {text}")
        else:
            tally.negatives += 1
            if scored.fired_live:
                tally.false_alarms += 1
                tally.alarms.append(f"{line['id']} ({scored.family}) {text}")
    return tallies


def report(tallies: dict[str, Tally], title: str, show: bool) -> str:
    out = [f"### {title}", "", "| signal | family | lines | caught | recall |", "| --- | --- | --- | --- | --- |"]
    for signal, tally in sorted(tallies.items()):
        for family, count in sorted(tally.positives.items()):
            out.append(
                f"| {signal} | {family} | {count} | {tally.caught[family]} | {tally.caught[family] / count:.0%} |"
            )
        total, caught = sum(tally.positives.values()), sum(tally.caught.values())
        if total:
            out.append(f"| {signal} | **all** | {total} | {caught} | {caught / total:.0%} |")
    out += [
        "",
        "| signal | hard negatives | false alarms (finished line or a beginning of it) |",
        "| --- | --- | --- |",
    ]
    for signal, tally in sorted(tallies.items()):
        out.append(f"| {signal} | {tally.negatives} | {tally.false_alarms} |")
    if show:
        for signal, tally in sorted(tallies.items()):
            out += ["", f"{signal} misses:"] + [f"- {m}" for m in tally.misses]
            out += [f"{signal} false alarms:"] + [f"- {a}" for a in tally.alarms]
    return "\n".join(out)


def load(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as error:
        raise SystemExit(f"Cannot read {path} as JSON lines ({error}); pass a corpus from bench/phrases.") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSON-lines corpora (bench/phrases/*.jsonl)")
    parser.add_argument("--show-misses", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--patterns-only", action="store_true", help="the phrase families alone, without the model")
    args = parser.parse_args(argv)
    for path in args.corpora:
        lines = load(path)
        print(report(evaluate(lines, "text", args.patterns_only), f"{path} — as written", args.show_misses))
        if any("heard" in line for line in lines):
            print()
            print(
                report(evaluate(lines, "heard", args.patterns_only), f"{path} — as tiny.en heard it", args.show_misses)
            )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
