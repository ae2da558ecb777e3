"""The overlay and the history together: a call is kept as it happens, a copied script is recorded, the
summary opens when the call ends (never before), and the consent reminder shows at call start when asked.

The calls run a real session (in-memory audio, scripted recognizer, real coach) with the store's writer
listening ahead of the window, as ``app/cli/overlay.py`` builds it, on the private history of the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.asr.recognizer import ScriptedRecognizer
from app.asr.streaming import StreamingTranscriber
from app.audio.synthetic import ArraySource
from app.coach import Coach
from app.session.call import CallSession, EventListener
from app.session.history import HistoryService
from app.session.recorder import CallRecorder
from app.store import HistoryStore
from app.ui.overlay import CONSENT_REMINDER, OverlayWindow
from app.ui.post_call import PostCallWindows
from app.ui.settings import OverlaySettings
from app.ui.status import CallState
from app.ui.worker import CallRequest, PreparedCall
from tests.ui.conftest import RecordingFactory
from tests.ui.test_worker import _call, _says

Make = Callable[..., OverlayWindow]


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    with HistoryStore.open_default() as store:  # RESETBUTTON_DATA_DIR is the test's own directory
        yield store


def _kept_calls(store: HistoryStore, seconds: float = 40.0) -> RecordingFactory:
    def build(request: CallRequest, listener: EventListener) -> PreparedCall:
        recorder = CallRecorder(store, "test call")
        session = CallSession(
            StreamingTranscriber(ScriptedRecognizer(_says)), Coach(), [recorder, listener], levels=True
        )
        return PreparedCall(session, ArraySource(_call(seconds), realtime=True, speed=12.0), record=recorder)

    return RecordingFactory(build)


def _post(window: OverlayWindow, store: HistoryStore, settings: OverlaySettings) -> PostCallWindows:
    post = PostCallWindows(HistoryService(store), window.controller, settings, ask_path=lambda *args: None)
    window.call_ended.connect(post.call_ended)
    window.history_requested.connect(post.show_history)
    return post


def test_an_overlay_call_is_kept_and_its_summary_opens_when_it_ends(
    qtbot: QtBot, make_window: Make, store: HistoryStore, settings: OverlaySettings
) -> None:
    window = make_window(_kept_calls(store, seconds=60.0), history=True)
    post = _post(window, store, settings)
    window.show()
    with qtbot.waitSignal(window.card_shown, timeout=30_000) as shown:
        window.start_call()
    card = shown.args[0]
    assert post.summaries == {}  # nothing opens during the call
    [call] = store.list_calls()
    assert call.status == "live" and call.cards == 1  # written as it happens
    widget = window.cards[0]
    qtbot.mouseClick(widget.scripts[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(post.summaries), timeout=30_000)
    summary = post.summaries[call.id]
    qtbot.addWidget(summary)
    assert summary.isVisible() and not window.controller.busy
    stored = store.load_call(call.id)
    assert stored.status == "ended"
    assert {u.channel for u in stored.utterances} == {"rep", "prospect"}
    assert (stored.cards[0].kind, stored.cards[0].t) == (card.kind, card.t)
    assert [(p.card_id, p.script_id) for p in stored.copies] == [(stored.cards[0].id, card.scripts[0].id)]
    assert "PUSHBACK" in [label.text() for label in summary.findChildren(QLabel)]


def test_a_call_that_could_not_start_opens_no_summary(
    qtbot: QtBot, make_window: Make, store: HistoryStore, settings: OverlaySettings
) -> None:
    window = make_window(RecordingFactory(), history=True)  # no microphone
    post = _post(window, store, settings)
    with qtbot.waitSignal(window.call_ended, timeout=30_000):
        window.start_call()
    assert window.state is CallState.ERROR
    assert post.summaries == {} and store.list_calls() == []


def test_the_settings_panel_opens_the_history(
    qtbot: QtBot, make_window: Make, store: HistoryStore, settings: OverlaySettings
) -> None:
    window = make_window(history=True)
    post = _post(window, store, settings)
    window.show()
    window.toggle_settings()
    assert window.panel.history_button.isVisible()
    with qtbot.waitSignal(post.history_shown, timeout=2000) as shown:
        window.panel.history_button.click()
    qtbot.addWidget(shown.args[0])
    assert shown.args[0].isVisible()


def test_without_a_history_the_panel_offers_none(qtbot: QtBot, make_window: Make) -> None:
    window = make_window()
    window.show()
    window.toggle_settings()
    assert not window.panel.history_button.isVisible()
    assert "transcripts only, never audio" in window.panel.note.text()


def test_the_consent_reminder_is_off_by_default(qtbot: QtBot, make_window: Make, store: HistoryStore) -> None:
    window = make_window(_kept_calls(store))
    window.show()
    window.toggle_settings()
    assert not window.panel.consent.isChecked()
    window.toggle_settings()
    window.start_call()
    qtbot.waitUntil(lambda: window.state is CallState.LISTENING, timeout=30_000)
    assert not window.banner.isVisible()
    window.stop_call()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=30_000)


def test_the_consent_reminder_shows_in_a_banner_at_call_start(
    qtbot: QtBot, make_window: Make, store: HistoryStore, settings: OverlaySettings
) -> None:
    window = make_window(_kept_calls(store))
    window.show()
    window.toggle_settings()
    window.panel.consent.click()  # the rep turns it on in the settings panel
    assert settings.consent_reminder
    window.toggle_settings()
    window.start_call()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
    assert window.state is CallState.LISTENING
    assert window.banner.message.text() == CONSENT_REMINDER
    assert window.banner.kind == "info"
    assert [b.text() for b in window.banner.actions_shown] == ["Got it"]
    window.banner.actions_shown[0].click()
    assert not window.banner.isVisible()
    window.stop_call()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=30_000)
