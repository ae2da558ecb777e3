"""The summary window on a stored call: figures with benchmarks, the stall timeline, the follow-up, the
email draft the rep edits (kept in the history), copying it, and exporting the summary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.session.history import HistoryService
from app.store import HistoryStore
from app.ui import clipboard
from app.ui.summary_window import SummaryWindow
from app.ui.theme import DARK, LIGHT
from tests.history_calls import RECAP, Seeded, seed_history


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryService]:
    with HistoryStore(tmp_path / "history.db") as store:
        yield HistoryService(store)


@pytest.fixture
def seeded(history: HistoryService) -> Seeded:
    return seed_history(history.store)


def _window(qtbot: QtBot, history: HistoryService, call_id: int, chosen: Path | None = None) -> SummaryWindow:
    window = SummaryWindow(history, call_id, LIGHT, ask_path=lambda parent, name, kind: chosen)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_figure_is_shown_with_its_benchmark(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.curt)
    tiles = {tile.label.text(): tile for tile in window.tiles}
    assert list(tiles) == [f.label for f in window.summary.figures]
    ratio = tiles["Your talk ratio"]
    assert ratio.value.text() == "79%"
    assert ratio.value.property("off") == "true"  # 79% is above the benchmark's limit
    assert ratio.benchmark.text().startswith("Off benchmark: about 43%")
    assert tiles["Duration"].value.property("off") == "false"
    assert window.verdict.text() == "Went badly"


def test_the_timeline_shows_the_card_and_the_script_used(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.dead_air)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert "DEAD AIR" in texts
    assert "Card shown with 1 script." in texts
    assert f"✓ You used: “{RECAP.text}”" in texts
    assert window.ending_label.text() == "A next step was agreed: “Send it over.”"


def test_the_follow_up_plan_has_a_dated_next_step(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.good)
    assert window.due.text() == "NEXT STEP · BY THURSDAY 26 NOVEMBER"
    assert window.verdict.text() == "Went well"
    assert window.subject.text() == "Our call and the next step"


def test_an_edited_email_is_saved_and_shown_next_time(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.curt)
    assert "[prospect name]" in window.editor.toPlainText()
    window.editor.setPlainText("Hi Alex,\n\nSorry I rushed you yesterday.\n\nSam")

    def saved() -> bool:
        summary = history.store.load_summary(seeded.curt)
        return summary is not None and summary.email_draft == "Hi Alex,\n\nSorry I rushed you yesterday.\n\nSam"

    qtbot.waitUntil(saved, timeout=30_000)
    assert window.status.text() == "Saved ✓"
    window.close()
    again = _window(qtbot, history, seeded.curt)
    assert again.editor.toPlainText().startswith("Hi Alex,")


def test_closing_saves_an_edit_made_just_before(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.good)
    window.editor.setPlainText("Short and sweet.")
    window.close()
    summary = history.store.load_summary(seeded.good)
    assert summary is not None and summary.email_draft == "Short and sweet."


def test_copy_email_puts_the_draft_on_the_clipboard(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.good)
    QGuiApplication.clipboard().setText("something else")
    window.copy_button.click()
    assert QGuiApplication.clipboard().text() == window.editor.toPlainText()
    assert window.status.text().startswith("Email copied")


def test_a_clipboard_that_fails_is_reported(
    qtbot: QtBot, history: HistoryService, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clipboard, "copy_text", lambda text: False)
    window = _window(qtbot, history, seeded.good)
    window.copy_button.click()
    assert "clipboard" in window.status.text() and window.status.property("tone") == "bad"


@pytest.mark.parametrize(("suffix", "start"), [(".md", "# Call"), (".html", "<!DOCTYPE html>")])
def test_export_writes_the_chosen_file_with_the_edited_email(
    qtbot: QtBot, history: HistoryService, seeded: Seeded, tmp_path: Path, suffix: str, start: str
) -> None:
    target = tmp_path / "out" / "dana"
    target.parent.mkdir()
    window = _window(qtbot, history, seeded.good, chosen=target)
    window.editor.setPlainText("Hi Dana, see you Thursday at ten.")
    window.export_buttons[suffix].click()
    written = target.with_suffix(suffix)
    text = written.read_text(encoding="utf-8")
    assert text.startswith(start)
    assert "see you Thursday at ten" in text
    assert window.status.text() == f"Exported to {written.name} ✓"


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, history: HistoryService, seeded: Seeded, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    window = _window(qtbot, history, seeded.good, chosen=blocked / "summary.md")
    assert window.export(".md") is None
    assert "Cannot write" in window.status.text()


def test_cancelling_the_export_dialog_writes_nothing(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.good, chosen=None)
    before = window.status.text()
    assert window.export(".html") is None
    assert window.status.text() == before


def test_the_dark_palette_restyles_the_window(qtbot: QtBot, history: HistoryService, seeded: Seeded) -> None:
    window = _window(qtbot, history, seeded.good)
    assert LIGHT.window in window.styleSheet()
    window.apply_palette(DARK)
    assert DARK.window in window.styleSheet() and LIGHT.window not in window.styleSheet()
