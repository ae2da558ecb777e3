"""Leave-one-call-set-out check: would the pushback phrase model gain from the blind call sets' own objections?

The shipped model (``bench/train_phrase_model.py``) learns objections from line corpora only; the blind call sets
give it nothing but ordinary prospect turns. This trains the alternative: for each blind set in turn, the same
training plus every other blind set's (heldout8–52) labelled objection turns as objections and its other prospect
turns as negatives, then reads the held-out set's prospect turns as written. Beside it, the shipped training at
the detector's thresholds, in the same run. The model alone is scored (patterns and the detector's reading of
context are not), because the patterns were fixed on these very sets after their first runs.

Session 25 ran it and did not ship the alternative; ``bench/train_phrase_model.py`` says why.

    .venv/bin/python -m bench.cv_calls                       # heldout19–44 at 0.65 / 0.8, about 6 minutes
    .venv/bin/python -m bench.cv_calls --sets 40 41 --threshold 0.75 --sentence-threshold 0.9
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from app.coach.detectors.meaning import PhraseModel
from app.coach.detectors.phrases import PhraseMatcher
from app.coach.detectors.pushback import PUSHBACK_FAMILIES
from app.coach.state import Segment
from bench.train_phrase_model import (
    BLIND_CALL_SETS,
    CALL_SETS,
    PROSPECT_CALL_SETS,
    TRAINING_CORPORA,
    TrainingOptions,
    _lines,
    ordinary_turns,
    train_signal,
)

__all__ = ["main", "objection_turns"]

_FAMILY_IN_LABEL = (
    ("no budget", re.compile(r"budget|money|afford|cash|funds|spend|price", re.IGNORECASE)),
    ("no time", re.compile(r"\btime\b|busy|later|after|season|not now|swamped|rush", re.IGNORECASE)),
    (
        "already has a solution",
        re.compile(r"already|competitor|supplier|family|relative|cousin|brother|in-house|contract", re.IGNORECASE),
    ),
)
"""The family a label's ``why`` names, for an objection no pattern reads; anything else is "not interested"."""


def objection_turns(call_sets: tuple[Path, ...]) -> list[dict[str, Any]]:
    """Positive pushback lines from scripted calls: each prospect turn a ``pushback`` window is labelled on.

    The labels say where an objection is, not which family: the family is the one the patterns read in it, or
    else the one its label's ``why`` names.
    """
    patterns = PhraseMatcher(PUSHBACK_FAMILIES)
    lines: list[dict[str, Any]] = []
    for folder in call_sets:
        for script in sorted(folder.glob("*.toml")):
            call = tomllib.loads(script.read_text(encoding="utf-8"))
            turns = call.get("turn", [])
            for expect in call.get("expect", []):
                if expect["kind"] != "pushback" or turns[int(expect["from_turn"])]["who"] != "prospect":
                    continue
                text = turns[int(expect["from_turn"])]["text"]
                found = patterns.match(Segment("prospect", 0.0, 1.0, text, True, len(text.split()), False))
                family = found.family if found is not None else None
                for name, named in _FAMILY_IN_LABEL:
                    if family is None and named.search(str(expect.get("why", ""))):
                        family = name
                lines.append({"signal": "pushback", "label": 1, "family": family or "not interested", "text": text})
    return lines


def _model(lines: list[dict[str, object]]) -> PhraseModel:
    rows = [line for line in lines if line["signal"] == "pushback"]
    classes, weights, bias = train_signal(
        [str(r["text"]) for r in rows],
        [str(r["family"]) if r["label"] else None for r in rows],
        TrainingOptions(),
    )
    return PhraseModel(classes, weights.astype(float), bias.astype(float))


def _reads(model: PhraseModel, threshold: float, sentence_threshold: float, texts: list[str]) -> int:
    """How many of ``texts`` the model alone flags, as the pushback detector reads a finished turn."""
    matcher = PhraseMatcher((), model, threshold, sentence_threshold)
    return sum(
        matcher.match(Segment("prospect", 0.0, 1.0, text, True, len(text.split()), False)) is not None for text in texts
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", type=int, nargs="+", default=list(range(19, 45)), help="heldout set numbers")
    parser.add_argument("--threshold", type=float, default=0.65, help="whole turn, for the model with the calls")
    parser.add_argument("--sentence-threshold", type=float, default=0.8, help="one sentence, for the same")
    args = parser.parse_args(argv)
    base = _lines(TRAINING_CORPORA) + ordinary_turns(CALL_SETS)
    shipped = _model(base + ordinary_turns(PROSPECT_CALL_SETS, ("prospect",)))
    print(
        "| set | objections | read: shipped (0.75 / 0.9) | read: with the calls | other turns | read: shipped | read: with the calls |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    totals = [0] * 6
    for number in args.sets:
        held_out = Path(__file__).resolve().parent / f"heldout{number}"
        others = tuple(folder for folder in BLIND_CALL_SETS if folder != held_out)
        now = _model(base + ordinary_turns(others, ("prospect",)) + objection_turns(others))
        objections = [line["text"] for line in objection_turns((held_out,))]
        ordinary = [line["text"] for line in ordinary_turns((held_out,), ("prospect",))]
        row = [
            len(objections),
            _reads(shipped, 0.75, 0.9, objections),
            _reads(now, args.threshold, args.sentence_threshold, objections),
            len(ordinary),
            _reads(shipped, 0.75, 0.9, ordinary),
            _reads(now, args.threshold, args.sentence_threshold, ordinary),
        ]
        totals = [t + r for t, r in zip(totals, row, strict=True)]
        print(f"| heldout{number} | " + " | ".join(map(str, row)) + " |", flush=True)
    print("| **all** | " + " | ".join(map(str, totals)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
