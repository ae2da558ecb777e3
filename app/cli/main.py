"""The ``resetbutton`` command line.

Every failure a user can cause (bad path, missing model, no device) surfaces as one sentence on stderr
and a non-zero exit; the transcript produced before a failure is printed before the message.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.asr.models import DEFAULT_MODEL, list_models, pull_model, resolve_model
from app.asr.recognizer import WhisperRecognizer
from app.asr.streaming import StreamingOptions, StreamingTranscriber
from app.audio.recording import CallRecording, RealtimePlayback
from app.session.pipeline import CallOutcome, run_live, run_offline
from app.shared.errors import UserFacingError
from app.shared.events import CallEvent, StatsEvent, TranscriptEvent, event_to_json
from app.shared.paths import REPO_ROOT

__all__ = ["main"]

DEMO_CALL = REPO_ROOT / "assets" / "demo" / "demo_call.flac"
SPEAKER_NAMES = {"rep": "You", "prospect": "Them"}


class _TranscriptPrinter:
    """Readable live transcript: finals as lines, the current partial on a rewritten line when on a terminal."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._live = out.isatty()
        self._lock = threading.Lock()

    def __call__(self, event: CallEvent) -> None:
        if not isinstance(event, TranscriptEvent):
            return
        minutes, seconds = divmod(event.start, 60)
        line = f"[{int(minutes):02d}:{seconds:04.1f}] {SPEAKER_NAMES[event.channel]}: {event.text}"
        with self._lock:
            if event.type == "final":
                self._out.write(("\r\033[K" if self._live else "") + line + "\n")
            elif self._live:
                self._out.write("\r\033[K" + line[:160] + " …")
            self._out.flush()


class _JsonLinesPrinter:
    def __init__(self, out: TextIO) -> None:
        self._out = out

    def __call__(self, event: CallEvent) -> None:
        if isinstance(event, (TranscriptEvent, StatsEvent)):
            self._out.write(event_to_json(event) + "\n")
            self._out.flush()


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resetbutton", description="Reset Button: a live call coach for sales reps.")
    sub = parser.add_subparsers(dest="command")

    replay = sub.add_parser("replay", help="run a recorded call through the live pipeline")
    replay.add_argument(
        "call", type=Path, help="call recording (wav, flac, ogg, mp3); stereo = rep left, prospect right"
    )
    replay.add_argument("--realtime", action="store_true", help="feed audio at wall-clock speed, as a live call would")
    replay.add_argument("--jsonl", action="store_true", help="print one JSON object per event")
    replay.add_argument("--model", default=DEFAULT_MODEL, help="model name or directory (default: embedded tiny.en)")
    replay.add_argument("--threads", type=int, default=1, help="CPU threads for the recognizer (default 1)")

    models = sub.add_parser("models", help="list speech models, or pull one")
    models_sub = models.add_subparsers(dest="models_command")
    pull = models_sub.add_parser("pull", help="download a model (the only command that uses the network)")
    pull.add_argument("name")
    return parser


def _transcriber(model: str, threads: int) -> StreamingTranscriber:
    if threads < 1:
        raise UserFacingError("--threads must be 1 or more.")
    recognizer = WhisperRecognizer(resolve_model(model), cpu_threads=threads)
    recognizer.load()
    return StreamingTranscriber(recognizer, StreamingOptions())


def _replay(args: argparse.Namespace) -> int:
    recording = CallRecording(args.call)
    transcriber = _transcriber(args.model, args.threads)
    sink = _JsonLinesPrinter(sys.stdout) if args.jsonl else _TranscriptPrinter(sys.stdout)
    outcome: CallOutcome
    if args.realtime:
        stop = threading.Event()
        try:
            outcome = run_live(transcriber, RealtimePlayback(recording), sink, stop)
        except KeyboardInterrupt:
            stop.set()
            raise
    else:
        outcome = run_offline(transcriber, recording.blocks(), sink)
    _report(outcome, args.jsonl, sink)
    return 0 if outcome.error is None else 1


def _report(outcome: CallOutcome, jsonl: bool, sink: _JsonLinesPrinter | _TranscriptPrinter) -> None:
    stats = outcome.stats
    if jsonl:
        sink(stats)
    else:
        cores = stats.cpu_seconds / stats.audio_seconds if stats.audio_seconds else 0.0
        print(
            f"{stats.audio_seconds:.1f} s of call, {stats.finals} utterances, {cores:.2f} CPU cores on average, "
            f"{stats.partials_skipped} partials skipped, {stats.queue_overflows} queue overflows.",
            file=sys.stderr,
        )
    if outcome.error:
        print(f"resetbutton: {outcome.error}", file=sys.stderr)


def _models(args: argparse.Namespace) -> int:
    if args.models_command == "pull":
        resolved = pull_model(args.name)
        print(f"{resolved.name} is ready in {resolved.path}")
        return 0
    in_use = os.environ.get("RESETBUTTON_MODEL", DEFAULT_MODEL)
    for info in list_models():
        state = "embedded" if info.embedded and info.available else "downloaded" if info.available else "not downloaded"
        marker = "*" if info.name == in_use else " "
        print(f"{marker} {info.name:16} {state:15} {info.source}")
    print("(* = in use; `resetbutton models pull NAME` downloads one)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "replay":
            return _replay(args)
        if args.command == "models":
            return _models(args)
        if not DEMO_CALL.is_file():
            raise UserFacingError(f"The demo call {DEMO_CALL} is missing; reinstall Reset Button.")
        return _replay(argparse.Namespace(call=DEMO_CALL, realtime=True, jsonl=False, model=DEFAULT_MODEL, threads=1))
    except UserFacingError as exc:
        print(f"resetbutton: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("resetbutton: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
