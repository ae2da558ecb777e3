"""``curt_replies``: the prospect answers in a few words, again and again."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.coach.detectors.base import Detection, PerRevision
from app.coach.state import ConversationView
from app.coach.text import (
    asks_for_a_figure_or_choice,
    invites_elaboration,
    normalize,
    probes_the_business,
    quote,
    sentences,
    word_count,
)
from app.shared.stall_rules import CURT_MAX_WORDS, CURT_MIN_RUN

__all__ = ["CurtReplies", "CurtRepliesConfig"]

_CONFIRMS = re.compile(
    r"\b(?:yes|yeah|yep|yup|ja|aye|correct|exactly|absolutely|definitely|indeed|that's right|thats right)\b"
)
"""A reply that confirms what the rep just checked: complete, not withheld."""
_YES_OR_NO = re.compile(
    r"^(?:(?:oh|well|um|uh|er|ei|eh|ah|ooh)\s+)*(?:yes|yeah|yep|yup|ja|aye|no|nope|nah|definitely|absolutely|certainly"
    r"|of course|not yet)\b(?! (?:really|much)\b)|\b(?:yes|yeah|no|nope)$"
)
"""A reply that opens or ends with a plain yes or no: the whole answer to a closed question ("Is there any kind of
pre-order?" — "No.", "Do you take a deposit up front?" — "Not yet.", "Is there much power on that level?" — "Not
much, no.", "Would your guides record them?" — "Ei, definitely."), unlike a hedge ("Mostly.")."""
_FILLERS = frozenset({"um", "uh", "oh", "er", "erm", "well", "so", "and", "mm", "hmm"})


def _echoes(reply: str, question: str) -> bool:
    """Whether a reply only echoes the question's own words ("And does she do all three locations?" — "All
    three."): it confirms what the rep checked."""
    words = set(normalize(reply).split()) - _FILLERS
    return bool(words) and words <= set(normalize(question).split())


def _confirms(reply: str, question: str) -> bool:
    """Whether a reply confirms what the rep checked: a yes-word, or the question's words echoed back."""
    return _CONFIRMS.search(normalize(reply)) is not None or _echoes(reply, question)


def _answers_outright(reply: str, question: str) -> bool:
    """Whether a reply is the whole answer to a closed question: a plain yes or no, or an echo of its words."""
    return _YES_OR_NO.match(normalize(reply)) is not None or _echoes(reply, question)


def _heard_long(reply: str, question: str, asked: bool) -> bool:
    """Whether a reply one word over the limit may be a curt one tiny.en heard a word longer ("Just a whiteboard." as
    "just to wipe work.", "Cash only." as "That's your own week.", bench/heldout52 and 55): one sentence answering a
    closed question about the business. It may make the third of a run, never one of two; a figure asked for, or a
    word and then a sentence more ("Some. Maybe a quarter."), is a whole answer."""
    return (
        asked
        and word_count(reply) == CURT_MAX_WORDS + 1
        and not asks_for_a_figure_or_choice(question)
        and len(sentences(reply)) == 1
    )


@dataclass(frozen=True)
class CurtRepliesConfig:
    max_words: int = CURT_MAX_WORDS
    """A reply this short is curt ("Fine.", "Yes.", "It's okay."); a real answer to an open question is a
    sentence. Three words leave room for the model splitting a contraction or adding a filler."""
    max_words_after_open: int = 4
    """The limit for a reply to an open question ("What's been the trickiest part?" — "Kind of ad hoc."): a
    four-word answer to "tell me about…" still withholds; to "Mostly residential?" it is the whole answer, so
    it neither counts nor breaks the run (tiny.en hears "That'd be me." as "that it be me")."""
    min_run: int = CURT_MIN_RUN
    """Curt replies in a row before the card: one or two are normal in any call, a third is a pattern."""
    min_run_after_open: int = 2
    """Fewer are enough when the prospect was invited to talk and declined twice in a row: one of the replies
    answered an open question or a check-in with a word or two ("How are things going?" — "Fine."), or both
    answered questions about their business with a hedge ("Do you book those loads yourself?" — "Mostly."; a
    plain "Aye, they do." or "No." is the whole answer). Replies to
    logistics ("Can you hear me?" — "Yes.") and figures ("How many reps?" — "Eight.") still need three."""
    monologue_words: int = 20
    """A short prospect turn after a rep turn this long with no question or invitation to talk is an
    acknowledgement ("okay", "right" during a pitch), not a reply: it neither counts nor breaks the run
    (``feature_dump`` owns it).
    Twenty words is about eight seconds of pitch; a check-in line ("just calling to see how things are
    going with your reporting") is shorter and its "Fine." is a reply."""


class CurtReplies:
    """Counts the prospect's consecutive short turns (each a reply to a rep turn) from the newest back.

    A substantive prospect turn ends the run, and so does a long live partial: the prospect is opening up.
    Short turns that only acknowledge a rep monologue are skipped.
    """

    kind = "curt_replies"

    def __init__(self, config: CurtRepliesConfig = CurtRepliesConfig()) -> None:
        self.config = config
        self._run = PerRevision(self._read)

    def check(self, state: ConversationView) -> Detection | None:
        return self._run(state)  # what was said decides; the clock does not

    def _read(self, state: ConversationView) -> Detection | None:
        partial = state.partial("prospect")
        if partial is not None and partial.words > self.config.max_words:
            return None
        run = []
        heard_long = []
        dodged = []
        probed = []
        answered = []
        asked = []
        for index in range(len(state.turns) - 1, 0, -1):
            turn = state.turns[index]
            if turn.channel != "prospect":
                continue
            before = state.turns[index - 1]
            invited = invites_elaboration(before.text)
            if turn.words > self.config.max_words_after_open:
                break
            stretched = turn.words > self.config.max_words and not invited
            if stretched and not _heard_long(turn.text, before.text, before.question):
                continue  # "That'd be me." (heard "that it be me") to "who looks after that?": neither curt nor open
            if before.words < self.config.monologue_words or before.question or invited:
                run.append(turn)
                heard_long.append(stretched)
                dodged.append(invited)
                probed.append(probes_the_business(before.text))
                answered.append(asks_for_a_figure_or_choice(before.text))
                asked.append(before.text)
        cfg = self.config
        newest = cfg.min_run_after_open
        hedged = not any(
            choice or _answers_outright(t.text, q)
            for t, q, choice in zip(run[:newest], asked[:newest], answered[:newest], strict=True)
        )
        declined = any(dodged[:newest]) or (all(probed[:newest]) and hedged)
        if len(run) < cfg.min_run and not (len(run) >= newest and declined and not any(heard_long[:newest])):
            return None
        if all(answered[: cfg.min_run]):
            return None  # "How many?" — "Twelve." · "Hard or soft?" — "Hard.": complete answers, however short
        if all(_confirms(t.text, q) for t, q in zip(run[: cfg.min_run], asked[: cfg.min_run], strict=True)) and not any(
            dodged[: cfg.min_run]
        ):
            return None  # "…is that correct?" — "Correct." · "All twelve?" — "Yes, all twelve.": the rep checking scope
        run.reverse()
        evidence = " · ".join(quote(t.text, cfg.max_words + 1) for t in run[-cfg.min_run :])
        return Detection(self.kind, f"{run[0].start:.2f}", evidence)
