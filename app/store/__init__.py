"""The call history on disk (stdlib ``sqlite3`` only; transcripts, cards and summaries, never audio)."""

from app.store.history import HistoryStore, SavedSummary
from app.store.location import default_history_path

__all__ = ["HistoryStore", "SavedSummary", "default_history_path"]
