"""A learned reading of what an utterance means, for the openers and objections nobody wrote a pattern for.

The phrase families (:mod:`app.coach.detectors.phrases`) are precise but only know the wordings someone
thought of: on blind material written "sideways" they caught about seven lines in ten. This model reads
the same utterance as a bag of words and word pairs and says which family it most likely belongs to, with
a probability. It is a multinomial logistic regression over hashed unigrams and bigrams of the normalised
text (:func:`app.coach.text.normalize`), one per signal, trained by ``bench/train_phrase_model.py`` on
labelled lines written blind (``bench/phrases``) and shipped as ``assets/coach/phrase_model.npz``. The same file
holds one more model of the same shape, ``pushback_reply``, which reads the rep's reply to a prospect turn (see
:class:`app.coach.detectors.pushback.PushbackConfig`).

Why this shape: it needs nothing but numpy, scores an utterance in tens of microseconds, is deterministic,
and its features survive what tiny.en does to words better than a sentence pattern (a misheard word costs
one feature, not the match). The file is checked when loaded; like the shipped scripts, a missing or broken
one is a bug in the install, so it raises with a sentence saying how to rebuild it.
"""

from __future__ import annotations

import itertools
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from app.coach.text import normalize, sentences
from app.shared.paths import REPO_ROOT

__all__ = [
    "BUILTIN_PHRASE_MODEL",
    "PhraseModel",
    "PhraseModelError",
    "PhraseReading",
    "content",
    "features",
    "load_phrase_models",
]

BUILTIN_PHRASE_MODEL = REPO_ROOT / "assets" / "coach" / "phrase_model.npz"

NO_FAMILY = "none"
"""The class of everything that is not one of a signal's families (always the model's first class)."""


class PhraseModelError(ValueError):
    """A phrase-model file that cannot be used; the message names the file and what to do."""


@dataclass(frozen=True)
class PhraseReading:
    family: str
    """The most likely of the signal's families (never ``none``)."""
    probability: float
    """How likely the utterance belongs to any of the signal's families at all: 1 − P(none)."""


_GREETING = (
    r"(?:hi|hello|hey|hiya|howdy|morning|afternoon|good (?:morning|afternoon|evening|day)|g'day|oh|yes|yeah|um|uh|so)"
)
_SMALL_TALK = re.compile(
    rf"^(?:{_GREETING}(?: [\w']+){{0,2}}"
    rf"|(?:{_GREETING}(?: [\w']+){{0,2}} )?(?:it's|its|it is|this is|my name is|i'm|im|i am)(?: [\w']+){{1,2}}"
    r" (?:from|at|with|over at|here from|calling from|here at|of)(?: [\w']+){1,4}"
    rf"|(?:{_GREETING} )?(?:is (?:that|this|it) [\w']+(?: [\w']+)?|how (?:are|r) (?:you|ya)(?: doing| today| keeping)*"
    r"|thanks? (?:you )?for (?:picking up|taking my call|taking the call|having me)))$"
)
"""A sentence that only greets or says who is calling ("Hi, Luca.", "It's Hannah, from Cellardoor Bookings.")."""


def content(text: str) -> str:
    """The text without its greeting and introduction sentences, which is what the model reads.

    Nearly every opener in the training lines starts with a greeting and a name, good and bad alike, so
    those words carry no meaning; left in, a model sees "Hi, Luca. It's Hannah, from Cellardoor." as an
    opener of some family (a blind call's false reading).
    """
    return " ".join(s for s in sentences(text) if not _SMALL_TALK.match(normalize(s)))


def features(text: str, buckets: int) -> np.ndarray:
    """Unit-length indicator vector of the content's words and adjacent word pairs, hashed.

    CRC-32 is the hash because it is stable across runs and platforms (Python's ``hash`` is salted).
    """
    words = normalize(content(text)).split()
    grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    vector = np.zeros(buckets, dtype=np.float64)
    for gram in grams:
        vector[zlib.crc32(gram.encode("utf-8")) % buckets] = 1.0
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@dataclass(frozen=True)
class PhraseModel:
    """One signal's classifier: ``classes[0]`` is ``none``, the others are the signal's family names."""

    classes: tuple[str, ...]
    weights: np.ndarray
    """(buckets, len(classes))"""
    bias: np.ndarray
    """(len(classes),)"""

    @property
    def buckets(self) -> int:
        return int(self.weights.shape[0])

    def probabilities(self, text: str) -> np.ndarray:
        logits = features(text, self.buckets) @ self.weights + self.bias
        exp = np.exp(logits - logits.max())
        return np.asarray(exp / exp.sum())

    def read(self, text: str) -> PhraseReading:
        probs = self.probabilities(text)
        best = 1 + int(np.argmax(probs[1:]))
        return PhraseReading(self.classes[best], float(1.0 - probs[0]))


@lru_cache(maxsize=4)
def load_phrase_models(path: Path = BUILTIN_PHRASE_MODEL) -> dict[str, PhraseModel]:
    """Each signal's model from an ``.npz`` holding ``<signal>.classes``, ``.weights`` and ``.bias``.

    Raises :class:`PhraseModelError` with one sentence saying what is wrong; cached because every coach of a
    process reads the same file.
    """
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except (OSError, ValueError) as error:
        raise PhraseModelError(
            f"The phrase model {path} cannot be read ({error}); reinstall Reset Button or rebuild it with "
            "`.venv/bin/python -m bench.train_phrase_model`."
        ) from None
    models: dict[str, PhraseModel] = {}
    for signal in sorted({name.split(".")[0] for name in arrays}):
        try:
            classes = tuple(str(c) for c in arrays[f"{signal}.classes"])
            weights = np.asarray(arrays[f"{signal}.weights"], dtype=np.float64)
            bias = np.asarray(arrays[f"{signal}.bias"], dtype=np.float64)
        except KeyError as missing:
            raise PhraseModelError(
                f"The phrase model {path} has no {missing} array; rebuild it with "
                "`.venv/bin/python -m bench.train_phrase_model`."
            ) from None
        if (
            len(classes) < 2
            or classes[0] != NO_FAMILY
            or weights.ndim != 2
            or weights.shape[1] != len(classes)
            or bias.shape != (len(classes),)
        ):
            raise PhraseModelError(
                f"The phrase model {path} has inconsistent arrays for {signal}; rebuild it with "
                "`.venv/bin/python -m bench.train_phrase_model`."
            )
        models[signal] = PhraseModel(classes, weights, bias)
    return models
