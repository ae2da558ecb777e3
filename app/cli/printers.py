"""How call events reach a terminal: readable transcript lines or one JSON object per line."""

from __future__ import annotations

import threading
from typing import TextIO

from app.shared.events import CallEvent, CardEvent, StatsEvent, TranscriptEvent, event_to_json

__all__ = ["JsonLinesPrinter", "TranscriptPrinter"]

SPEAKER_NAMES = {"rep": "You", "prospect": "Them"}


def _clock(t: float) -> str:
    minutes, seconds = divmod(t, 60)
    return f"{int(minutes):02d}:{seconds:04.1f}"


class TranscriptPrinter:
    """Readable live transcript: finals and cards as lines, the current partial on a rewritten line on a terminal."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._live = out.isatty()
        self._lock = threading.Lock()

    def __call__(self, event: CallEvent) -> None:
        if isinstance(event, CardEvent):
            first = event.scripts[0].text if event.scripts else ""
            line = f"[{_clock(event.t)}] >>> {event.kind.replace('_', ' ')}: {event.evidence}\n            try: {first}"
            self._write_line(line)
            return
        if not isinstance(event, TranscriptEvent):
            return
        line = f"[{_clock(event.start)}] {SPEAKER_NAMES[event.channel]}: {event.text}"
        if event.type == "final":
            self._write_line(line)
        elif self._live:
            with self._lock:
                self._out.write("\r\033[K" + line[:160] + " …")
                self._out.flush()

    def _write_line(self, line: str) -> None:
        with self._lock:
            self._out.write(("\r\033[K" if self._live else "") + line + "\n")
            self._out.flush()


class JsonLinesPrinter:
    """``--jsonl``: transcript, card and stats events, one JSON object per line (activity stays internal)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._lock = threading.Lock()

    def __call__(self, event: CallEvent) -> None:
        if isinstance(event, (TranscriptEvent, CardEvent, StatsEvent)):
            with self._lock:
                self._out.write(event_to_json(event) + "\n")
                self._out.flush()
