"""Text helpers that tolerate what a small speech model does to words.

Whisper tiny.en drops words, changes punctuation and casing, writes numbers as digits and splits or joins
compounds ("roll-based", "single sign on", "web hooks"). Every matcher in the coach therefore works on a
normalised form (lower case, no punctuation, hyphens as spaces) and on meaning-bearing word patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "NEGATION",
    "asks_for_a_figure_or_choice",
    "invites_elaboration",
    "is_question",
    "normalize",
    "probes_the_business",
    "quote",
    "sentences",
    "word_count",
]

NEGATION = re.compile(
    r"\b(?:no|not|never|nothing|nobody|none|nope|nah|nor|neither|dont|didnt|cant|wont|havent|aint)\b|n't\b"
)
"""Any refusal or negation in normalised text ("n't" kept or, as tiny.en sometimes writes it, dropped)."""

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LEAD_IN = (
    r"^(?:(?:so|and|but|okay|ok|now|well|um|uh|then|also|right|sorry|yep|yeah|yes|sure|fine|great|cool|lovely|perfect"
    r"|brilliant|alright|got it|fair enough)\s+)*"
)
_INVERTED = re.compile(
    _LEAD_IN + r"(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|shall|may|might)"
    # (not a subject with its verb contracted on: "May, I've got forty sows due", tiny.en's "Mate" in bench/heldout63)
    r"\s+(?:you|your|we|i|it|that|this|those|these|there|they|anyone|someone|he|she|the|any)\b(?!')"
)
_WH = re.compile(
    _LEAD_IN + r"(?:what|how|why|when|where|who|which)\s+(?:is|are|was|were|do|does|did|would|could|can|will|should"
    r"|has|have|made|makes|kind|sort|long|much|many|often|about|if|else|happens|happened|would've)\b"
    r"|" + _LEAD_IN + r"who\s+(?:\w+s|\w+ed)\s+(?:the|your|it|that|this|[a-z]+ing)\b"
    r"|" + _LEAD_IN + r"(?:where|how)'s\b"  # "and where's the ash coming from at the minute." (not "what's", "who's")
)


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lower case, straight apostrophes, hyphens and slashes as spaces, other punctuation dropped.

    Cached: every tick re-reads the same few turns, ten times a second."""
    lowered = text.translate(_APOSTROPHES).lower()
    spaced = re.sub(r"[-_/]", " ", lowered)
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", spaced).split())


def word_count(text: str) -> int:
    return len(_WORD.findall(normalize(text)))


