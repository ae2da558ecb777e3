"""The call history as the windows and commands use it: list, search, summarise, edit, export, forget.

The summary window, the history window and the ``history``/``summary``/``export`` commands all go through
:class:`HistoryService`, so they agree on what a call's summary is (the computed one with the rep's edited
email laid over it) and how it is written to a file. It hands out plain values only, which keeps
``app/ui`` free of SQL and of the summary's internals, and keeps this module free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.shared.calls import CallListing, CallStatus
from app.shared.errors import UserFacingError
from app.store import HistoryStore
from app.summary import CallSummary, summarize, to_html, to_json, to_markdown, with_email_draft
from app.summary.timeline import STALL_LABELS

__all__ = ["EXPORT_FORMATS", "CallRow", "HistoryService"]

EXPORT_FORMATS: dict[str, tuple[str, Callable[[CallSummary], str]]] = {
    ".md": ("Markdown", to_markdown),
    ".html": ("HTML", to_html),
    ".json": ("JSON", to_json),
}
"""File suffix → (name shown to the rep, renderer): the suffix of the file chosen picks the format."""

TITLE_WORDS = 9
"""Words of the call's first line that name it in the history (a call has no title of its own)."""


@dataclass(frozen=True)
class CallRow:
    """One past call as the history lists it."""

    id: int
    started_at: datetime
    duration: float
    status: CallStatus
    source: str
    title: str
    """The first words said on the call, or the source when nothing was transcribed."""
    signals: tuple[str, ...]
    """The stalls in the call (card kinds and measured stalls), as their labels, in order of first showing."""


@dataclass(frozen=True)
class _Indexed:
    listing: CallListing
    row: CallRow
    text: str
    """Everything searchable, lower case: what was said, the cards' evidence, the source."""


class HistoryService:
    """The history behind one open store; safe to use from the GUI thread while a call is being written."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self._index: dict[int, _Indexed] = {}

    def calls(self, search: str = "", signal: str | None = None) -> list[CallRow]:
        """Past calls, newest first, whose words contain ``search`` and that had the stall labelled ``signal``.

        A call is re-read only when its listing changed (a call still being written grows), so typing in the
        search box does not reload every transcript.
        """
        listings = self.store.list_calls()
        self._index = {c.id: self._indexed(c) for c in listings}
        needle = " ".join(search.lower().split())
        return [
            entry.row
            for entry in (self._index[c.id] for c in listings)
            if needle in entry.text and (signal is None or signal in entry.row.signals)
        ]

    @staticmethod
    def signal_labels() -> tuple[str, ...]:
        """Every stall a call can be filtered by."""
        return tuple(STALL_LABELS.values())

    def summary(self, call_id: int) -> CallSummary:
        """The call's summary, recomputed, with the rep's edit of the email draft if there is one."""
        summary = summarize(self.store.load_call(call_id))
        saved = self.store.load_summary(call_id)
        return with_email_draft(summary, saved.email_draft) if saved and saved.email_draft else summary

    def save_email_draft(self, call_id: int, body: str) -> None:
        self.store.save_email_draft(call_id, body, datetime.now().astimezone())

    def render(self, call_id: int, suffix: str) -> str:
        """The summary as the format named by ``suffix`` (``.md``, ``.html`` or ``.json``)."""
        entry = EXPORT_FORMATS.get(suffix.lower())
        if entry is None:
            raise UserFacingError(f"Cannot tell the format of “{suffix}”: name the file .md, .html or .json.")
        return entry[1](self.summary(call_id))

    def export(self, call_id: int, path: Path) -> Path:
        """Write the summary to ``path``, in the format its suffix names; returns the path written."""
        if path.suffix.lower() not in EXPORT_FORMATS:
            raise UserFacingError(f"Cannot tell the format of {path}: name it .md, .html or .json.")
        text = self.render(call_id, path.suffix)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserFacingError(f"Cannot write {path} ({exc.strerror or exc}); choose a writable path.") from exc
        return path

    def delete(self, call_id: int) -> None:
        """Forget the call and everything recorded about it, for good."""
        self.store.delete_call(call_id)
        self._index.pop(call_id, None)

    def _indexed(self, listing: CallListing) -> _Indexed:
        cached = self._index.get(listing.id)
        if cached is not None and cached.listing == listing:
            return cached
        call = self.store.load_call(listing.id)
        timeline = summarize(call).timeline
        signals = tuple(dict.fromkeys(stall.label for stall in timeline))
        first = call.utterances[0].text.split() if call.utterances else []
        title = " ".join(first[:TITLE_WORDS]) + ("…" if len(first) > TITLE_WORDS else "") or listing.source
        said = " ".join(u.text for u in call.utterances)
        evidence = " ".join(c.evidence for c in call.cards)
        text = " ".join(f"{said} {evidence} {listing.source}".lower().split())
        row = CallRow(listing.id, listing.started_at, listing.duration, listing.status, listing.source, title, signals)
        return _Indexed(listing, row, text)
