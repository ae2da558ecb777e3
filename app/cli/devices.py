"""``resetbutton devices``: the inputs and far-end sources there are, and which a call uses by default."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.audio.devices import AudioDevice, far_end_candidates, input_devices
from app.shared.errors import AudioInputError

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("devices", help="list microphones and far-end (system audio) sources")


def _section(title: str, listing: Callable[[], list[AudioDevice]]) -> None:
    """One list; a backend that cannot list says why in its place instead of failing the whole command."""
    print(title)
    try:
        devices = listing()
    except AudioInputError as exc:
        print(f"  (none: {exc})")
        return
    if not devices:
        print("  (none found)")
    width = max((len(d.id) for d in devices), default=0)
    for device in devices:
        print(f"{'*' if device.default else ' '} {device.id:{width}}  {device.name}")


def run(args: argparse.Namespace) -> int:
    _section("Inputs (--mic):", input_devices)
    _section("Far end (--far):", far_end_candidates)
    print("(* = used when none is chosen; --mic and --far take the id or part of the name)")
    return 0
