"""The ``resetbutton`` command line.

Every failure a user can cause (bad path, missing model, no device) surfaces as one sentence on stderr
and a non-zero exit; the transcript produced before a failure is printed before the message.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.cli import devices, history, listen, models, overlay, replay
from app.shared.errors import UserFacingError

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resetbutton", description="Reset Button: a live call coach for sales reps.")
    overlay.add_arguments(parser)
    sub = parser.add_subparsers(dest="command")
    replay.add_parser(sub)
    listen.add_parser(sub)
    devices.add_parser(sub)
    models.add_parser(sub)
    history.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    commands = {
        "replay": replay.run,
        "listen": listen.run,
        "devices": devices.run,
        "models": models.run,
        "history": history.run_history,
        "summary": history.run_summary,
        "export": history.run_export,
    }
    try:
        if args.command is None:
            return overlay.run(args)
        return commands[args.command](args)
    except UserFacingError as exc:
        print(f"resetbutton: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("resetbutton: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug of ours: still one sentence, the details only when asked for
        if os.environ.get("RESETBUTTON_DEBUG"):
            raise
        print(
            f"resetbutton: internal error ({type(exc).__name__}: {exc}); run again with RESETBUTTON_DEBUG=1 "
            "for details and report it.",
            file=sys.stderr,
        )
        return 70
