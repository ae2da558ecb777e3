"""The call runs on a worker thread; the window only ever hears about it through queued Qt signals.

Following Buzz's pattern, a :class:`CallWorker` lives on its own :class:`QThread` and owns the
:class:`~app.session.call.CallSession`. The session is built by a factory handed in from the CLI layer (it
opens the microphone and loads the model, both slow or failing, so that happens here and not on the GUI
thread); tests hand in a factory that builds a session on in-memory audio and a scripted recognizer. The
session's listener re-emits each event as a signal, which Qt queues to the GUI thread.

A call the history keeps comes with a :class:`CallRecord` (the store's writer, seen only through this
protocol): the window reports each copied script to it and, once the call has ended, opens its summary.

The worker also decides when a card has expired: the coach is not thread-safe and answers
:meth:`~app.coach.coach.Coach.is_live` only on the thread that feeds it, which is this one.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.audio.source import CaptureSource
from app.session.call import CallSession, EventListener
from app.shared.errors import AudioInputError, ModelError, UserFacingError
from app.shared.events import CallEvent, CardEvent, StatsEvent

__all__ = [
    "CallController",
    "CallRecord",
    "CallRequest",
    "CallWorker",
    "FailureKind",
    "PreparedCall",
    "SessionFactory",
]


@dataclass(frozen=True)
class CallRequest:
    """What the rep asked for: the devices and model from settings, or a recording to play instead."""

    microphone: str | None = None
    far_end: str | None = None
    model: str | None = None
    recording: Path | None = None
    """Play this call file at real-time speed through the real pipeline instead of listening."""


class CallRecord(Protocol):
    """The history's record of the running call, as far as the window needs it."""

    @property
    def call_id(self) -> int:
        """The call's id in the history (to open its summary once it has ended)."""
        ...

    def script_copied(self, card: CardEvent, script_id: str, t: float) -> None:
        """The rep copied one of ``card``'s scripts at call time ``t``; safe to call from the GUI thread."""
        ...


@dataclass(frozen=True)
class PreparedCall:
    """A session ready to run and the source it will listen to."""

    session: CallSession
    source: CaptureSource
    notice: str = ""
    """One sentence the rep should know about the call's set-up (e.g. the far end cannot be heard)."""
    record: CallRecord | None = None
    """Where the call is kept, when it is kept; its writer must be a listener ahead of the window's."""


SessionFactory = Callable[[CallRequest, EventListener], PreparedCall]
"""Builds the call (opens the source, loads the model) on the worker thread; the listener must be one of
the session's listeners. Raises :class:`~app.shared.errors.UserFacingError` with a sentence for the rep."""


class FailureKind:
    """Why a call could not start, so the window can offer the right way out."""

    INPUT = "input"
    MODEL = "model"
    OTHER = "other"


class CallWorker(QObject):
    """Runs one call at a time on the thread it was moved to."""

    preparing = Signal(object)
    """A :class:`CallRequest` is being prepared (model loading, device opening)."""
    started = Signal(str, str)
    """The call is live: the source's name and the set-up notice ("" if none)."""
    call_event = Signal(object)
    """Every :class:`~app.shared.events.CallEvent` of the call, in order."""
    card_expired = Signal(object)
    """A :class:`~app.shared.events.CardEvent` the coach no longer stands behind."""
    failed = Signal(str, str)
    """The call could not start: a :class:`FailureKind` and the sentence saying why."""
    finished = Signal(str)
    """The call ended: "" when it simply ended, else the sentence saying what ended it (a lost device).
    (Never None through a queued signal: PySide6 on Python 3.11 miscounts None's references there.)"""

    def __init__(self, factory: SessionFactory) -> None:
        super().__init__()
        self._factory = factory
        self._lock = threading.Lock()
        self._session: CallSession | None = None
        self._stop_requested = False
        self._cards: list[CardEvent] = []
        self.record: CallRecord | None = None
        """The last call that started, if the history keeps it (set before :attr:`started` is emitted)."""

    @Slot(object)
    def run(self, request: CallRequest) -> None:
        """Prepare and run one call to its end; blocks this worker's thread, never the GUI."""
        with self._lock:
            self._stop_requested = False
        self._cards = []
        self.record = None
        self.preparing.emit(request)
        try:
            prepared = self._factory(request, self._listen)
        except AudioInputError as exc:
            self.failed.emit(FailureKind.INPUT, str(exc))
            return
        except ModelError as exc:
            self.failed.emit(FailureKind.MODEL, str(exc))
            return
        except UserFacingError as exc:
            self.failed.emit(FailureKind.OTHER, str(exc))
            return
        except Exception as exc:  # a bug must not leave the window "loading" forever
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(FailureKind.OTHER, f"The call could not start ({type(exc).__name__}: {exc}).")
            return
        with self._lock:
            if self._stop_requested:
                self.finished.emit("")
                return
            self._session = prepared.session
            self.record = prepared.record
        self.started.emit(prepared.source.name, prepared.notice)
        error: str
        try:
            error = prepared.session.live(prepared.source).error or ""
        except UserFacingError as exc:
            error = str(exc)
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            error = f"The call stopped unexpectedly ({type(exc).__name__}: {exc}); the transcript so far is kept."
        with self._lock:
            self._session = None
        self.finished.emit(error)

    def stop(self) -> None:
        """Ask the running (or preparing) call to end; safe from any thread, returns at once."""
        with self._lock:
            self._stop_requested = True
            session = self._session
        if session is not None:
            session.stop()

    def _listen(self, event: CallEvent) -> None:
        """The session's listener, on the session's thread: forward, then retire cards the coach dropped."""
        if isinstance(event, StatsEvent):
            return
        self.call_event.emit(event)
        if isinstance(event, CardEvent):
            self._cards.append(event)
            return
        with self._lock:
            coach = self._session.coach if self._session is not None else None
        if coach is None or not self._cards:
            return
        for card in [c for c in self._cards if not coach.is_live(c)]:
            self._cards.remove(card)
            self.card_expired.emit(card)


class CallController(QObject):
    """The GUI thread's handle on the worker: start, stop, and shut down cleanly on quit."""

    _run = Signal(object)

    def __init__(self, factory: SessionFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = CallWorker(factory)
        self._thread = QThread()
        self._thread.setObjectName("call-worker")
        self.worker.moveToThread(self._thread)
        self._run.connect(self.worker.run)
        self.worker.preparing.connect(self._on_preparing)
        self.worker.failed.connect(self._on_done)
        self.worker.finished.connect(self._on_done)
        self._busy = False
        self._thread.start()

    @property
    def busy(self) -> bool:
        """A call is being prepared or is running."""
        return self._busy

    def start(self, request: CallRequest) -> bool:
        """Queue a call on the worker; False (and nothing happens) while one is still running."""
        if self._busy:
            return False
        self._busy = True
        self._run.emit(request)
        return True

    def stop(self) -> None:
        self.worker.stop()

    @property
    def record(self) -> CallRecord | None:
        """The history's record of the current call, or of the last one once it has ended."""
        return self.worker.record

    def script_copied(self, card: CardEvent, script_id: str, t: float) -> None:
        """Tell the history the rep copied a script (nothing happens when the call is not kept)."""
        record = self.worker.record
        if record is not None:
            record.script_copied(card, script_id, t)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop any call and end the worker thread (on quit; the call's transcript is finalised first)."""
        self.worker.stop()
        self._thread.quit()
        self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_preparing(self, request: CallRequest) -> None:
        self._busy = True

    @Slot()
    def _on_done(self) -> None:
        self._busy = False
