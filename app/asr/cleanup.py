"""Removing what Whisper invents: repetition loops and stock phrases over silence.

Whisper's decoder sometimes keeps going after the speech ends, repeating what it already said ("Not really
not really not really"), more often on short inputs; and on noise it produces phrases from its training
subtitles ("Thank you for watching"). Both are cheap to recognise in the text once decoding is done.
"""

from __future__ import annotations

import re

__all__ = ["is_stock_hallucination", "trim_repetition"]

_WORD = re.compile(r"[a-z0-9']+")

# Phrases Whisper is known to emit over silence or noise (from its subtitle training data).
_STOCK_PHRASES = frozenset(
    {
        "thank you for watching",
        "thanks for watching",
        "thank you for watching and see you next time",
        "please subscribe",
        "like and subscribe",
        "subtitles by the amara org community",
        "you",
        "bye",
        "thank you",
        "thank you very much",
        "so",
        "um",
        "uh",
        "hmm",
        "oh",
        "i",
    }
)


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def is_stock_hallucination(text: str) -> bool:
    """True for the phrases Whisper produces over silence; callers use it only for doubtful utterances."""
    return _normalised(text) in _STOCK_PHRASES


def _same_word(word: str, expected: str, last: bool) -> bool:
    """Equal words; the last word of a text may be cut short ("double-" for "double-booking")."""
    return word == expected or (last and bool(word) and expected.startswith(word))


def trim_repetition(text: str, *, cut_off: bool = False) -> str:
    """Cut a trailing loop: the text from the point where it starts repeating an earlier run of itself.

    A run of ``p`` words that is immediately followed by itself to the end of the text (at least once for
    runs of two or more words, at least twice for a single word) is kept once. Legitimate doubled words
    ("no, no") survive; "Okay okay okay okay" and "It's okay. It's okay. It's" do not. A text that ends by
    restarting an earlier run of three or more words ("Maybe I didn't know. Maybe I didn't") is trimmed at
    the restart: the loop was cut off by the length limit, not said. When the decoder was
    ``cut_off`` by its length limit (it never said it was done, the signature of a loop), a tail of two or
    more words that restarts an earlier run is trimmed too. A phrase said three times back to back is a
    loop even when it then wanders ("Oh well oh well oh well oh oh well"); a single word needs ``cut_off``
    for that ("no no no" is something people say).
    """
    raw_words = text.split()
    words = [_normalised(w) for w in raw_words]
    n = len(words)
    for start in range(n):
        for period in range(1, n - start):
            tail = n - start - period  # words after the first occurrence of the run
            needed = period if period >= 2 else 2 * period
            if period >= 3:
                needed = min(needed, 2 if cut_off else 3)
            if tail < needed:
                continue
            run = words[start : start + period]
            if all(_same_word(words[start + period + i], run[i % period], i == tail - 1) for i in range(tail)):
                return " ".join(raw_words[: start + period]).rstrip(",;:")
            if (cut_off or period >= 2) and _repeats(words, start, period) >= 3:
                return " ".join(raw_words[: start + period]).rstrip(",;:")
    return text


def _repeats(words: list[str], start: int, period: int) -> int:
    """How many times the run at ``start`` occurs back to back (1 = no repetition)."""
    count = 1
    while words[start + count * period : start + (count + 1) * period] == words[start : start + period]:
        count += 1
    return count
