"""The history window: past calls listed, searched, filtered by signal, reopened, and deleted for good
(asked in the window, and never while a call is on)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.session.history import HistoryService
from app.store import HistoryStore
from app.ui.history_window import ALL_SIGNALS, HistoryWindow
from app.ui.post_call import PostCallWindows
from app.ui.settings import OverlaySettings
from app.ui.summary_window import SummaryWindow
from app.ui.theme import DARK, LIGHT
from app.ui.worker import CallController
from tests.history_calls import Seeded, seed_history
from tests.ui.conftest import RecordingFactory


class Line:
    """Whether a call is on, as the window asks it."""

    def __init__(self) -> None:
        self.busy = False

    def __call__(self) -> bool:
        return self.busy


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryService]:
    with HistoryStore(tmp_path / "history.db") as store:
        yield HistoryService(store)


@pytest.fixture
def seeded(history: HistoryService) -> Seeded:
    return seed_history(history.store)


def _window(qtbot: QtBot, history: HistoryService, line: Line | None = None) -> HistoryWindow:
    window = HistoryWindow(history, LIGHT, line or Line())
    qtbot.addWidget(window)
    window.show()
    return window


def _column(window: HistoryWindow, column: int) -> list[str]:
    items = (window.table.topLevelItem(i) for i in range(window.table.topLevelItemCount()))
    return [item.text(column) for item in items if item is not None]


def test_past_calls_are_listed_newest_first(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history)
    assert _column(window, 0) == ["Tue 24 Nov 2026, 09:30", "Mon 23 Nov 2026, 11:30", "Mon 23 Nov 2026, 09:30"]
    assert _column(window, 1) == ["00:18", "00:31", "00:36"]
    assert _column(window, 2)[0] == "Hi, just checking in on the proposal I sent."
    assert _column(window, 3) == ["Curt replies", "Dead air", "—"]
    assert window.count.text() == "3 calls"
    assert window.selected_call() == seeded.curt
    assert not window.empty.isVisible()


def test_an_empty_history_says_where_calls_come_from(qtbot: QtBot, history: HistoryService) -> None:
    window = _window(qtbot, history)
    assert window.empty.isVisible() and "No calls yet" in window.empty.text()
    assert not window.open_button.isEnabled() and not window.delete_button.isEnabled()


def test_search_narrows_the_list_to_what_was_said(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history)
    qtbot.keyClicks(window.search, "payroll")
    assert [r.id for r in window.rows] == [seeded.good]
    assert window.count.text() == "1 call"
    window.search.setText("nobody said this")
    assert window.rows == [] and window.empty.text() == "No call matches."


def test_the_signal_filter_keeps_calls_with_that_stall(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history)
    assert window.signal.itemText(0) == ALL_SIGNALS
    window.signal.setCurrentIndex(window.signal.findData("Dead air"))
    assert [r.id for r in window.rows] == [seeded.dead_air]
    window.signal.setCurrentIndex(0)
    assert len(window.rows) == 3


def test_open_summary_reopens_the_selected_call(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history)
    window.select_call(seeded.dead_air)
    with qtbot.waitSignal(window.summary_requested, timeout=2000) as requested:
        window.open_button.click()
    assert requested.args == [seeded.dead_air]


def test_delete_asks_in_the_window_then_forgets_the_call(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history)
    window.select_call(seeded.dead_air)
    window.delete_button.click()
    assert window.confirm.isVisible() and "cannot be recovered" in window.confirm_text.text()
    assert len(history.store.list_calls()) == 3  # nothing is deleted before the rep confirms
    with qtbot.waitSignal(window.deleted, timeout=2000) as deleted:
        window.confirm_delete.click()
    assert deleted.args == [seeded.dead_air]
    assert [c.id for c in history.store.list_calls()] == [seeded.curt, seeded.good]
    assert [r.id for r in window.rows] == [seeded.curt, seeded.good]
    assert not window.confirm.isVisible()


def test_keep_it_cancels_the_delete(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history)
    window.delete_button.click()
    keep = next(b for b in window.confirm.findChildren(type(window.delete_button)) if b.text() == "Keep it")
    keep.click()
    assert not window.confirm.isVisible()
    assert len(history.store.list_calls()) == 3


def test_no_delete_while_a_call_is_on(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    line = Line()
    window = _window(qtbot, history, line)
    window.delete_button.click()
    assert window.confirm.isVisible()
    line.busy = True
    window.refresh()  # the window refreshes when a call starts
    assert not window.delete_button.isEnabled() and not window.confirm.isVisible()
    assert "once this call has ended" in window.delete_button.toolTip()
    window.delete_selected()
    assert len(history.store.list_calls()) == 3


def test_the_history_reopens_summaries_and_closes_a_deleted_calls(
    qtbot: QtBot, history: HistoryService, seeded: Seeded, settings: OverlaySettings
) -> None:
    controller = CallController(RecordingFactory())
    try:
        post = PostCallWindows(history, controller, settings, ask_path=lambda parent, name, kind: None)
        window = post.show_history()
        qtbot.addWidget(window)
        window.select_call(seeded.good)
        item = window.table.selectedItems()[0]
        with qtbot.waitSignal(post.summary_shown, timeout=2000) as shown:
            window.table.itemActivated.emit(item, 0)
        summary = shown.args[0]
        assert isinstance(summary, SummaryWindow) and summary.call_id == seeded.good
        assert summary.isVisible()
        assert post.show_summary(seeded.good) is summary  # one window per call
        window.delete_button.click()
        window.confirm_delete.click()
        qtbot.waitUntil(lambda: not summary.isVisible(), timeout=2000)
        assert seeded.good not in post.summaries
    finally:
        controller.shutdown()


def test_signals_stand_out_in_the_card_colour(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history)
    stalled, quiet = window.table.topLevelItem(0), window.table.topLevelItem(2)
    assert stalled is not None and quiet is not None
    assert stalled.foreground(3).color() == QColor(LIGHT.card_accent)
    assert quiet.foreground(3).color() == QColor(LIGHT.faint)
    window.apply_palette(DARK)
    assert stalled.foreground(3).color() == QColor(DARK.card_accent)
