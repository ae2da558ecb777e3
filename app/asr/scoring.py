"""Word error rate of a transcript against a reference, after the normalisation speech benchmarks use.

Whisper writes "15 years" where a script says "fifteen years", and "drag-and-drop" for "drag and drop";
neither is an error a rep would notice, so both sides are normalised (case, punctuation, hyphens, numbers
spelled out, a few contractions) before words are compared.
"""

from __future__ import annotations

import re

__all__ = ["normalise", "wer", "word_errors"]

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_FILLERS = {"um", "uh", "er", "ah", "hmm", "mm", "mhm"}
_SPELLING = {"ok": "okay", "alright": "all right", "percent": "percent"}


def _number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + _number_words(rest))
    if n < 1_000_000:
        rest = n % 1000
        return _number_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + _number_words(rest))
    return str(n)


def normalise(text: str) -> list[str]:
    """Lower-case words with numbers spelled out, punctuation and filler sounds removed."""
    text = text.lower().replace("%", " percent")
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)
    text = re.sub(r"\d+", lambda m: " " + _number_words(int(m.group())) + " ", text)
    text = re.sub(r"[-‐–—/]", " ", text)
    text = re.sub(r"[^a-z' ]+", " ", text).replace("'", "")
    words: list[str] = []
    for word in text.split():
        if word in _FILLERS:
            continue
        words.extend(_SPELLING.get(word, word).split())
    return words


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference word count) after normalisation."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1], len(ref)


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate (errors over reference words); 0.0 for two empty texts."""
    errors, total = word_errors(reference, hypothesis)
    return errors / total if total else float(errors > 0)
