"""The call worker with a real session (in-memory audio, scripted recognizer, real coach) and the overlay.

Events must reach the window on the GUI thread through queued signals; the coach's cards must pop up and
then expire on the coach's say-so; a device lost mid-call must keep the transcript and offer a reconnect.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.asr.recognizer import ScriptedRecognizer
from app.asr.streaming import StreamingTranscriber
from app.audio.synthetic import ArraySource
from app.coach import Coach
from app.session.call import CallSession, EventListener
from app.shared.audio import SAMPLE_RATE, Channel
from app.shared.events import CardEvent, LevelEvent, TranscriptEvent
from app.ui.overlay import OverlayWindow
from app.ui.status import CallState
from app.ui.worker import CallRequest, PreparedCall
from tests.signals import hiss, speechlike
from tests.ui.conftest import RecordingFactory

Make = Callable[..., OverlayWindow]
REP_LINE = "Hi Mark, this is Sofia from Trailhead, we help clinics with scheduling."
PROSPECT_LINE = "Honestly, we're not interested. We already use Deputy for all of that."


def _says(audio: npt.NDArray[np.float32]) -> str:
    """The rep speaks loudly, the prospect quietly: the scripted recognizer tells them apart by level."""
    return REP_LINE if float(np.max(np.abs(audio), initial=0.0)) > 0.15 else PROSPECT_LINE


def _call(seconds: float) -> dict[Channel, npt.NDArray[np.float32]]:
    """Rep talks 0.5–3.5 s, the prospect pushes back 4.5–7.5 s, then both are quiet."""
    n = int(seconds * SAMPLE_RATE)
    rep, prospect = hiss(seconds, seed=1), hiss(seconds, seed=2)
    rep[int(0.5 * SAMPLE_RATE) : int(3.5 * SAMPLE_RATE)] += speechlike(3.0, level_db=-18.0, seed=3)
    prospect[int(4.5 * SAMPLE_RATE) : int(7.5 * SAMPLE_RATE)] += speechlike(3.0, level_db=-34.0, seed=4)
    return {"rep": rep[:n], "prospect": prospect[:n]}


def _factory(seconds: float, fail_after: float | None = None) -> RecordingFactory:
    def build(request: CallRequest, listener: EventListener) -> PreparedCall:
        session = CallSession(StreamingTranscriber(ScriptedRecognizer(_says)), Coach(), [listener], levels=True)
        return PreparedCall(
            session, ArraySource(_call(seconds), realtime=True, speed=12.0, fail_after=fail_after, name="test call")
        )

    return RecordingFactory(build)


def test_a_call_reaches_the_window_on_the_gui_thread(qtbot: QtBot, make_window: Make) -> None:
    window = make_window(_factory(40.0))
    window.show()
    threads: set[QThread] = set()
    seen: list[object] = []
    window.controller.worker.call_event.connect(seen.append)  # direct: runs on the worker thread
    window.event_shown.connect(lambda e: threads.add(QThread.currentThread()))
    with qtbot.waitSignal(window.call_ended, timeout=30_000) as ended:
        window.start_call()
    assert ended.args == [""]
    qtbot.waitUntil(lambda: window.state is CallState.PAUSED, timeout=30_000)
    assert threads == {QApplication.instance().thread()}  # type: ignore[union-attr]
    finals = [e for e in seen if isinstance(e, TranscriptEvent) and e.type == "final"]
    assert {e.channel for e in finals} == {"rep", "prospect"}
    assert any(isinstance(e, LevelEvent) and e.channel == "prospect" for e in seen)
    assert "Deputy" in window.sides["prospect"].line.text()
    assert "Trailhead" in window.sides["rep"].line.text()
    assert window.ratio_text.text().startswith("You ")


def test_the_coach_card_pops_up_then_expires_when_the_call_moves_on(qtbot: QtBot, make_window: Make) -> None:
    window = make_window(_factory(60.0))
    window.show()
    expired: list[CardEvent] = []
    window.controller.worker.card_expired.connect(expired.append)
    with qtbot.waitSignal(window.card_shown, timeout=30_000) as shown:
        window.start_call()
    card = shown.args[0]
    assert card.kind == "pushback"
    qtbot.waitUntil(lambda: expired == [card], timeout=30_000)
    qtbot.waitUntil(lambda: not window.cards, timeout=30_000)


def test_a_device_lost_mid_call_keeps_the_transcript_and_offers_reconnect(qtbot: QtBot, make_window: Make) -> None:
    factory = _factory(40.0, fail_after=12.0)
    window = make_window(factory)
    window.show()
    with qtbot.waitSignal(window.call_ended, timeout=30_000) as ended:
        window.start_call()
    assert "unplugged" in ended.args[0]
    assert window.state is CallState.ERROR
    assert "Deputy" in window.sides["prospect"].line.text()  # the transcript so far is still on screen
    labels = [b.text() for b in window.banner.actions_shown]
    assert labels == ["Reconnect"]
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=30_000)
    window.banner.actions_shown[0].click()
    qtbot.waitUntil(lambda: len(factory.requests) == 2, timeout=30_000)
    assert "Deputy" in window.sides["prospect"].line.text()


def test_stop_ends_a_running_call(qtbot: QtBot, make_window: Make) -> None:
    def build(request: CallRequest, listener: EventListener) -> PreparedCall:
        session = CallSession(StreamingTranscriber(ScriptedRecognizer(_says)), None, [listener], levels=True)
        return PreparedCall(session, ArraySource(_call(120.0), realtime=True, name="long call"))

    window = make_window(RecordingFactory(build))
    window.show()
    window.start_call()
    # Generous: a loaded shared CI box once took over 10 s here. A call that fails to start says why.
    qtbot.waitUntil(lambda: window.state in (CallState.LISTENING, CallState.ERROR), timeout=30_000)
    assert window.state is CallState.LISTENING, window.banner.message.text()
    assert window.start_button.text() == "Stop"
    with qtbot.waitSignal(window.call_ended, timeout=30_000):
        window.start_button.click()
    assert window.state is CallState.PAUSED
    assert window.start_button.text() == "Start"
