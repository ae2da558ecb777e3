"""Several capture sources as one: the rep's microphone and the far end feeding one call.

The pipeline drives exactly one :class:`~app.audio.source.CaptureSource` and stops at the first ending it
sees, so the parts do not write to the call's queue directly: each gets a relay that passes audio and
faults straight through (a fault in either part ends the call with that part's sentence, and the audio
both captured before it is still transcribed) but holds back a part's normal ending until every part has
ended.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from app.audio.queue import BlockQueue, QueueItem, SourceEnded
from app.audio.source import CaptureSource
from app.shared.audio import Channel

__all__ = ["CombinedSource"]


class _PartRelay(BlockQueue):
    """The queue one part sees: everything goes on to the call's queue except an ending that is not the last."""

    def __init__(self, target: BlockQueue, endings: _Countdown) -> None:
        super().__init__(capacity_seconds=0.0)
        self._target = target
        self._endings = endings

    def offer(self, item: QueueItem) -> bool:
        if isinstance(item, SourceEnded) and not self._endings.last():
            return True
        return self._target.offer(item)


class _Countdown:
    def __init__(self, count: int) -> None:
        self._left = count
        self._lock = threading.Lock()

    def last(self) -> bool:
        """Count one ending; True for the one that brings the count to zero."""
        with self._lock:
            self._left -= 1
            return self._left == 0


class CombinedSource:
    """``parts`` (each with its own channels) captured together; their channels in the order given."""

    def __init__(self, parts: Sequence[CaptureSource]) -> None:
        channels = [channel for part in parts for channel in part.channels]
        if len(set(channels)) != len(channels):
            raise ValueError(f"two parts capture the same channel: {channels}")
        self.parts = tuple(parts)
        self.channels: tuple[Channel, ...] = tuple(channels)
        self.name = " + ".join(part.name for part in parts)

    def start(self, queue: BlockQueue) -> None:
        endings = _Countdown(len(self.parts))
        started: list[CaptureSource] = []
        try:
            for part in self.parts:
                part.start(_PartRelay(queue, endings))
                started.append(part)
        except BaseException:
            for part in started:
                part.stop()
            raise

    def stop(self) -> None:
        for part in self.parts:
            part.stop()
