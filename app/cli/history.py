"""``resetbutton history``, ``summary`` and ``export``: past calls, their summaries, and writing one to a file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.session.history import EXPORT_FORMATS, HistoryService
from app.shared.calls import CallListing
from app.shared.errors import UserFacingError
from app.store import HistoryStore

__all__ = ["add_parser", "run_export", "run_history", "run_summary"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = sub.add_parser("history", help="list past calls, newest first")
    history.add_argument("--json", action="store_true", help="one JSON array of calls")
    summary = sub.add_parser("summary", help="a call's summary and follow-up plan")
    summary.add_argument("call", metavar="ID", help="a call ID from `resetbutton history`, or `last`")
    formats = summary.add_mutually_exclusive_group()
    for suffix in EXPORT_FORMATS:
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
    with HistoryStore.open_default() as store:
        text = HistoryService(store).render(_call_id(store, args.call), args.format)
    print(text, end="")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with HistoryStore.open_default() as store:
        out = HistoryService(store).export(_call_id(store, args.call), args.out)
    print(f"Wrote {out}")
    return 0


def _call_id(store: HistoryStore, call: str) -> int:
    """The call named ``ID`` or ``last`` on the command line."""
    if call == "last":
        return store.latest_call_id()
    if call.isdigit():
        return int(call)
    raise UserFacingError(f"“{call}” is not a call ID: use a number from `resetbutton history`, or `last`.")


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
