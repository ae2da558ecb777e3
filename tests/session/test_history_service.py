"""The history as the windows see it: rows, search, signal filter, edited drafts, export and delete."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.session.history import HistoryService
from app.shared.calls import Utterance
from app.shared.errors import StoreError, UserFacingError
from app.store import HistoryStore
from tests.history_calls import MONDAY, seed_history


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.db")


def test_rows_are_newest_first_titled_by_their_first_words_with_their_signals(store: HistoryStore) -> None:
    seeded = seed_history(store)
    rows = HistoryService(store).calls()
    assert [r.id for r in rows] == [seeded.curt, seeded.dead_air, seeded.good]
    assert rows[0].title == "Hi, just checking in on the proposal I sent."
    assert rows[2].title == "Hi Dana, it's Sam from Keel. How do you…"  # cut at nine words
    assert [r.signals for r in rows] == [("Curt replies",), ("Dead air",), ()]


def test_search_matches_what_either_side_said_ignoring_case_and_spacing(store: HistoryStore) -> None:
    seeded = seed_history(store)
    service = HistoryService(store)
    assert [r.id for r in service.calls("PAYROLL")] == [seeded.good]
    assert [r.id for r in service.calls("  two   sites ")] == [seeded.dead_air]
    assert [r.id for r in service.calls("8 s of silence")] == [seeded.dead_air]  # a card's evidence
    assert service.calls("invoice") == []


def test_the_signal_filter_keeps_calls_that_had_that_stall(store: HistoryStore) -> None:
    seeded = seed_history(store)
    service = HistoryService(store)
    assert "Dead air" in service.signal_labels()
    assert [r.id for r in service.calls(signal="Dead air")] == [seeded.dead_air]
    assert [r.id for r in service.calls("sam", signal="Curt replies")] == []
    assert service.calls(signal="Pushback") == []


def test_a_call_still_being_written_is_reread_as_it_grows(store: HistoryStore) -> None:
    service = HistoryService(store)
    call_id = store.begin_call("live call", MONDAY)
    assert service.calls()[0].title == "live call"  # nothing said yet: named by its source
    store.add_utterance(call_id, Utterance("rep", 0.5, 3.0, "Morning, is this a good time?", 6, True))
    assert service.calls()[0].title == "Morning, is this a good time?"


def test_the_summary_carries_the_reps_edited_email(store: HistoryStore) -> None:
    seeded = seed_history(store)
    service = HistoryService(store)
    generated = service.summary(seeded.good).follow_up.email.body
    assert "[prospect name]" in generated
    service.save_email_draft(seeded.good, "Hi Dana, see you Thursday at ten.")
    assert service.summary(seeded.good).follow_up.email.body == "Hi Dana, see you Thursday at ten."
    assert "see you Thursday at ten" in service.render(seeded.good, ".md")


def test_export_writes_the_format_its_suffix_names(store: HistoryStore, tmp_path: Path) -> None:
    seeded = seed_history(store)
    service = HistoryService(store)
    html = service.export(seeded.curt, tmp_path / "call.HTML")
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    markdown = service.export(seeded.curt, tmp_path / "call.md")
    assert "## Follow-up plan" in markdown.read_text(encoding="utf-8")
    with pytest.raises(UserFacingError, match=r"\.md, \.html or \.json"):
        service.export(seeded.curt, tmp_path / "call.pdf")
    assert not (tmp_path / "call.pdf").exists()


def test_delete_forgets_the_call_for_good(store: HistoryStore) -> None:
    seeded = seed_history(store)
    service = HistoryService(store)
    service.calls()
    service.delete(seeded.dead_air)
    assert [r.id for r in service.calls()] == [seeded.curt, seeded.good]
    with pytest.raises(StoreError):
        service.summary(seeded.dead_air)
