"""Driving a call through the streaming transcriber, from a file as fast as possible or from live capture.

Both drivers feed the same :class:`~app.asr.streaming.StreamingTranscriber` and hand every event to one
sink, so ``replay``, ``listen`` and the overlay see identical behaviour. The live driver is the scheduler's
other half: it drains the capture queue, then lets the transcriber work, telling it how far behind real
time the loop is so it can skip partials instead of falling further behind. Audio captured while a decode
ran is segmented before the decoded text is handed on, so the sink hears of speech in call-time order: who
started or stopped talking is never reported a decode later than the words said before it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.asr.streaming import StreamingTranscriber
from app.audio.queue import BlockQueue, SourceEnded, SourceFault
from app.audio.source import CaptureSource
from app.shared.audio import AudioBlock, Channel
from app.shared.errors import UserFacingError
from app.shared.events import CallEvent, StatsEvent

__all__ = ["CallOutcome", "run_live", "run_offline"]

EventSink = Callable[[CallEvent], None]
ClockSink = Callable[[float], None]
"""Told how far the call has got (seconds of call audio fed in), so time-based signals can fire in silence."""
BlockTap = Callable[[AudioBlock], None]
"""Sees every captured block on the driver's thread before it is transcribed (level meters)."""


@dataclass(frozen=True)
class CallOutcome:
    """How a run ended: its closing figures and, if it failed, the sentence saying why."""

    stats: StatsEvent
    error: str | None = None


class _Meter:
    """CPU and wall time of the run (process CPU: every thread, the recognizer's included)."""

    def __init__(self) -> None:
        self.cpu0 = time.process_time()
        self.wall0 = time.monotonic()

    def stats(self, transcriber: StreamingTranscriber, audio_seconds: float, overflows: int) -> StatsEvent:
        c = transcriber.counters
        return StatsEvent(
            audio_seconds=audio_seconds,
            cpu_seconds=time.process_time() - self.cpu0,
            wall_seconds=time.monotonic() - self.wall0,
            partials=c.partials,
            finals=c.finals,
            partials_skipped=c.partials_skipped,
            queue_overflows=overflows,
            model=transcriber.recognizer.name,
        )


def _emit_all(sink: EventSink, events: Iterable[CallEvent]) -> None:
    for event in events:
        sink(event)


def _no_clock(t: float) -> None:
    return None


def _no_tap(block: AudioBlock) -> None:
    return None


def run_offline(
    transcriber: StreamingTranscriber, blocks: Iterable[AudioBlock], sink: EventSink, clock: ClockSink = _no_clock
) -> CallOutcome:
    """Feed blocks as fast as the transcriber takes them; every due partial runs (deterministic output)."""
    meter = _Meter()
    fed: dict[Channel, float] = {}
    error: str | None = None
    try:
        for block in blocks:
            fed[block.channel] = block.end
            _emit_all(sink, transcriber.push(block))
            _emit_all(sink, transcriber.run_jobs(0.0, lambda ch: fed.get(ch, 0.0)))
            clock(max(fed.values()))
    except UserFacingError as exc:
        error = str(exc)
    _emit_all(sink, transcriber.finish())
    _emit_all(sink, transcriber.run_jobs(0.0, lambda ch: fed.get(ch, 0.0)))
    return CallOutcome(meter.stats(transcriber, max(fed.values(), default=0.0), 0), error)


def run_live(
    transcriber: StreamingTranscriber,
    source: CaptureSource,
    sink: EventSink,
    stop: threading.Event | None = None,
    queue: BlockQueue | None = None,
    clock: ClockSink = _no_clock,
    tap: BlockTap = _no_tap,
) -> CallOutcome:
    """Run until the source ends, fails, or ``stop`` is set; the transcript so far is always finalised."""
    stop = stop or threading.Event()
    queue = queue or BlockQueue()
    meter = _Meter()
    error: str | None = None
    source.start(queue)
    try:
        running = True

        def segment_captured(timeout: float) -> None:
            nonlocal error, running
            for item in queue.take(timeout=timeout):
                if isinstance(item, AudioBlock):
                    tap(item)
                    _emit_all(sink, transcriber.push(item))
                elif isinstance(item, SourceFault):
                    error, running = error or item.message, False
                elif isinstance(item, SourceEnded):
                    running = False

        while running and not stop.is_set():
            segment_captured(timeout=0.05)
            decoded = transcriber.run_jobs(queue.backlog_seconds(), queue.fed_seconds)
            if decoded:
                # Audio captured while decoding is segmented before the text is handed on, so who started or
                # stopped speaking meanwhile is known first: "I'm in the middle of a job" decoded while the
                # prospect already goes on ("…but talk, I'm listening") must not read as a finished turn.
                segment_captured(timeout=0.0)
            _emit_all(sink, decoded)
            clock(max(queue.fed_seconds(ch) for ch in source.channels))
    finally:
        source.stop()
    for item in queue.take(timeout=0.0):  # audio captured before the stop is still transcribed
        if isinstance(item, AudioBlock):
            _emit_all(sink, transcriber.push(item))
    _emit_all(sink, transcriber.finish())
    _emit_all(sink, transcriber.run_jobs(float("inf"), queue.fed_seconds))
    audio_seconds = max((queue.fed_seconds(ch) for ch in source.channels), default=0.0)
    return CallOutcome(meter.stats(transcriber, audio_seconds, queue.overflows), error)
