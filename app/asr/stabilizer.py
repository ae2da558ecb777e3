"""Keeping partial text from flickering.

Each partial re-decodes the whole utterance so far, and Whisper may change its mind about the last words.
Words on which two successive hypotheses agree (their common prefix, the LocalAgreement rule) are
*committed*: later partials of the same utterance always start with them, so the rep never sees a word
appear and vanish. The rest of the newest hypothesis follows as the provisional tail.
"""

from __future__ import annotations

from difflib import SequenceMatcher

__all__ = ["PartialStabilizer"]

_ALIGN_CHARS = 40  # letters compared when re-aligning: the last few words are what matters


def _key(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalnum())


class PartialStabilizer:
    """Stabilises the partial hypotheses of one utterance."""

    def __init__(self) -> None:
        self.committed: list[str] = []
        self._previous: list[str] = []

    def update(self, hypothesis: str) -> str:
        """Take a new hypothesis; returns the text to show: committed words, then the newest tail.

        When the new hypothesis disagrees inside the committed words, the committed words still stand and
        only its words past them are shown: committed text never changes.
        """
        words = hypothesis.split()
        agreed = 0
        for old, new in zip(self._previous, words, strict=False):
            if _key(old) != _key(new):
                break
            agreed += 1
        keys = [_key(w) for w in words[: len(self.committed)]]
        if agreed > len(self.committed) and keys == [_key(w) for w in self.committed]:
            shown = self._previous[len(self.committed) : agreed]  # the forms already shown…
            if agreed == len(self._previous) and agreed < len(words):
                # …except the last word of the previous pass, which Whisper closed with a full stop only
                # because the audio ended there ("inventory." → "inventory tracking"): take its new form.
                shown[-1] = words[agreed - 1]
            self.committed = self.committed + shown
        self._previous = words
        return " ".join(self.committed + words[self._resume_index(words) :])

    def _resume_index(self, words: list[str]) -> int:
        """Where the new hypothesis continues past the committed words.

        Usually that is simply after as many words as are committed; but the new hypothesis may re-hear the
        committed stretch with a different number of words ("Greenleaf" for "green leaf", "Hi Denise" for
        "Hide the knees", a dropped "um"). So the cut is placed where the letters of the new words before it
        are most like the end of the committed text, and no new word is lost.
        """
        n = len(self.committed)
        if n == 0:
            return 0
        committed = "".join(_key(w) for w in self.committed)[-_ALIGN_CHARS:]

        def score(p: int) -> tuple[float, int]:
            heard = "".join(_key(w) for w in words[:p])[-_ALIGN_CHARS:]
            return SequenceMatcher(None, committed, heard, autojunk=False).ratio(), -abs(p - n)

        # The new hypothesis may also be far shorter than the committed words (Whisper dropping most of a
        # long utterance on one pass): then the candidates are its own length and the few cuts below it.
        low = max(0, min(n - 4, len(words)))
        return max(range(low, min(len(words), n + 4) + 1), key=score)
