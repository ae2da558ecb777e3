"""The interface every capture source implements, so the session never cares where audio comes from."""

from __future__ import annotations

from typing import Protocol

from app.audio.queue import BlockQueue
from app.shared.audio import Channel

__all__ = ["CaptureSource"]


class CaptureSource(Protocol):
    """A live source of 16 kHz mono blocks for one or more channels.

    ``start`` begins delivering into ``queue`` from a thread or callback of the source's own and returns at
    once; the source ends with :class:`~app.audio.queue.SourceEnded` or
    :class:`~app.audio.queue.SourceFault` in the queue. Far-end (system audio) capture implements the same.
    """

    channels: tuple[Channel, ...]
    name: str

    def start(self, queue: BlockQueue) -> None: ...

    def stop(self) -> None: ...
