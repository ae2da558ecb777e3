"""``resetbutton models``: which speech models exist, which is in use, and pulling one on request."""

from __future__ import annotations

import argparse

from app.asr.models import list_models, model_in_use, pull_model

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    models = sub.add_parser("models", help="list speech models, or pull one")
    models_sub = models.add_subparsers(dest="models_command")
    pull = models_sub.add_parser("pull", help="download a model (the only command that uses the network)")
    pull.add_argument("name")


def run(args: argparse.Namespace) -> int:
    if args.models_command == "pull":
        resolved = pull_model(args.name)
        print(f"{resolved.name} is ready in {resolved.path}")
        return 0
    in_use = model_in_use()
    for info in list_models():
        state = "embedded" if info.embedded and info.available else "downloaded" if info.available else "not downloaded"
        marker = "*" if info.name == in_use else " "
        print(f"{marker} {info.name:16} {state:15} {info.source}")
    print("(* = in use; `resetbutton models pull NAME` downloads one)")
    return 0
