"""Product and feature terms: what a feature tour sounds like.

Each built-in entry is a small regex family over normalised text, written to survive the small model's
spellings ("roll based" for "role based", "single sign on", "web hooks", "a p i"). Users add their own
product's terms (plain words) in ``coach.toml``; those match as whole words with hyphens and spaces alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.coach.text import normalize

__all__ = ["BUILTIN_FEATURE_TERMS", "FeatureVocabulary"]

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
        normalised = normalize(text)
        return frozenset(name for name, pattern in self._families.items() if pattern.search(normalised))
