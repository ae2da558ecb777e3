"""``resetbutton replay``: a recorded call through the same pipeline the overlay uses."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.asr.models import model_in_use, resolve_model
from app.asr.recognizer import WhisperRecognizer
from app.asr.streaming import StreamingOptions, StreamingTranscriber
from app.audio.recording import CallRecording
from app.cli.printers import JsonLinesPrinter, TranscriptPrinter
from app.coach import Coach, CoachConfig
from app.session.call import CallSession, EventListener
from app.session.pipeline import CallOutcome
from app.session.recorder import CallRecorder
from app.shared.errors import UserFacingError
from app.store import HistoryStore

__all__ = ["add_parser", "build_session", "report", "run"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    replay = sub.add_parser("replay", help="run a recorded call through the live pipeline")
    replay.add_argument(
        "call", type=Path, help="call recording (wav, flac, ogg, mp3); stereo = rep left, prospect right"
    )
    replay.add_argument("--realtime", action="store_true", help="feed audio at wall-clock speed, as a live call would")
    add_pipeline_options(replay)


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command that runs a call."""
    parser.add_argument("--jsonl", action="store_true", help="print one JSON object per event")
    parser.add_argument("--model", default=None, help="model name or directory (default: embedded tiny.en)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for the recognizer (default 1)")
    parser.add_argument("--no-coach", action="store_true", help="transcribe only, no coaching cards")
    parser.add_argument("--no-store", action="store_true", help="do not keep this call in the history")


def build_session(args: argparse.Namespace, coach_config: CoachConfig | None = None) -> CallSession:
    if args.threads < 1:
        raise UserFacingError("--threads must be 1 or more.")
    recognizer = WhisperRecognizer(resolve_model(args.model or model_in_use()), cpu_threads=args.threads)
    recognizer.load()
    coach = None
    if not args.no_coach:
        coach = Coach.from_user_config(config=coach_config)
        for warning in coach.warnings:
            print(f"resetbutton: {warning}", file=sys.stderr)
    printer = JsonLinesPrinter(sys.stdout) if args.jsonl else TranscriptPrinter(sys.stdout)
    # The recorder goes first, so a line that has been printed is already in the history.
    listeners: list[EventListener] = [printer]
    if not args.no_store:
        source = args.call.name if "call" in args else "live call"
        listeners.insert(0, CallRecorder(HistoryStore.open_default(), source))
    return CallSession(StreamingTranscriber(recognizer, StreamingOptions()), coach, listeners)


def report(outcome: CallOutcome, jsonl: bool) -> int:
    """Closing lines on stderr (the JSON stats line was already printed by the session); the exit code."""
    stats = outcome.stats
    if not jsonl:
        cores = stats.cpu_seconds / stats.audio_seconds if stats.audio_seconds else 0.0
        print(
            f"{stats.audio_seconds:.1f} s of call, {stats.finals} utterances, {cores:.2f} CPU cores on average, "
            f"{stats.partials_skipped} partials skipped, {stats.queue_overflows} queue overflows.",
            file=sys.stderr,
        )
    if outcome.error:
        print(f"resetbutton: {outcome.error}", file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    recording = CallRecording(args.call)
    session = build_session(args)
    try:
        outcome = session.replay(recording, realtime=args.realtime)
    except KeyboardInterrupt:
        session.stop()
        raise
    return report(outcome, args.jsonl)
