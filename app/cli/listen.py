"""``resetbutton listen``: a live call, headless: the microphone and the far end through the live pipeline.

It prints the same lines as ``replay`` (JSON lines with ``--jsonl``), so anything that reads a replay reads
a live call. Without a far end (none on this machine, or it cannot be opened) it runs in single-microphone
mode, says so in one sentence, and turns off the coaching that would have to guess about the prospect.

Ctrl-C is how a live call normally ends, so the first one stops capture, finalises the transcript, prints
the stats line and exits 0 like a call that ran out its ``--seconds``; a second Ctrl-C aborts (exit 130).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from app.audio.combined import CombinedSource
from app.audio.selection import open_far_end, open_microphone
from app.audio.source import CaptureSource
from app.cli.replay import add_pipeline_options, build_session, report
from app.coach import CoachConfig
from app.shared.errors import AudioInputError, UserFacingError

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listen = sub.add_parser("listen", help="coach a live call from the microphone and the far end (Ctrl-C ends it)")
    listen.add_argument("--mic", default=None, help="input id or name (default: the system's default input)")
    listen.add_argument(
        "--far", default=None, help="far-end source id or name (default: the loopback of the default output)"
    )
    listen.add_argument("--seconds", type=float, default=None, help="stop after this many seconds")
    add_pipeline_options(listen)


def _notice(message: str) -> None:
    print(f"resetbutton: {message}", file=sys.stderr, flush=True)


def _capture(args: argparse.Namespace) -> tuple[CaptureSource, bool]:
    """The call's source and whether it hears the far end; a far end that was asked for must open."""
    mic = open_microphone(args.mic, _notice)
    try:
        far = open_far_end(args.far, _notice)
    except AudioInputError as exc:
        if args.far is not None:
            raise
        _notice(f"single-microphone mode, coaching that needs the prospect is off: {exc}")
        return mic, False
    return CombinedSource([mic, far]), True


def run(args: argparse.Namespace) -> int:
    if args.seconds is not None and args.seconds <= 0:
        raise UserFacingError("--seconds must be more than 0.")
    source, hears_far_end = _capture(args)
    session = build_session(args, CoachConfig(prospect_heard=hears_far_end))

    def stop_on_interrupt(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C aborts
        session.stop()

    previous = signal.signal(signal.SIGINT, stop_on_interrupt)
    timer = threading.Timer(args.seconds, session.stop) if args.seconds is not None else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    _notice(f"listening to {source.name}; Ctrl-C ends the call.")
    try:
        outcome = session.live(source)
    finally:
        signal.signal(signal.SIGINT, previous)
        if timer is not None:
            timer.cancel()
            timer.join()
    return report(outcome, args.jsonl)
