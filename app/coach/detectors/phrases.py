"""Meaning-bearing phrase families matched on the newest utterance of one channel.

The two text signals (``weak_opener``, ``pushback``) are both "did this utterance say one of these things".
Each family is a list of regexes over normalised text (see :mod:`app.coach.text`) that keeps only the words
carrying the meaning, with the small model's common slips allowed (dropped auxiliaries, "ask" for "asked").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.coach.state import Segment
from app.coach.text import first_sentence_matching, normalize, quote

__all__ = ["PhraseFamily", "PhraseMatch", "PhraseMatcher"]


@dataclass(frozen=True)
class PhraseFamily:
    name: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class PhraseMatch:
    family: str
    evidence: str


class PhraseMatcher:
    """Matches utterances against families; results are cached per text because ticks re-ask often."""

    def __init__(self, families: Sequence[PhraseFamily]) -> None:
        self._families = [(f.name, re.compile("|".join(f"(?:{p})" for p in f.patterns))) for f in families]
        self._cache: dict[str, PhraseMatch | None] = {}

    def match(self, segment: Segment) -> PhraseMatch | None:
        if segment.text not in self._cache:
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[segment.text] = self._match(segment.text)
        return self._cache[segment.text]

    def _match(self, text: str) -> PhraseMatch | None:
        normalised = normalize(text)
        for name, pattern in self._families:
            if pattern.search(normalised):
                sentence = first_sentence_matching(text, pattern) or text
                return PhraseMatch(name, quote(sentence))
        return None
