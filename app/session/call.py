"""One call, wired: capture → streaming transcriber → coach, with every event fanned out to listeners.

``replay``, ``listen`` and the overlay all run a call through :class:`CallSession`, so what a test sees
in JSON lines is exactly what the rep sees on screen. Listeners are plain callables; the overlay's is a
Qt signal emitter living in ``app/ui``, the CLI's a printer, the store's a writer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from app.asr.streaming import StreamingTranscriber
from app.audio.recording import CallRecording, RealtimePlayback
from app.audio.source import CaptureSource
from app.coach import Coach
from app.session.levels import LevelMeter
from app.session.pipeline import CallOutcome, run_live, run_offline
from app.shared.audio import AudioBlock
from app.shared.events import CallEvent, SpeechActivity, TranscriptEvent

__all__ = ["CallSession", "EventListener"]

EventListener = Callable[[CallEvent], None]


class CallSession:
    """Runs one call and reports everything that happens in it, in call-time order."""

    def __init__(
        self,
        transcriber: StreamingTranscriber,
        coach: Coach | None,
        listeners: Sequence[EventListener],
        *,
        levels: bool = False,
    ) -> None:
        """``levels``: also publish a :class:`~app.shared.events.LevelEvent` per channel ten times a second
        of live audio (the overlay's meters); off by default so logs and stores are not flooded."""
        self.transcriber = transcriber
        self.coach = coach
        self._listeners = list(listeners)
        self._levels = LevelMeter() if levels else None
        self._lock = threading.Lock()
        self.stop_requested = threading.Event()

    def stop(self) -> None:
        """Ask a running call to end; the transcript so far is finalised before :meth:`run` returns."""
        self.stop_requested.set()

    def _publish(self, event: CallEvent) -> None:
        for listener in self._listeners:
            listener(event)

    def _on_event(self, event: CallEvent) -> None:
        with self._lock:
            self._publish(event)
            if self.coach is not None and isinstance(event, (TranscriptEvent, SpeechActivity)):
                for card in self.coach.observe(event):
                    self._publish(card)

    def _on_time(self, t: float) -> None:
        if self.coach is None:
            return
        with self._lock:
            for card in self.coach.tick(t):
                self._publish(card)

    def _on_block(self, block: AudioBlock) -> None:
        if self._levels is None:
            return
        with self._lock:
            for level in self._levels.feed(block):
                self._publish(level)

    def replay(self, recording: CallRecording, *, realtime: bool) -> CallOutcome:
        """A recorded call, at wall-clock speed (as the overlay plays it) or as fast as possible."""
        if realtime:
            return self.live(RealtimePlayback(recording))
        outcome = run_offline(self.transcriber, recording.blocks(), self._on_event, self._on_time)
        self._publish(outcome.stats)
        return outcome

    def live(self, source: CaptureSource) -> CallOutcome:
        """A live call from ``source`` until it ends, fails or :meth:`stop` is called."""
        outcome = run_live(
            self.transcriber, source, self._on_event, self.stop_requested, clock=self._on_time, tap=self._on_block
        )
        self._publish(outcome.stats)
        return outcome
