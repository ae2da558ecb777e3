"""Leave-one-corpus-out check of the phrase model: train on every corpus but one, score the one left out.

Each corpus in ``bench/phrases`` was written by a different blind helper, so holding one out measures how
the model does on another writer's wording, not on paraphrases of lines it trained on. The patterns are the
same in every fold (they were tuned on ``dev`` and ``dev2``, so those folds flatter them).

    .venv/bin/python -m bench.cv_phrases
    .venv/bin/python -m bench.cv_phrases --threshold 0.7 --min-words 6
"""

from __future__ import annotations

import argparse
import sys

from app.coach.detectors.meaning import PhraseModel
from app.coach.detectors.phrases import PhraseMatcher
from bench.eval_phrases import FAMILIES, SPEAKER, load, score_line
from bench.train_phrase_model import (
    CALL_SETS,
    PHRASES,
    PROSPECT_CALL_SETS,
    TRAINING_CORPORA,
    TrainingOptions,
    ordinary_turns,
    train_signal,
)

__all__ = ["CORPORA", "main"]

CORPORA = tuple(path.name for path in TRAINING_CORPORA)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.6])
    parser.add_argument(
        "--sentence-threshold", type=float, help="also read single sentences this surely (the detectors' option)"
    )
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA))
    parser.add_argument("--held-out", nargs="+", help="only these folds (default: every corpus in turn)")
    parser.add_argument("--show", action="store_true", help="list the model's own misses and false alarms")
    args = parser.parse_args(argv)
    corpora = {name: load(PHRASES / name) for name in args.corpora}
    calls = ordinary_turns(CALL_SETS) + ordinary_turns(PROSPECT_CALL_SETS, ("prospect",))
    options = TrainingOptions()
    print("| held out | threshold | signal | caught | false alarms | patterns alone: caught, false alarms |")
    print("| --- | --- | --- | --- | --- | --- |")
    totals: dict[tuple[float, str], list[int]] = {}
    for held_out, test_lines in corpora.items():
        if args.held_out and held_out not in args.held_out:
            continue
        training = [line for name, lines in corpora.items() if name != held_out for line in lines] + calls
        for signal, families in FAMILIES.items():
            rows = [line for line in training if line["signal"] == signal]
            classes, weights, bias = train_signal(
                [r["text"] for r in rows], [r["family"] if r["label"] else None for r in rows], options
            )
            model = PhraseModel(classes, weights.astype(float), bias.astype(float))
            tests = [line for line in test_lines if line["signal"] == signal]
            positives = sum(1 for line in tests if line["label"])
            plain = PhraseMatcher(families)
            base = [score_line(plain, SPEAKER[signal], line["text"]) for line in tests]
            base_hits = sum(s.fired for s, line in zip(base, tests, strict=True) if line["label"])
            base_alarms = sum(s.fired_live for s, line in zip(base, tests, strict=True) if not line["label"])
            for threshold in args.threshold:
                matcher = PhraseMatcher(families, model, threshold, args.sentence_threshold)
                scored = [score_line(matcher, SPEAKER[signal], line["text"]) for line in tests]
                if args.show:
                    for s, b, line in zip(scored, base, tests, strict=True):
                        if line["label"] and not s.fired:
                            print(f"  miss {line['id']} [{line['family']}] {line['text']}")
                        if not line["label"] and s.fired_live and not b.fired_live:
                            print(f"  model false alarm {line['id']} ({s.family}) {line['text']}")
                hits = sum(s.fired for s, line in zip(scored, tests, strict=True) if line["label"])
                alarms = sum(s.fired_live for s, line in zip(scored, tests, strict=True) if not line["label"])
                total = totals.setdefault((threshold, signal), [0, 0, 0, 0, 0, 0])
                for i, value in enumerate((positives, hits, len(tests) - positives, alarms, base_hits, base_alarms)):
                    total[i] += value
                print(
                    f"| {held_out} | {threshold} | {signal} | {hits}/{positives} | {alarms}/{len(tests) - positives} "
                    f"| {base_hits}, {base_alarms} |"
                )
    print()
    for (threshold, signal), (pos, hits, neg, alarms, base_hits, base_alarms) in sorted(totals.items()):
        print(
            f"all folds, threshold {threshold}, {signal}: caught {hits}/{pos} ({hits / max(pos, 1):.0%}), "
            f"false alarms {alarms}/{neg}; patterns alone {base_hits / max(pos, 1):.0%}, {base_alarms}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
