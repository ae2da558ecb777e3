"""The hand-off between capture and the streaming loop: a bounded queue that never blocks its producer.

Capture callbacks run on audio threads where blocking means glitches, so :meth:`BlockQueue.offer` either
takes a block or counts it as an overflow and returns at once. The queue also keeps the books the
scheduler needs: how much audio each channel has fed in (the ``emitted`` stamp) and how much is waiting.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel

__all__ = ["BlockQueue", "QueueItem", "SourceEnded", "SourceFault"]


@dataclass(frozen=True)
class SourceEnded:
    """A source has no more audio (end of file, capture stopped)."""


@dataclass(frozen=True)
class SourceFault:
    """A source failed (device unplugged, stream error); ``message`` is one sentence for the user."""

    message: str


QueueItem = AudioBlock | SourceEnded | SourceFault


class BlockQueue:
    """Thread-safe FIFO of audio blocks bounded by seconds of audio, with per-channel accounting."""

    def __init__(self, capacity_seconds: float = 30.0) -> None:
        self._capacity = int(capacity_seconds * SAMPLE_RATE)
        self._items: deque[QueueItem] = deque()
        self._queued_samples = 0
        self._fed: dict[Channel, int] = {}
        self._cond = threading.Condition()
        self.overflows = 0

    def offer(self, item: QueueItem) -> bool:
        """Enqueue without blocking; a block that does not fit is dropped and counted."""
        with self._cond:
            if isinstance(item, AudioBlock):
                self._fed[item.channel] = self._fed.get(item.channel, 0) + len(item.samples)
                if self._queued_samples + len(item.samples) > self._capacity:
                    self.overflows += 1
                    return False
                self._queued_samples += len(item.samples)
            self._items.append(item)
            self._cond.notify()
            return True

    def take(self, timeout: float) -> list[QueueItem]:
        """Everything queued, waiting up to ``timeout`` seconds for the first item."""
        with self._cond:
            if not self._items:
                self._cond.wait(timeout)
            items = list(self._items)
            self._items.clear()
            self._queued_samples = 0
            return items

    def fed_seconds(self, channel: Channel) -> float:
        """Call audio of ``channel`` handed to the queue so far (including any that overflowed)."""
        with self._cond:
            return self._fed.get(channel, 0) / SAMPLE_RATE

    def backlog_seconds(self) -> float:
        with self._cond:
            return self._queued_samples / SAMPLE_RATE
