"""Markdown, HTML and JSON exports of one summary say the same things."""

import json

from app.summary import summarize, to_html, to_json, to_markdown, with_email_draft
from tests.summary.calls import call, card, say

STORED = call(
    say("rep", 0, 5, "Hi, this is Sam."),
    say("prospect", 6, 8, "Hi."),
    say("rep", 9, 12, "How do you run payroll today?"),
    say("prospect", 13, 25, "By hand <script>alert(1)</script> every other Friday."),
    say("rep", 26, 28, "Fifteen minutes on Thursday?"),
    say("prospect", 29, 31, "Okay, Thursday works."),
    cards=(card(1, "pushback", 20, "“no time”"),),
)


def test_markdown_has_every_section_figure_and_cited_source() -> None:
    text = to_markdown(summarize(STORED))
    assert text.startswith("# Call 1 — Tuesday 24 November 2026, 10:00")
    for heading in (
        "## Figures",
        "## Questions you asked",
        "## Where it stalled",
        "## How it ended",
        "## Follow-up plan",
    ):
        assert heading in text
    assert "| Your talk ratio | 38% |" in text
    assert "Gong Labs" in text
    assert "00:20 Pushback: “no time”" in text
    assert "00:09 How do you run payroll today?" in text


def test_html_is_escaped_and_self_contained() -> None:
    text = to_html(summarize(STORED))
    assert "<script>" not in text and "By hand &lt;script&gt;" in text
    assert text.startswith("<!DOCTYPE html>") and "http" not in text
    assert "<h2>Follow-up plan</h2>" in text
    edited = with_email_draft(summarize(STORED), "Hi <b>there</b>")
    assert "Hi &lt;b&gt;there&lt;/b&gt;" in to_html(edited)


def test_json_round_trips_with_dates_as_iso_strings() -> None:
    data = json.loads(to_json(summarize(STORED)))
    assert data["call_id"] == 1
    assert data["started_at"] == "2026-11-24T10:00:00+01:00"
    assert data["ending"]["next_step"] is True
    assert data["follow_up"]["due"] == "2026-11-26"
    ratio = next(f for f in data["figures"] if f["key"] == "talk_ratio")
    assert ratio["benchmark"]["source"] == "gong_talk_ratio" and ratio["off_benchmark"] is False
    assert "gong_talk_ratio" in data["sources"]
