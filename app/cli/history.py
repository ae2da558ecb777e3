"""``resetbutton history``, ``summary`` and ``export``: past calls, their summaries, and writing one to a file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from app.shared.calls import CallListing
from app.shared.errors import UserFacingError
from app.store import HistoryStore
from app.summary import CallSummary, summarize, to_html, to_json, to_markdown, with_email_draft

__all__ = ["add_parser", "run_export", "run_history", "run_summary"]

FORMATS: dict[str, Callable[[CallSummary], str]] = {".md": to_markdown, ".html": to_html, ".json": to_json}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = sub.add_parser("history", help="list past calls, newest first")
    history.add_argument("--json", action="store_true", help="one JSON array of calls")
    summary = sub.add_parser("summary", help="a call's summary and follow-up plan")
    summary.add_argument("call", metavar="ID", help="a call ID from `resetbutton history`, or `last`")
    formats = summary.add_mutually_exclusive_group()
    for suffix in FORMATS:
        flag = suffix.lstrip(".")
        formats.add_argument(f"--{flag}", dest="format", action="store_const", const=suffix, help=f"print as {flag}")
    summary.set_defaults(format=".md")
    export = sub.add_parser("export", help="write a call's summary to a file (.md, .html or .json)")
    export.add_argument("call", metavar="ID", help="a call ID from `resetbutton history`, or `last`")
    export.add_argument("--out", type=Path, required=True, help="the file to write; its suffix picks the format")


def run_history(args: argparse.Namespace) -> int:
    with HistoryStore.open_default() as store:
        calls = store.list_calls()
    if args.json:
        print(json.dumps([_listing_json(c) for c in calls], ensure_ascii=False, indent=2))
    elif not calls:
        print("No calls yet: `resetbutton replay CALL` or a live call adds one.")
    else:
        for c in calls:
            minutes, seconds = divmod(round(c.duration), 60)
            print(
                f"{c.id:>5}  {c.started_at:%Y-%m-%d %H:%M}  {minutes:3d}:{seconds:02d}  {c.status:11}  "
                f"{c.cards:2d} cards  {c.source}"
            )
    return 0


def run_summary(args: argparse.Namespace) -> int:
    print(FORMATS[args.format](_load_summary(args.call)), end="")
    return 0


def run_export(args: argparse.Namespace) -> int:
    out: Path = args.out
    render = FORMATS.get(out.suffix.lower())
    if render is None:
        raise UserFacingError(f"Cannot tell the format of {out}: name it .md, .html or .json.")
    text = render(_load_summary(args.call))
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserFacingError(f"Cannot write {out} ({exc.strerror or exc}); choose a writable path.") from exc
    print(f"Wrote {out}")
    return 0


def _load_summary(call: str) -> CallSummary:
    """The summary of call ``ID`` or ``last``, with the rep's edited email draft if there is one."""
    with HistoryStore.open_default() as store:
        if call == "last":
            call_id = store.latest_call_id()
        elif call.isdigit():
            call_id = int(call)
        else:
            raise UserFacingError(f"“{call}” is not a call ID: use a number from `resetbutton history`, or `last`.")
        summary = summarize(store.load_call(call_id))
        saved = store.load_summary(call_id)
    return with_email_draft(summary, saved.email_draft) if saved and saved.email_draft else summary


def _listing_json(c: CallListing) -> dict[str, object]:
    return {
        "id": c.id,
        "started_at": c.started_at.isoformat(),
        "status": c.status,
        "source": c.source,
        "duration": round(c.duration, 3),
        "utterances": c.utterances,
        "cards": c.cards,
    }
