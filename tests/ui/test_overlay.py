"""The overlay's behaviour, driven by the worker's signals as a real call would drive it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.shared.events import LevelEvent, SpeechActivity, TranscriptEvent
from app.ui import clipboard
from app.ui.card import CardWidget
from app.ui.overlay import OverlayWindow
from app.ui.settings import OverlaySettings
from app.ui.status import CallState
from tests.ui.conftest import DEAD_AIR, PUSHBACK, RecordingFactory

Make = Callable[..., OverlayWindow]


def _shown_card(qtbot: QtBot, window: OverlayWindow) -> CardWidget:
    """Emit a card as the worker would and wait until it has fully slid in."""
    with qtbot.waitSignal(window.card_shown, timeout=30_000):
        window.controller.worker.call_event.emit(PUSHBACK)
    return window.cards[0]


def test_a_card_slides_in_when_the_coach_raises_one(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.card_shown, timeout=30_000) as shown:
        window.controller.worker.call_event.emit(PUSHBACK)
    assert shown.args == [PUSHBACK]
    card = window.cards[0]
    assert card.height() > 100  # fully open, not still a sliver
    assert [b.script.text for b in card.scripts] == [s.text for s in PUSHBACK.scripts]
    assert not window.empty.isVisible()


def test_clicking_a_script_copies_it_and_says_so(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    card = _shown_card(qtbot, window)
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(card.scripts[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == PUSHBACK.scripts[1].text
    assert card.scripts[1].title.text().startswith("COPIED")
    assert card.scripts[0].title.text() == PUSHBACK.scripts[0].title.upper()


def test_a_clipboard_that_does_not_take_the_text_is_reported(
    qtbot: QtBot, make_window: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clipboard, "copy_text", lambda text: False)
    window = make_window()
    window.show()
    card = _shown_card(qtbot, window)
    qtbot.mouseClick(card.scripts[0], Qt.MouseButton.LeftButton)
    assert card.note.isVisible()
    assert "clipboard" in card.note.text()
    assert not card.scripts[0].title.text().startswith("COPIED")


def test_dismiss_removes_the_card(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    card = _shown_card(qtbot, window)
    qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.cards, timeout=30_000)
    assert window.empty.isVisible()


def test_snooze_hides_that_kind_of_card_but_not_others(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    card = _shown_card(qtbot, window)
    qtbot.mouseClick(card.snooze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.cards, timeout=30_000)
    shown: list[object] = []
    window.event_shown.connect(shown.append)
    window.controller.worker.call_event.emit(PUSHBACK)
    window.controller.worker.call_event.emit(DEAD_AIR)
    qtbot.waitUntil(lambda: len(window.cards) == 1, timeout=30_000)
    assert window.cards[0].card == DEAD_AIR
    assert shown == [DEAD_AIR]


def test_a_card_the_coach_retires_leaves_on_its_own(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    _shown_card(qtbot, window)
    window.controller.worker.card_expired.emit(PUSHBACK)
    qtbot.waitUntil(lambda: not window.cards, timeout=30_000)


def test_only_the_two_newest_cards_stay(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    for t in (1.0, 2.0, 3.0):
        window.controller.worker.call_event.emit(
            PUSHBACK.__class__(PUSHBACK.kind, t, PUSHBACK.evidence, PUSHBACK.scripts)
        )
    qtbot.waitUntil(lambda: [c.card.t for c in window.cards] == [3.0, 2.0], timeout=30_000)


def test_the_window_stays_on_top_and_never_takes_focus(make_window: Make) -> None:
    window = make_window()
    flags = window.windowFlags()
    for flag in (
        Qt.WindowType.WindowStaysOnTopHint,
        Qt.WindowType.Tool,
        Qt.WindowType.FramelessWindowHint,
        Qt.WindowType.WindowDoesNotAcceptFocus,
    ):
        assert flags & flag, flag
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    window.show()
    handle = window.windowHandle()
    assert handle is not None and handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_cards_clicks_and_collapsing_do_not_steal_focus(qtbot: QtBot, make_window: Make) -> None:
    # The offscreen platform activates every window it shows, whatever its flags (X11 honours them; the
    # Xvfb test covers showing), so the overlay is shown first and the rep's window activated after it.
    window = make_window()
    window.show()
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=30_000)
    card = _shown_card(qtbot, window)
    qtbot.mouseClick(card.scripts[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.collapse_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)  # let any activation the window system would do arrive
    assert QApplication.activeWindow() is editor
    assert QApplication.focusWidget() is editor


def test_partials_are_provisional_until_their_final_arrives(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    worker = window.controller.worker
    worker.call_event.emit(TranscriptEvent("partial", "prospect", 8.2, 9.5, "Honestly we're not", 9.6))
    line = window.sides["prospect"].line
    qtbot.waitUntil(lambda: "not" in line.text(), timeout=30_000)
    assert "<i" in line.text()
    worker.call_event.emit(TranscriptEvent("final", "prospect", 8.2, 12.6, "Honestly, we're not interested.", 13.0))
    qtbot.waitUntil(lambda: "interested" in line.text(), timeout=30_000)
    assert "<i" not in line.text()
    assert "Waiting" in window.sides["rep"].line.text()


def test_levels_and_talk_ratio_follow_the_call(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    worker = window.controller.worker
    worker.call_event.emit(LevelEvent("level", "rep", 1.0, -20.0))
    for event in (
        SpeechActivity("activity", "rep", True, 0.0),
        SpeechActivity("activity", "rep", False, 3.0),
        SpeechActivity("activity", "prospect", True, 3.0),
        SpeechActivity("activity", "prospect", False, 4.0),
    ):
        worker.call_event.emit(event)
    qtbot.waitUntil(lambda: window.ratio_text.text() == "You 75% · Them 25%", timeout=30_000)
    assert window.sides["rep"].meter.level > 0.5
    assert window.sides["prospect"].meter.level == 0.0
    assert window.ratio_bar.share == pytest.approx(0.75)


def test_no_microphone_explains_and_offers_the_demo(qtbot: QtBot, make_window: Make, tmp_path: Path) -> None:
    demo = tmp_path / "demo.flac"
    factory = RecordingFactory()
    window = make_window(factory, demo_call=demo)
    window.show()
    window.start_call()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
    assert window.state is CallState.ERROR
    assert "No microphone" in window.banner.message.text()
    labels = [b.text() for b in window.banner.actions_shown]
    assert "Play the demo call" in labels
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=30_000)
    demo_button = window.banner.actions_shown[labels.index("Play the demo call")]
    qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(factory.requests) == 2, timeout=30_000)
    assert factory.requests[0].recording is None
    assert factory.requests[1].recording == demo


def test_window_place_size_and_collapse_persist(qtbot: QtBot, make_window: Make, settings: OverlaySettings) -> None:
    first = make_window()
    first.show()
    first.setGeometry(QRect(40, 60, 420, 520))
    first.set_collapsed(True)
    assert first.height() < 80
    first.close()
    second = make_window()
    assert second.collapsed
    second.set_collapsed(False)
    assert (second.x(), second.y(), second.width(), second.height()) == (40, 60, 420, 520)


def test_settings_panel_choices_persist(qtbot: QtBot, make_window: Make, settings: OverlaySettings) -> None:
    window = make_window(
        microphones=lambda: [("3", "USB headset"), ("4", "Laptop mic")],
        models=lambda: [("tiny.en", "tiny.en"), ("base.en", "base.en")],
    )
    window.show()
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    assert window.panel.isVisible()
    panel = window.panel
    panel.microphone.setCurrentIndex(panel.microphone.findText("Laptop mic"))
    panel.microphone.activated.emit(panel.microphone.currentIndex())
    panel.model.setCurrentIndex(panel.model.findText("base.en"))
    panel.model.activated.emit(panel.model.currentIndex())
    panel.theme.setCurrentIndex(panel.theme.findText("Dark"))
    panel.theme.activated.emit(panel.theme.currentIndex())
    assert (settings.microphone, settings.model, settings.theme) == ("4", "base.en", "dark")
    assert window.palette_.name == "dark"
    factory = RecordingFactory()
    again = make_window(factory)
    again.start_call()
    qtbot.waitUntil(lambda: len(factory.requests) == 1, timeout=30_000)
    assert (factory.requests[0].microphone, factory.requests[0].model) == ("4", "base.en")


def test_only_the_newest_words_that_fit_in_two_lines_are_kept(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from app.ui.transcript import tail_that_fits

    font = QFont()
    text = " ".join(f"word{i}" for i in range(200))
    tail = tail_that_fits(text, font, 300)
    assert tail.startswith("… ") and tail.endswith("word199")
    metrics = QFontMetrics(font)
    box = metrics.boundingRect(0, 0, 300, 10_000, Qt.TextFlag.TextWordWrap, tail)
    assert metrics.lineSpacing() * 1.5 < box.height() < metrics.lineSpacing() * 2.5  # two full lines, not one
    assert tail_that_fits("short", font, 300) == "short"
