from datetime import date

import pytest

from app.summary.dates import add_business_days, resolve_day

TUESDAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("thursday", date(2026, 11, 26)),
        ("tuesday", date(2026, 12, 1)),  # said on a Tuesday: next week's
        ("monday", date(2026, 11, 30)),
        ("tomorrow", date(2026, 11, 25)),
        ("next week", date(2026, 11, 30)),
        (None, None),
        ("someday", None),
    ],
)
def test_a_day_said_on_the_call_becomes_a_date(day: str | None, expected: date | None) -> None:
    assert resolve_day(day, TUESDAY) == expected


def test_business_days_skip_the_weekend() -> None:
    friday = date(2026, 11, 27)
    assert add_business_days(friday, 1) == date(2026, 11, 30)
    assert add_business_days(friday, 2) == date(2026, 12, 1)
    assert add_business_days(TUESDAY, 2) == date(2026, 11, 26)
