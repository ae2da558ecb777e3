"""The ``resetbutton`` command line: one module per command group, wired in :mod:`app.cli.main`."""

from app.cli.main import main

__all__ = ["main"]
