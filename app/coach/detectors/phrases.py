"""Meaning-bearing phrase families matched on the newest utterance of one channel.

The two text signals (``weak_opener``, ``pushback``) are both "did this utterance say one of these things".
Each family is a list of regexes over normalised text (see :mod:`app.coach.text`) that keeps only the words
carrying the meaning, with the small model's common slips allowed (dropped auxiliaries, "ask" for "asked").
Patterns are precise and can fire on a live partial, but only know the wordings someone wrote down; a
finished utterance none of them matches is also read by the signal's learned phrase model
(:mod:`app.coach.detectors.meaning`), which fires when it is confident enough.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.coach.detectors.meaning import PhraseModel, content
from app.coach.state import Segment
from app.coach.text import is_question, normalize, quote, sentences, word_count

__all__ = ["MODEL_MIN_WORDS", "PhraseFamily", "PhraseMatch", "PhraseMatcher"]


@dataclass(frozen=True)
class PhraseFamily:
    name: str
    patterns: tuple[str, ...]
    reversals: tuple[str, ...] = ()
    """Words that, anywhere after the match in the same utterance, turn it around: "we already have the
    sensors — we just need something to read them" is a need, not an objection. A family with reversals
    ignores questions, and in a live partial waits until the speaker has gone on past the match, so a partial
    that stops at "we already have the sensors" waits for what comes next."""
    not_when: tuple[str, ...] = ()
    """Words in the same sentence that make a match mean something else: in "and it works with the resin we're
    already buying" what they already have is what the product must fit, a buying question, not an objection.
    Read like the reversals (a family with either ignores questions and waits in a live partial)."""
    whole_utterance: bool = False
    """Decide on the finished utterance, or on a live partial only once the speaker has gone on well past the
    match (``_SETTLED_WORDS``): what turns it around may come sentences later ("we already work with Hartwell,
    they're great. What we don't have is anyone for pins"), or the farewell that makes "I've got to run" a
    goodbye."""


@dataclass(frozen=True)
class PhraseMatch:
    family: str
    evidence: str
    source: PhraseFamily | None = None
    """The family whose pattern matched; None when the phrase model read the utterance."""


_FINISHED = " ."
"""Appended to a final's normalised text (which has no punctuation of its own): a pattern that must see
how a phrase goes on ("a different supplier" — "websites"?) ends in ``(?= \\S)``, which a live partial
that stops at the phrase cannot satisfy but a finished utterance can."""

MODEL_MIN_WORDS = 6
"""The shortest utterance the phrase model reads. The short objections ("Not interested.", "No budget.",
"Bad time.") are all stock phrases, which the patterns know; a short line they miss is almost always an
ordinary answer ("Same as ever.", "A test.")."""

_NEVER = r"(?!)"
"""A pattern that matches nothing: the reversals of a family that has only ``not_when``."""

_GONE_ON_WORDS = 6
"""Words past a match that show whether the speaker turns it around ("…, we just need something to read
them"): about two seconds of speech."""

_SETTLED_WORDS = 20
"""Words past a match after which a whole-utterance family is decided on a live partial: about seven seconds of
speech. A long turn ("We already have a provider for that. They look after our servers and laptops, and
honestly…") need not be waited out; a short one is decided when it ends. The latest turn-around in the calls so
far came 14 words on ("…we already work with Hartwell Press, and they're great, we're staying with them. What
we don't have is anyone for pins"); at 16 the labelled calls' pushback cards came 0.5 s sooner than at 20, not
worth the margin."""


_FIRST_PERSON_STATEMENT = re.compile(
    r"^(?:(?:so|and|but|well|um|uh|like|actually|oh|yeah|no|look|honestly|i mean)\s+)*"
    r"(?:we|we've|we're|we'd|weve|i|i've|i'm|ive|im|our|my)\s+(?!mean\b)"
)


_QUESTION_TAG = re.compile(
    r"\s*[,;:—–-]\s*(?:you (?:understand|know|see|get me|hear)|understand|you know what i mean|right|eh|nah|no|innit|yeah|okay|ok"
    r"|isn't it|is it not|not so|see)\s*\?\s*$",
    re.IGNORECASE,
)
"""A tag that asks only for a nod: "Family does handle family business here, you understand?" (bench/heldout52)
states its point; the sentence before the tag decides. Not when it is about the rep: "So you already work with the
Marine Drive places, right?" asks the rep to confirm."""
_ASKS_ABOUT_YOU = re.compile(
    r"(?:(?:so|and|but|oh|okay|ok|right|well|now) )*(?:you|you're|youre|you've|youve|you'd|youd|you'll|youll)\b"
)


def _asks(sentence: str) -> bool:
    """Whether a sentence asks something, rather than states it with a rising tone.

    "We actually already rent from you guys?" and "we've been getting it from you for two years now?" are
    statements that Whisper punctuates from the speaker's uptalk; a question opens like one ("do you…",
    "what…", "you already have…?"). A first-person statement stays a statement whatever its mark, unless a
    clause of it opens like a question ("I'm sorry, did you say…?").
    """
    if not is_question(sentence):
        return False
    tagged = _QUESTION_TAG.search(sentence)
    if tagged is not None and not _ASKS_ABOUT_YOU.match(normalize(sentence)):
        return _asks(sentence[: tagged.start()] + ".")
    if _FIRST_PERSON_STATEMENT.match(normalize(sentence)) is None:
        return True
    return any(is_question(clause.rstrip("?") + ".") for clause in re.split(r"\s*(?:[,;:—–]|\s-)\s*", sentence)[1:])


class PhraseMatcher:
    """Matches utterances against families; results are cached per text because ticks re-ask often.

    ``model`` (with ``threshold``, the probability it must reach) reads finished utterances the patterns
    miss. It never reads a live partial: a sentence cut off mid-way ("we already have the sensors") is
    exactly where a bag of words cannot tell an objection from a need. Nor does it read an utterance
    shorter than ``MODEL_MIN_WORDS``: in "I don't remember that." the one word that carries weight is "don't".
    """

    def __init__(
        self,
        families: Sequence[PhraseFamily],
        model: PhraseModel | None = None,
        threshold: float = 1.0,
        sentence_threshold: float | None = None,
    ) -> None:
        self._families = [
            (
                f,
                _compiled(f.patterns),
                _compiled(f.reversals or (_NEVER,)) if f.reversals or f.not_when or f.whole_utterance else None,
                _compiled(f.not_when) if f.not_when else None,
                f.whole_utterance,
            )
            for f in families
        ]
        self._turned = {
            name: (
                _compiled(tuple(r for f in families if f.name == name for r in f.reversals) or (_NEVER,)),
                _compiled(tuple(n for f in families if f.name == name for n in f.not_when) or (_NEVER,)),
            )
            for name in {f.name for f in families}
        }
        self._model = model
        self._threshold = threshold
        self._sentence_threshold = sentence_threshold
        self._cache: dict[tuple[str, bool], PhraseMatch | None] = {}

    @property
    def threshold(self) -> float:
        return self._threshold

    def with_thresholds(self, threshold: float, sentence_threshold: float | None) -> PhraseMatcher:
        """The same families and model, with the model's readings held to other thresholds (and a cache of its own)."""
        other = copy.copy(self)
        other._threshold = threshold
        other._sentence_threshold = sentence_threshold
        other._cache = {}
        return other

    def match(self, segment: Segment) -> PhraseMatch | None:
        key = (segment.text, segment.final)
        if key not in self._cache:
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[key] = self._match(segment.text, segment.final)
        return self._cache[key]

    def _match(self, text: str, final: bool) -> PhraseMatch | None:
        found = self._match_patterns(text, final)
        if found is not None:
            return found
        if final and self._model is not None and word_count(content(text)) >= MODEL_MIN_WORDS:
            return self._read(self._model, text)
        return None

    def _match_patterns(self, text: str, final: bool) -> PhraseMatch | None:
        normalised = normalize(text) + (_FINISHED if final else "")
        for family, pattern, reversal, apart, whole_utterance in self._families:
            if reversal is not None:
                gone_on = _SETTLED_WORDS if whole_utterance else _GONE_ON_WORDS
                said = _unreversed_sentence(text, final, pattern, reversal, apart, gone_on)
                if said is not None:
                    return PhraseMatch(family.name, quote(said), family)
            elif pattern.search(normalised):
                return PhraseMatch(family.name, quote(_sentence_matching(text, final, pattern)), family)
        return None

    def _read(self, model: PhraseModel, text: str) -> PhraseMatch | None:
        """The model's reading of the whole utterance; the card quotes the sentence it finds most telling.

        Whole utterances are what it was trained on: read alone, a short sentence ("Same as ever.") has too few
        words to mean anything and too many chances to look like something. But a long turn dilutes one clear
        sentence ("That of both, to be honest, but look, I'll be straight with you. There's no money in the kitty
        for a…", as heard, reads 0.58 whole and 0.87 for its second sentence), so with ``sentence_threshold`` a
        sentence of ``MODEL_MIN_WORDS`` words or more that the model is very sure of is enough on its own.
        """
        reading = model.read(text)
        said = sentences(content(text))
        if reading.probability >= self._threshold:
            telling = max(said, key=lambda s: model.read(s).probability) if len(said) > 1 else content(text)
            return self._unless_turned(PhraseMatch(reading.family, quote(telling)), telling, said)
        if self._sentence_threshold is None or len(said) < 2:
            return None
        for sentence in said:
            if word_count(sentence) >= MODEL_MIN_WORDS:
                alone = model.read(sentence)
                if alone.probability >= self._sentence_threshold:
                    return self._unless_turned(PhraseMatch(alone.family, quote(sentence)), sentence, said)
        return None

    def _unless_turned(self, reading: PhraseMatch, telling: str, said: list[str]) -> PhraseMatch | None:
        """The model's reading, unless what turns its family's patterns around turns it around too: the words
        after the telling sentence ("The budget only opens in April. But that suits us…"), or a sense that means
        something else in the sentence itself ("And it works with the resin we're already buying?")."""
        turned = self._turned.get(reading.family)
        if turned is None:
            return reading
        reversal, apart = turned
        after = said[said.index(telling) + 1 :] if telling in said else []
        if reversal.search(" ".join(normalize(s) for s in after) + _FINISHED) or apart.search(normalize(telling)):
            return None
        return reading


def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _unreversed_sentence(
    text: str,
    final: bool,
    pattern: re.Pattern[str],
    reversal: re.Pattern[str],
    apart: re.Pattern[str] | None,
    gone_on: int,
) -> str | None:
    """The first sentence that matches, is a statement, says it in its own sense (``apart``: not in a sense
    that means something else) and is not turned around by the words after the match.

    In a live partial the speaker must have gone on by ``gone_on`` words past the match first.
    """
    said = sentences(text)
    for index, sentence in enumerate(said):
        finished = final or index < len(said) - 1
        normalised = normalize(sentence) + (_FINISHED if finished else "")
        found = pattern.search(normalised)
        if found is None:
            continue
        after = " ".join([normalised[found.end() :], *(normalize(s) for s in said[index + 1 :])])
        if not final and len(after.split()) - after.count(_FINISHED) < gone_on:
            return None
        if not _asks(sentence) and not reversal.search(after) and (apart is None or not apart.search(normalised)):
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
