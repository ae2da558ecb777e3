"""Playing a finite stream of blocks into the pipeline as if it were live capture.

Recorded calls (``--realtime`` replays, the overlay's demo) and in-memory audio (tests, fault drills)
both need the same thing: a thread of their own, optional wall-clock pacing, the non-blocking hand-off, and
an end marker or a fault. This is that, once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from app.audio.queue import BlockQueue, SourceEnded, SourceFault
from app.shared.audio import AudioBlock, Channel
from app.shared.errors import AudioInputError

__all__ = ["BlockPlayback"]

DEVICE_LOST = "The audio device stopped delivering audio (unplugged?); the transcript so far is kept."


class BlockPlayback:
    """A :class:`~app.audio.source.CaptureSource` over ``blocks()``.

    With ``realtime`` each block is delivered when its last sample would have been captured (``speed`` times
    faster than the clock, for demos and tests that want live pacing in less time). ``fail_after``
    (seconds of call time) ends the stream with a device-lost fault, to exercise recovery without hardware.
    """

    def __init__(
        self,
        blocks: Callable[[], Iterator[AudioBlock]],
        channels: tuple[Channel, ...],
        name: str,
        *,
        realtime: bool = True,
        speed: float = 1.0,
        fail_after: float | None = None,
    ) -> None:
        self.channels = channels
        self._speed = speed
        self.name = name
        self._blocks = blocks
        self._realtime = realtime
        self._fail_after = fail_after
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, queue: BlockQueue) -> None:
        self._thread = threading.Thread(target=self._run, args=(queue,), name="playback", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)

    def _run(self, queue: BlockQueue) -> None:
        started = time.monotonic()
        try:
            for block in self._blocks():
                if self._stop.is_set():
                    break
                if self._fail_after is not None and block.start >= self._fail_after:
                    queue.offer(SourceFault(DEVICE_LOST))
                    return
                if self._realtime:
                    delay = started + block.end / self._speed - time.monotonic()
                    if delay > 0:
                        self._stop.wait(delay)
                queue.offer(block)
        except AudioInputError as exc:
            queue.offer(SourceFault(str(exc)))
            return
        queue.offer(SourceEnded())
