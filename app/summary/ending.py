"""How the call ended: was a concrete next step agreed in its last turns?

Read from the words of the close only: a day or time ("Thursday", "tomorrow at 3"), or an action on the
calendar ("send", "book", "schedule", "follow up", "set up a demo"), not negated and not followed by the
prospect turning it down. The transcript comes from a small speech model, so the matching works on lower
case words without punctuation and tolerates dropped question marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.shared.calls import StoredCall
from app.summary.conversation import group_turns

__all__ = ["CLOSING_TURNS", "Ending", "detect_ending"]

CLOSING_TURNS = 4
"""How many turns from the end count as the close (the ask and the answer, twice)."""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_DAY = re.compile(r"(?<!every )(?<!other )(?<!last )(?<!past )\b(" + "|".join(WEEKDAYS) + r"|tomorrow|next week)\b")
"""A day ahead: not "every other Friday" or "last Monday" (habits and history), and not "today", which a
rep says in every other question ("how do you do it today?")."""
_TIME = re.compile(r"\b(?:\d{1,2}(?: ?\d{2})? ?(?:am|pm|a m|p m|o'?clock)|at (?:\d{1,2}|noon))\b")
_ACTION = re.compile(
    r"\b(?:send(?:ing)?|sent over|e ?mail (?:you|it|them|over)|book(?:ed|ing)?|schedul(?:e|ed|ing)|calendar|invite"
    r"|follow(?:ing)? up|set (?:up|something up)|demo|trial|pilot|next step"
    r"|(?:call|talk|speak|chat) (?:again|then|on|next|tomorrow))\b"
)
_NEGATED = re.compile(
    r"\b(?:don't|do not|dont|won't|will not|no need|not interested|no thanks|no thank you|not now|never)\b"
)
_REFUSAL = re.compile(
    r"\b(?:not interested|no thanks|no thank you|don't call|do not call|stop calling|take (?:me|us) off"
    r"|not (?:right )?now|we're (?:all )?set|all set|(?:i'll|we'll|i will|we will) (?:call|reach out to) you)\b"
)


@dataclass(frozen=True)
class Ending:
    next_step: bool
    evidence: str | None
    """The sentence that agreed the next step, or the prospect's refusal when one undid it."""
    day: str | None
    """The day named in the close ("thursday", "tomorrow", "next week"), lower case, if any."""


def _plain_words(text: str) -> str:
    """Lower case, straight apostrophes, punctuation dropped: the form every matcher here reads."""
    lowered = text.replace("’", "'").lower()
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", lowered.replace("-", " ")).split())


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


def detect_ending(call: StoredCall, closing_turns: int = CLOSING_TURNS) -> Ending:
    turns = group_turns(call.utterances)[-closing_turns:]
    agreed: str | None = None
    refused: str | None = None
    day: str | None = None
    for turn in turns:
        for sentence in _sentences(turn.text):
            words = _plain_words(sentence)
            if turn.channel == "prospect" and _REFUSAL.search(words):
                refused, agreed = sentence, None
                continue
            named = _DAY.search(words)
            if (named or _TIME.search(words) or _ACTION.search(words)) and not _NEGATED.search(words):
                agreed, refused = sentence, None
                day = named.group(1) if named else day
    if agreed is not None:
        return Ending(True, agreed, day)
    return Ending(False, refused, None)
