"""The store-writer listener: a call's finals and cards go into the history as they happen.

Each final and each card is one small committed insert (see :mod:`app.store.history`), made on the thread
that publishes the event: a final arrives at most every second or so and the commit is a short append to
the write-ahead log, so there is nothing to gain from a writer thread, and a queue would lose its contents
if the process were killed. When the call ends (the session publishes its closing stats) the call is
marked ended and its summary stored; a call that never gets there is marked interrupted on the next open.

The two text facts the summary counts per utterance (word count, question or not) are measured here with
the coach's own text rules, so the summary and the live coach agree on what a question is.
"""

from __future__ import annotations

from datetime import datetime

from app.coach.text import is_question, word_count
from app.shared.calls import CopiedScript, Utterance
from app.shared.errors import StoreError
from app.shared.events import CallEvent, CardEvent, StatsEvent, TranscriptEvent
from app.store import HistoryStore
from app.summary import summarize, to_json

__all__ = ["CallRecorder"]


class CallRecorder:
    """Writes one call to ``store``. A write failure never stops the call: recording stops, ``failure`` says why."""

    def __init__(self, store: HistoryStore, source: str) -> None:
        self.store = store
        self.call_id = store.begin_call(source, datetime.now().astimezone())
        self.failure: StoreError | None = None
        self._card_ids: dict[CardEvent, int] = {}
        self._ended = False

    def __call__(self, event: CallEvent) -> None:
        if self.failure is not None or self._ended:
            return
        try:
            if isinstance(event, TranscriptEvent) and event.type == "final" and event.text.strip():
                utterance = Utterance(
                    event.channel, event.start, event.end, event.text, word_count(event.text), is_question(event.text)
                )
                self.store.add_utterance(self.call_id, utterance)
            elif isinstance(event, CardEvent):
                self._card_ids[event] = self.store.add_card(
                    self.call_id, event.kind, event.t, event.evidence, event.scripts
                )
            elif isinstance(event, StatsEvent):
                self._end(event.audio_seconds)
        except StoreError as exc:
            self.failure = exc

    def script_copied(self, card: CardEvent, script_id: str, t: float) -> None:
        """The rep copied one of ``card``'s scripts at call time ``t`` (the overlay's copy button calls this)."""
        card_id = self._card_ids.get(card)
        script = next((s for s in card.scripts if s.id == script_id), None)
        if card_id is None or script is None or self.failure is not None:
            return
        try:
            self.store.add_copy(self.call_id, CopiedScript(card_id, script_id, script.text, t))
        except StoreError as exc:
            self.failure = exc

    def _end(self, duration: float) -> None:
        self._ended = True
        now = datetime.now().astimezone()
        self.store.end_call(self.call_id, now, duration)
        self.store.save_summary(self.call_id, to_json(summarize(self.store.load_call(self.call_id))), now)
