"""Facts from the call that fill script placeholders: the prospect's name and their own words.

Both are read from the transcript as it stands when the card pops up; a fact that was never said is left
out, and the script falls back (see :mod:`app.coach.scripts`).
"""

from __future__ import annotations

import re

from app.coach.state import ConversationView
from app.coach.text import sentences

__all__ = ["call_facts", "prospect_name", "prospect_words"]

_GREETING = re.compile(r"\b(?i:hi|hello|hey|morning|afternoon|evening)\b[,!]?\s+([A-Z][a-z'’-]+)")
_SELF_INTRO = re.compile(r"\b(?i:this is|my name is|name's|it's)\s+([A-Z][a-z'’-]+)")
_NOT_NAMES = frozenset(
    {
        "There",
        "This",
        "It",
        "Is",
        "Everyone",
        "All",
        "Folks",
        "Guys",
        "Team",
        "Again",
        "So",
        "Um",
        "Uh",
        "I",
        "Yes",
        "Thanks",
    }
)
_LEAD_FILLER = re.compile(
    r"^(?:(?:oh|well|look|honestly|so|um|uh|yeah|yes|no|okay|ok|right|sure|and|but)[,.!]?\s+)+", re.I
)
_OPENING_TURNS = 2
"""Greetings are read from this many turns per side: a name said later is usually someone else's."""
_MIN_WORDS = 5
"""A prospect answer shorter than this ("Fine.", "I don't know.") has no words worth reflecting back."""
_MAX_WORDS = 14


def prospect_name(state: ConversationView) -> str | None:
    """The name the rep greeted ("Hi Marcus, ..."), or the one the prospect introduced themselves with."""
    rep_turns = [t for t in state.turns if t.channel == "rep"][:_OPENING_TURNS]
    prospect_turns = [t for t in state.turns if t.channel == "prospect"][:_OPENING_TURNS]
    for turns, pattern in ((rep_turns, _GREETING), (prospect_turns, _SELF_INTRO)):
        for turn in turns:
            for match in pattern.finditer(turn.text):
                if match.group(1) not in _NOT_NAMES:
                    return match.group(1)
    return None


def prospect_words(state: ConversationView) -> str | None:
    """The richest sentence of the prospect's last substantive answer, trimmed to one clause-ish span."""
    last = next((s for s in reversed(state.finals) if s.channel == "prospect" and s.words >= _MIN_WORDS), None)
    if last is None:
        return None
    sentence = max(sentences(last.text), key=lambda s: len(s.split()))
    words = _LEAD_FILLER.sub("", sentence).rstrip(" .!?,;").split()
    if len(words) > _MAX_WORDS:
        clause_ends = [i for i, w in enumerate(words[:_MAX_WORDS]) if w.endswith(",") and i >= 3]
        words = words[: clause_ends[-1] + 1] if clause_ends else words[:_MAX_WORDS]
    text = " ".join(words).rstrip(",;")
    return text[:1].upper() + text[1:] if len(words) >= 3 else None


def call_facts(state: ConversationView) -> dict[str, str]:
    facts = {"prospect_name": prospect_name(state), "prospect_words": prospect_words(state)}
    return {key: value for key, value in facts.items() if value}
