"""Product and feature terms: what a feature tour sounds like.

Each built-in entry is a small regex family over normalised text, written to survive the small model's
spellings ("roll based" for "role based", "single sign on", "web hooks", "a p i"). Users add their own
product's terms (plain words) in ``coach.toml``; those match as whole words with hyphens and spaces alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.coach.text import normalize, sentences

__all__ = ["BUILTIN_FEATURE_TERMS", "FeatureVocabulary", "feature_statements", "list_items"]

_MIN_LIST_ITEMS = 4
"""Comma-separated parts that make a sentence a list; three is still ordinary speech."""
_MAX_ITEM_WORDS = 10
_LEAD_ITEM_WORDS = 3
_FILLERS = frozenset(
    [
        "okay",
        "ok",
        "so",
        "well",
        "um",
        "uh",
        "er",
        "erm",
        "like",
        "say",
        "see",
        "look",
        "right",
        "yeah",
        "yes",
        "now",
        "then",
        "actually",
        "basically",
        "honestly",
        "anyway",
        "madam",
        "ma'am",
        "sir",
        "mate",
        "you",
        "know",
        "i",
        "mean",
    ]
)
"""Words a comma sets off in speech without making an item: "Okay, and madam, if they…, say, three months"."""

BUILTIN_FEATURE_TERMS: dict[str, str] = {
    "dashboards": r"dash ?boards?",
    "reporting": r"report(?:s|ing)|reporting engine",
    "analytics": r"analytics?",
    "workflows": r"work ?flows?|workflow builder",
    "automation": r"automat(?:ed|ion|ions|es|ically)",
    "drag and drop": r"drag (?:and|n|&) drop",
    "integrations": r"integrations?|plug ?ins?|add ons?|connectors?",
    "single sign-on": r"single sign ?on|\bsso\b",
    "permissions": r"permissions?|(?:role|roll|rule) based",
    "alerts": r"alerts?|notifications?",
    "mobile app": r"mobile|\bapps?\b",
    "exports": r"exports?|imports?",
    "branding": r"branding|white ?label(?:ed|ing)?",
    "api": r"\bapi\b|\ba p i\b|\bapis\b",
    "webhooks": r"web ?hooks?",
    "audit logs": r"audit (?:logs?|trails?)",
    "sandbox": r"sand ?box",
    "templates": r"templates?",
    "real-time": r"real ?time|live (?:data|updates?)",
    "data warehouse": r"data ?warehouse|warehouse",
    "security": r"encrypt(?:ion|ed)|soc ?(?:2|two)|compliance|gdpr|hipaa",
    "scheduled jobs": r"scheduled|scheduling",
    "customisation": r"custom(?:ise|ize|isable|izable|isation|ization)?\b",
    "sync": r"\bsync(?:s|ing|ed)?\b|synchroni[sz]",
    "ai": r"\bai\b|machine learning|\ba i\b",
    "uptime": r"uptime|99 ?(?:point )?9",
    "support": r"24 ?7|support team",
    "features": r"\bfeatures?\b|\bmodules?\b",
    "backup": r"back ?ups?|snapshots?|restores?|archiv(?:e|es|ing)|legal hold|storage",
    "admin console": r"\bconsoles?\b|\badmin\b",
    "warranty": r"warrant(?:y|ies)|guarantees?\b",
    "display": r"\bdisplays?\b|\b(?:touch ?)?screens?\b",
    "weatherproof": r"(?:water|weather|dust) ?proof|water resistant|\bip ?\d\d\b",
    "wireless": r"blue ?tooth|\bwi ?fi\b|wireless|over the air",
    "battery": r"batter(?:y|ies)",
}


class FeatureVocabulary:
    """Finds which feature families a stretch of rep speech mentions."""

    def __init__(self, extra_terms: Iterable[str] = ()) -> None:
        families = {name: re.compile(pattern) for name, pattern in BUILTIN_FEATURE_TERMS.items()}
        for term in extra_terms:
            words = normalize(term).split()
            if words:
                families[" ".join(words)] = re.compile(r"\b" + r"\s?".join(map(re.escape, words)) + r"s?\b")
        self._families = families

    def features_in(self, text: str) -> frozenset[str]:
        """Feature families named in ``text``, plus the items of any spoken list (see :func:`list_items`).

        List items and feature statements catch products whose terms are in no vocabulary: "unlimited cloud
        backup, hourly snapshots, ransomware detection, ..." is a feature list whatever the product, and so is
        "There's a walk assist mode. There's a two-year warranty on the motor."
        """
        families = self._families_in(normalize(text))
        items = {f"item: {item}" for item in list_items(text)}
        statements = {f"item: {s}" for s in feature_statements(text) if not self._families_in(s)}
        return frozenset(families if len(families) >= len(items) else items) | statements

    def _families_in(self, normalised: str) -> set[str]:
        return {name for name, pattern in self._families.items() if pattern.search(normalised)}


def list_items(text: str) -> list[str]:
    """The items of enumerations in ``text``: sentences with at least ``_MIN_LIST_ITEMS`` short comma parts.

    A list is usually introduced by a clause ("So Stackbay gives you unlimited cloud backup, hourly
    snapshots, ..."): the first part counts by its last ``_LEAD_ITEM_WORDS`` words, the item itself.
    """
    items: list[str] = []
    for sentence in sentences(text):
        parts = [normalize(p) for p in re.split(r",|;|\band\b", sentence)]
        parts = [p for p in parts if p and not set(p.split()) <= _FILLERS]
        if len(parts) > 1:
            parts[0] = " ".join(parts[0].split()[-_LEAD_ITEM_WORDS:])
        short = [p for p in parts if len(p.split()) <= _MAX_ITEM_WORDS]
        if len(parts) >= _MIN_LIST_ITEMS and len(short) >= _MIN_LIST_ITEMS:
            items.extend(short)
    return items


_PERCENT = str.maketrans({"%": " percent"})
_CLAUSE = re.compile(r"[.!?;,]|\band\b")
_STATEMENT_LEAD = (
    r"^(?:(?:and|then|also|plus|oh|so|now|the nice thing is|the nice thing|besides that|beyond that|on top of that"
    r"|as well as that|apart from that|what's more)\s+)*"
)
_PRESENTS = re.compile(
    _STATEMENT_LEAD + r"(?:there's|there is|there are|it's got|it has|it comes with|they come with|comes with"
    r"|you (?:also )?get|we (?:also )?(?:give you|include|throw in|offer)|[\w']+ (?:also )?gives you|(?:we|you)(?:'ve| have)? (?:also )?got|it also)\b"
)
_SPEC = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred)"
    r" (?:percent|per cent|watts?|volts?|amps?|mil|mm|millimetres?|millimeters?|kilos?|kg|litres?|liters?"
    r"|gigs?|gb|tb|terabytes?|gigabytes?|mbps|megabits?|year warranty|years? guarantee)\b"
)


_CAPABILITY = re.compile(
    _STATEMENT_LEAD
    + r"(?:(?:it|they)(?! (?:was|were|had|did|sounds|seems|looks|depends|makes sense)\b)(?:'s(?! been\b)| \w+s\b| can\b| will\b)"
    r"|(?:the|each|every|your|our) \w+(?: \w+)? (?:gets?|sees?|takes?|keeps?|sends?|shows?|tracks?|can|is|are)\b"
    r"|you (?:can |also )?(?:see|set|book|choose|pick|track|send|scan|print|add|take|manage|pay|know)\b"
    r"|(?:keeps|sends|reminds|scans|captures|tracks|shows|prints|logs|records|flags|books|pays|pulls|syncs|texts|counts)\b)"
)
"""A clause that says what the product does, in the present: "it takes a printed label", "the customer gets a
tracking link", "you see every bike on a live map", "reminds the salesperson when to follow up"."""
_TOLD_AS_A_STORY = re.compile(r"\b(?:was|were|had|did|used to|went|said|told|ago|last (?:week|month|year)|yesterday)\b")
"""What happened once is a story, not a feature ("it was a hard year", "they said no last year")."""
_MIN_CAPABILITY_WORDS = 4


def feature_statements(text: str) -> list[str]:
    """Clauses that present one feature each, said as sentences rather than a comma list.

    A rep touring a product in short sentences ("There's a walk assist mode. The app does firmware updates.
    There's a two-year warranty on the motor, and we give you a display stand.") never makes a comma list,
    and tiny.en drops most commas anyway. A clause counts when it presents something ("there's a", "it's
    got", "you get", "we give you"), states a specification (a figure with a unit, a percentage) or says what
    the product does, in the present tense (:data:`_CAPABILITY`: blind calls' reps tour unfamiliar products that
    way, "It takes a printed label. It comes in rolls or pre-cut sheets.").
    """
    statements: list[str] = []
    for clause in _CLAUSE.split(text.translate(_PERCENT)):
        words = normalize(clause)
        if words and (_PRESENTS.match(words) or _SPEC.search(words) or _capability(words)):
            statements.append(words)
    return statements


def _capability(words: str) -> bool:
    """Whether a clause of a few words says what the product does (:data:`_CAPABILITY`), not what once happened."""
    return (
        len(words.split()) >= _MIN_CAPABILITY_WORDS
        and bool(_CAPABILITY.match(words))
        and not _TOLD_AS_A_STORY.search(words)
    )
