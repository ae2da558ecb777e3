"""Product and feature terms: what a feature tour sounds like.

Each built-in entry is a small regex family over normalised text, written to survive the small model's
spellings ("roll based" for "role based", "single sign on", "web hooks", "a p i"). Users add their own
product's terms (plain words) in ``coach.toml``; those match as whole words with hyphens and spaces alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.coach.text import normalize, sentences

__all__ = ["BUILTIN_FEATURE_TERMS", "FeatureVocabulary", "list_items"]

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

        List items catch products whose terms are in no vocabulary: "unlimited cloud backup, hourly
        snapshots, ransomware detection, ..." is a feature list whatever the product.
        """
        normalised = normalize(text)
        families = {name for name, pattern in self._families.items() if pattern.search(normalised)}
        items = {f"item: {item}" for item in list_items(text)}
        return frozenset(families if len(families) >= len(items) else items)


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
