"""Leave one exchange corpus out: does the reply model read the reps of a writer it has not seen?

Each corpus of ``REPLY_CORPORA`` (``bench/phrases/replies*.jsonl``) holds exchanges written blind: a prospect's
turn, labelled an objection or not, and the rep's reply to it. For each corpus in turn this trains the phrase
model as shipped but without that corpus, then plays each of its exchanges through the real coach at text level
with live partials (the rep asks an open question, the prospect says the turn, the rep replies) and counts the
pushback cards three ways: the prospect's words alone (``PushbackConfig.reply_threshold=None``), with the reply
model trained on the scripted calls only (as before session 28), and with the fold's model. A card on an
objection is a catch; a card on any other exchange is a false alarm. The reply model's own reading of each reply
(the most it reads over the reply's growing openings, as the detector reads it) is counted beside.

The coach loads its models from one file, so the fold's model is handed to the pushback detector by patching its
loader for the run; nothing else changes.

    .venv/bin/python -m bench.eval_replies            # about 4 minutes (three trainings)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from unittest import mock

import numpy as np

import app.coach.detectors.pushback as pushback_detector
from app.coach import Coach
from app.coach.config import CoachConfig
from app.coach.detectors.meaning import load_phrase_models
from app.coach.detectors.pushback import REPLY_SIGNAL, REPLY_WORDS, PushbackConfig, reply_reading
from app.coach.text import normalize
from bench.eval_coach_transcripts import replay
from bench.train_phrase_model import REPLY_CORPORA, train_shipped

__all__ = ["main"]

_QUESTION = "Tell me a little about how the week has been going for you."


def _exchange_call(prospect: str, reply: str) -> dict[str, object]:
    """The three turns as a labelled call with text-level timing (2.6 words a second, 0.6 s gaps)."""
    turns, t = [], 0.5
    for who, text in (("rep", _QUESTION), ("prospect", prospect), ("rep", reply)):
        end = t + max(0.5, len(text.split()) / 2.6)
        turns.append({"who": who, "start": t, "end": end, "text": text})
        t = end + 0.6
    return {"turns": turns, "duration": t + 3.0}


def _cards(exchanges: list[dict[str, str]], model: Path, reply_threshold: float | None) -> Counter[str]:
    """Exchanges of each label that raise a pushback card, with the pushback detector reading ``model``."""
    config = CoachConfig(pushback=PushbackConfig(reply_threshold=reply_threshold))
    raised: Counter[str] = Counter()
    with mock.patch.object(pushback_detector, "load_phrase_models", lambda: load_phrase_models(model)):
        for exchange in exchanges:
            cards = replay(_exchange_call(exchange["prospect"], exchange["reply"]), Coach(config), partials=True)
            raised[exchange["label"]] += any(card.kind == "pushback" for card in cards)
    return raised


def _replies_read(exchanges: list[dict[str, str]], model: Path) -> Counter[str]:
    """Exchanges of each label whose reply the reply model reads at 0.5 or more on some opening."""
    reader = load_phrase_models(model)[REPLY_SIGNAL]
    read: Counter[str] = Counter()
    for exchange in exchanges:
        words = normalize(exchange["reply"]).split()[:REPLY_WORDS]
        read[exchange["label"]] += reply_reading(reader, words, rep_done=True) >= 0.5
    return read


def _trained(folder: Path, name: str, reply_corpora: tuple[Path, ...]) -> Path:
    arrays = train_shipped(reply_corpora)
    path = folder / f"{name}.npz"
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        calls_only = _trained(folder, "calls-only", ())
        print(
            "| held out | label | exchanges | words alone | + reply model (calls only) | + reply model (fold) "
            "| replies read (calls only → fold) |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for held_out in REPLY_CORPORA:
            exchanges = [json.loads(line) for line in held_out.read_text(encoding="utf-8").splitlines() if line]
            fold = _trained(folder, held_out.stem, tuple(c for c in REPLY_CORPORA if c != held_out))
            counts = Counter(exchange["label"] for exchange in exchanges)
            alone = _cards(exchanges, calls_only, None)
            before, after = _cards(exchanges, calls_only, 0.5), _cards(exchanges, fold, 0.5)
            read_before, read_after = _replies_read(exchanges, calls_only), _replies_read(exchanges, fold)
            for label in ("objection", "none"):
                print(
                    f"| {held_out.name} | {label} | {counts[label]} | {alone[label]} | {before[label]} | "
                    f"{after[label]} | {read_before[label]} → {read_after[label]} |"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