def sentences(text: str) -> list[str]:
    """Split on sentence punctuation; text without any punctuation is one sentence."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def is_question(text: str) -> bool:
    """A question mark, or a sentence that opens like a question (the model sometimes drops the mark).

    Only inverted word order ("do you", "is that") and wh-words followed by a verb count, so statements such
    as "what I'm hearing is ..." are not mistaken for questions.
    """
    if "?" in text:
        return True
    return any(_INVERTED.match(normalize(s)) or _WH.match(normalize(s)) for s in sentences(text))


_OPEN_QUESTION = re.compile(
    _LEAD_IN
    + r"(?:(?:what|how|why)\b(?! (?:many|much|long|often|old|soon|big)\b)|(?:can you |could you )?(?:tell|walk) me\b)"
)
_CHECK_IN = re.compile(r"\b(?:see|hear|know|find out|ask|check) (?:how|what|if|whether)\b|\b(?:curious|wondering)\b")


def invites_elaboration(text: str) -> bool:
    """Whether a rep turn asks for more than a yes, a no or a figure.

    True for an open question ("what made you…", "how is that going?", "tell me about…") and for a check-in
    dressed as a statement ("just calling to see how things are going"). A two-word reply to one of these
    dodges it; a two-word reply to "are you still on spreadsheets?" or "how many reps?" is simply an answer.
    """
    return any(
        (_OPEN_QUESTION.match(said) and not _SHORT_ANSWER_QUESTION.search(said)) or _CHECK_IN.search(said)
        for said in (normalize(s) for s in sentences(text))
    )


_SHORT_ANSWER_QUESTION = re.compile(
    r"\b(?:how (?:many|much|long|often|old|soon|big)|what (?:time|day|date))\b"
    # a share ("How do your bookings split between online and walk-in?" — "Half and half.")
    r"|\bsplit (?:between|across)\b|\bwhat (?:share|proportion|percentage|percent|fraction)\b"
    # a name ("What are you running your jobs on?" — "Jobber.")
    r"|\b(?:what|which) (?:[\w']+ )?(?:are|do|is|does) (?:you|y'all|you guys|your(?: [\w']+){1,2}) (?:use|using|run|running|on|with)\b"
    r"|\bwho (?:are you with|do you use|is your (?:[\w']+ )?(?:supplier|provider|bank|accountant|carrier))\b"
    # a person's name ("Who's the landlord?" — "Mr Abrahams.")
    r"|\bwho(?:'s| is| s) (?:the|your) (?:[\w']+ )?(?:landlord|owner|owners|manager|boss|contact|agent|broker|buyer|director"
    r"|person|guy|bloke|fella|lady|one)\b"
)
"""A question a word or two answers completely: a figure, a share or the name of what they use."""
_LOGISTICS = re.compile(
    r"\b(?:hear (?:me|you)|(?:good|bad|ok|okay|right) time|(?:a|one|two|five|few|couple|spare) (?:minute|minutes|moment|sec|second)s?"
    r"|still there|speaking (?:to|with)|right person|make sense|sound (?:good|ok|okay|right|fair)|sounds (?:good|ok|okay)"
    r"|work for you|works for you|that work|that okay|that ok|that fair|that right|is it ok|is it okay|mind if|okay if|ok if"
    r"|send (?:it|you|that|this|over|the)|(?:e ?mail|calendar|invite|address|number)\b"
    r"|monday|tuesday|wednesday|thursday|friday|next week|tomorrow|o'?clock|\b\d+ ?(?:am|pm)\b)"
)


_CHOICE = re.compile(
    r"\w \bor\b (?!not\b|something|anything|what|so\b|no\b)\w"
    r"|\bwhich (?:[\w']+ )?(?:would|do|does|is|are|did|should|will|of|one|ones)\b"  # "which languages would matter most?"
)


_OFFER = re.compile(
    _LEAD_IN + r"(?:(?:do|did) you (?:want|need)|would you (?:like|want)|shall i|should i|(?:do )?you want me to)\b"
)
"""An offer ("do you want the logo printed on them?", "shall I add the blocks?"): yes or no is the whole answer,
unlike a discovery question about the prospect's business ("do you keep an eye on competitors' rates?")."""


_SHORT_CHOICE_WORDS = 8
"""A rep line that ends on "X or Y" within this many words is a choice question even without its question mark
("Forty, and the thick ones, the six mil, or the four.")."""


def asks_for_a_figure_or_choice(text: str) -> bool:
    """Whether every question in a rep turn is answered completely in a word or two.

    A figure ("how many designs?" — "Four, probably."), a share or the name of a tool (:data:`_SHORT_ANSWER_QUESTION`),
    a choice ("hard enamel or soft?" — "Hard.") or an offer ("do you want the logo printed on them?" — "No.").
    """
    asked = [normalize(s) for s in sentences(text) if is_question(s)]
    if not asked:  # tiny.en often drops the mark: "hard enamel or soft."
        asked = [" ".join(normalize(text).split()[-_SHORT_CHOICE_WORDS:])]
    return bool(asked) and all(_SHORT_ANSWER_QUESTION.search(q) or _CHOICE.search(q) or _OFFER.match(q) for q in asked)


def probes_the_business(text: str) -> bool:
    """Whether a rep turn asks about the prospect's situation, where an engaged prospect says more than asked.

    True for a discovery question, open or closed ("do you book those loads yourself?", "are they all in
    one office?"); false for a figure ("how many reps?" — "eight." is the whole answer) and for logistics
    of the call itself ("can you hear me?", "is now still a good time?", "does Tuesday work?").
    """
    asked = [normalize(s) for s in sentences(text) if is_question(s)]
    return any(not _SHORT_ANSWER_QUESTION.search(q) and not _LOGISTICS.search(q) for q in asked)


def quote(text: str, max_words: int = 12) -> str:
    """``text`` in quotes, cut to ``max_words`` words so a card stays glanceable."""
    words = text.strip().split()
    clipped = " ".join(words[:max_words]) + ("…" if len(words) > max_words else "")
    return f"“{clipped}”"
