"""``resetbutton`` with no subcommand: the live coach window.

This is where the overlay's calls are made of real parts: the microphone and far-end capture (or a
recording played in real time), the Whisper model and the coach. The window itself (``app/ui``) only
receives the factory below and runs it on its worker thread, so opening devices and loading the model
never freeze it, and tests can hand it a session built on in-memory audio instead. Every call goes into
the history through a :class:`~app.session.recorder.CallRecorder`, and the history is handed to the window
as a :class:`~app.session.history.HistoryService` for the summary and history windows. The history file
is the one chosen in the settings panel, else the usual one (``RESETBUTTON_HISTORY_DB``, else the data
directory); the ``history`` commands keep using the usual one only. The settings panel's device levels come
from a :class:`~app.session.device_probe.DeviceProbe` on the same capture classes a call opens.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.asr.models import list_models, model_in_use, resolve_model
from app.asr.recognizer import WhisperRecognizer
from app.asr.streaming import StreamingOptions, StreamingTranscriber
from app.audio.combined import CombinedSource
from app.audio.devices import far_end_candidates, input_devices
from app.audio.recording import CallRecording, RealtimePlayback
from app.audio.selection import open_far_end, open_microphone
from app.audio.source import CaptureSource
from app.cli.printers import JsonLinesPrinter
from app.coach import Coach, CoachConfig
from app.session.call import CallSession, EventListener
from app.session.device_probe import DeviceProbe
from app.session.history import HistoryService
from app.session.recorder import CallRecorder
from app.shared.audio import Channel
from app.shared.errors import AudioInputError, StoreError, UserFacingError
from app.shared.paths import REPO_ROOT
from app.store import HistoryStore, default_history_path
from app.ui.app import OverlayOptions, run_overlay
from app.ui.settings import OverlaySettings, user_settings
from app.ui.worker import CallRequest, PreparedCall

__all__ = ["DEMO_CALL", "OverlayCalls", "add_arguments", "open_history", "run"]

DEMO_CALL = REPO_ROOT / "assets" / "demo" / "demo_call.flac"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The window's options, on the top-level parser (they apply when no subcommand is given)."""
    parser.add_argument("--demo", action="store_true", help="play the bundled demo call through the live coach")
    parser.add_argument("--replay", type=Path, metavar="CALL", help="play a recorded call in real time in the window")
    parser.add_argument("--events-log", type=Path, metavar="PATH", help="write every shown event as JSON lines")
    parser.add_argument("--quit-after-replay", action="store_true", help="close the window when the call ends")
    parser.add_argument("--mic", default=None, metavar="DEV", help="microphone id or name for this run")


class OverlayCalls:
    """The overlay's session factory; keeps the loaded model between calls so a reconnect is instant.

    With a ``store`` each call is written to the history as it happens (the recorder listens ahead of the
    window, so a card is stored before the rep can copy one of its scripts).
    """

    def __init__(self, store: HistoryStore | None = None, cpu_threads: int = 1) -> None:
        self._store = store
        self._cpu_threads = cpu_threads
        self._recognizers: dict[str, WhisperRecognizer] = {}

    def __call__(self, request: CallRequest, listener: EventListener) -> PreparedCall:
        source, prospect_heard, notice = self._source(request)
        name = request.model or model_in_use()
        recognizer = self._recognizers.get(name)
        if recognizer is None:
            recognizer = WhisperRecognizer(resolve_model(name), cpu_threads=self._cpu_threads)
            recognizer.load()
            self._recognizers[name] = recognizer
        coach = Coach.from_user_config(config=CoachConfig(prospect_heard=prospect_heard))
        for warning in coach.warnings:
            print(f"resetbutton: {warning}", file=sys.stderr)
        record = None
        listeners: list[EventListener] = [listener]
        if self._store is not None:
            record = CallRecorder(self._store, request.recording.name if request.recording else "live call")
            listeners.insert(0, record)
        session = CallSession(StreamingTranscriber(recognizer, StreamingOptions()), coach, listeners, levels=True)
        return PreparedCall(session, source, notice, record)

    @staticmethod
    def _source(request: CallRequest) -> tuple[CaptureSource, bool, str]:
        """The call's audio, whether the prospect is heard, and what to tell the rep about it."""
        if request.recording is not None:
            recording = CallRecording(request.recording)
            return RealtimePlayback(recording), len(recording.channels) == 2, ""
        mic = open_microphone(request.microphone)
        try:
            far = open_far_end(request.far_end)
        except AudioInputError as exc:
            if request.far_end is not None:
                raise
            return mic, False, f"Only your side is heard, so cards about the prospect are off: {exc}"
        return CombinedSource([mic, far]), True, ""


def _microphones() -> list[tuple[str, str]]:
    try:
        return [(d.id, d.name) for d in input_devices()]
    except UserFacingError:  # no audio library: the picker offers the default only
        return []


def _far_ends() -> list[tuple[str, str]]:
    try:
        return [(d.id, d.name) for d in far_end_candidates()]
    except UserFacingError:
        return []


def _open_side(channel: Channel, device: str | None) -> CaptureSource:
    """The capture a call would open for that side, for the settings panel's level probe."""
    return open_microphone(device) if channel == "rep" else open_far_end(device)


def _models() -> list[tuple[str, str]]:
    return [(m.name, m.name) for m in list_models() if m.available]


def run(args: argparse.Namespace) -> int:
    if args.demo and args.replay is not None:
        raise UserFacingError("Choose one of --demo and --replay.")
    if args.demo and not DEMO_CALL.is_file():
        raise UserFacingError(f"The demo call {DEMO_CALL} is missing; reinstall Reset Button.")
    recording = DEMO_CALL if args.demo else args.replay
    if recording is not None:
        CallRecording(recording)  # a bad path is one sentence on the terminal, before any window opens
    if args.quit_after_replay and recording is None:
        raise UserFacingError("--quit-after-replay needs --replay CALL or --demo.")
    settings = user_settings()
    store = open_history(OverlaySettings(settings))
    log = args.events_log.open("w", encoding="utf-8") if args.events_log is not None else None
    try:
        options = OverlayOptions(
            recording=recording,
            demo_call=DEMO_CALL if DEMO_CALL.is_file() else None,
            microphone=args.mic,
            quit_after_replay=args.quit_after_replay,
            on_shown=JsonLinesPrinter(log) if log is not None else None,
            microphones=_microphones,
            far_ends=_far_ends,
            models=_models,
            settings=settings,
            history=HistoryService(store) if store is not None else None,
            history_default=default_history_path(),
            probe=DeviceProbe(_open_side),
        )
        return run_overlay(OverlayCalls(store), options)
    finally:
        if log is not None:
            log.close()
        if store is not None:
            store.close()


def open_history(settings: OverlaySettings) -> HistoryStore | None:
    """The call history in the file chosen in settings, else the usual one; without one (unwritable,
    damaged) the coach still runs and says why on stderr."""
    chosen = settings.history_file
    try:
        return HistoryStore(Path(chosen).expanduser()) if chosen else HistoryStore.open_default()
    except StoreError as exc:
        print(f"resetbutton: calls will not be kept: {exc}", file=sys.stderr)
        return None
