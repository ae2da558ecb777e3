"""The numbers that define a stall, shared by the live coach and the post-call summary.

The card a rep saw during the call and the figure in the summary afterwards must agree on what counted
as dead air or a curt streak, so both read their defaults from here (each stays configurable on its own).
"""

from __future__ import annotations

__all__ = ["CURT_MAX_WORDS", "CURT_MIN_RUN", "DEAD_AIR_SECONDS"]

DEAD_AIR_SECONDS = 4.0
"""Silence that counts as dead air. A normal gap between speakers is ~0.25 s and a 2–3 s pause after a
question is healthy thinking time; contact-centre analytics flag silence beyond ~5 s, so the card shows at
4 s and the rep has the words in hand by the time the silence turns awkward."""

CURT_MAX_WORDS = 3
"""A prospect reply this short is curt ("Fine.", "Yes.", "It's okay.")."""

CURT_MIN_RUN = 3
"""Curt replies in a row that make a streak; one or two happen in any call. The live coach may raise its
card at the second when one of them dodged an open question (so the rep can change tack in time); the
summary counts the streaks that reached this length."""
