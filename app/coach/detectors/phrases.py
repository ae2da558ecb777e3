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
from app.coach.text import is_question, normalize, quote, sentences

__all__ = ["PhraseFamily", "PhraseMatch", "PhraseMatcher"]


@dataclass(frozen=True)
class PhraseFamily:
    name: str
    patterns: tuple[str, ...]
    reversals: tuple[str, ...] = ()
    """Words that, anywhere after the match in the same utterance, turn it around: "we already have the
    sensors — we just need something to read them" is a need, not an objection. A family with reversals
    ignores questions, and in a live partial waits until the speaker has gone on past the match, so a partial
    that stops at "we already have the sensors" waits for what comes next."""


@dataclass(frozen=True)
class PhraseMatch:
    family: str
    evidence: str


_FINISHED = " ."
"""Appended to a final's normalised text (which has no punctuation of its own): a pattern that must see
how a phrase goes on ("a different supplier" — "websites"?) ends in ``(?= \\S)``, which a live partial
that stops at the phrase cannot satisfy but a finished utterance can."""

_GONE_ON_WORDS = 6
"""Words past a match that show whether the speaker turns it around ("…, we just need something to read
them"): about two seconds of speech."""


class PhraseMatcher:
    """Matches utterances against families; results are cached per text because ticks re-ask often."""

    def __init__(self, families: Sequence[PhraseFamily]) -> None:
        self._families = [
            (f.name, _compiled(f.patterns), _compiled(f.reversals) if f.reversals else None) for f in families
        ]
        self._cache: dict[tuple[str, bool], PhraseMatch | None] = {}

    def match(self, segment: Segment) -> PhraseMatch | None:
        key = (segment.text, segment.final)
        if key not in self._cache:
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[key] = self._match(segment.text, segment.final)
        return self._cache[key]

    def _match(self, text: str, final: bool) -> PhraseMatch | None:
        normalised = normalize(text) + (_FINISHED if final else "")
        for name, pattern, reversal in self._families:
            if reversal is not None:
                said = _unreversed_sentence(text, final, pattern, reversal)
                if said is not None:
                    return PhraseMatch(name, quote(said))
            elif pattern.search(normalised):
                return PhraseMatch(name, quote(_sentence_matching(text, final, pattern)))
        return None


def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _unreversed_sentence(text: str, final: bool, pattern: re.Pattern[str], reversal: re.Pattern[str]) -> str | None:
    """The first sentence that matches, is a statement, and is not turned around by the words after the match.

    In a live partial the speaker must have gone on by a few words past the match first.
    """
    said = sentences(text)
    for index, sentence in enumerate(said):
        finished = final or index < len(said) - 1
        normalised = normalize(sentence) + (_FINISHED if finished else "")
        found = pattern.search(normalised)
        if found is None:
            continue
        after = " ".join([normalised[found.end() :], *(normalize(s) for s in said[index + 1 :])])
        if not final and len(after.split()) < _GONE_ON_WORDS:
            return None
        if not is_question(sentence) and not reversal.search(after):
            return sentence
    return None


def _sentence_matching(text: str, final: bool, pattern: re.Pattern[str]) -> str:
    """The first sentence that says it, for the card's evidence (the whole text if none does alone)."""
    said = sentences(text)
    for index, sentence in enumerate(said):
        finished = final or index < len(said) - 1
        if pattern.search(normalize(sentence) + (_FINISHED if finished else "")):
            return sentence
    return text
