"""Turning "Thursday" or "tomorrow" said on a call into a calendar date, and counting business days.

A follow-up without a date slips; a date the prospect said themselves is the one to use.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.summary.ending import WEEKDAYS

__all__ = ["add_business_days", "resolve_day"]


def resolve_day(day: str | None, call_date: date) -> date | None:
    """The date meant by ``day`` (as :class:`~app.summary.ending.Ending` names it) on a call on ``call_date``.

    A weekday is its next occurrence after the call ("Thursday" said on a Thursday means next week's);
    "next week" is the following Monday.
    """
    if day == "tomorrow":
        return call_date + timedelta(days=1)
    if day == "next week":
        return call_date + timedelta(days=7 - call_date.weekday())
    if day in WEEKDAYS:
        ahead = (WEEKDAYS.index(day) - call_date.weekday()) % 7
        return call_date + timedelta(days=ahead or 7)
    return None


def add_business_days(start: date, days: int) -> date:
    """``days`` working days (Monday to Friday) after ``start``; public holidays are not known here."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current
