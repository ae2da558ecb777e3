import numpy as np

from app.audio.queue import BlockQueue, SourceEnded
from app.shared.audio import SAMPLE_RATE, AudioBlock


def _block(start: int, seconds: float) -> AudioBlock:
    return AudioBlock("rep", start, np.zeros(int(seconds * SAMPLE_RATE), np.float32))


def test_overflow_is_counted_and_offer_never_blocks() -> None:
    queue = BlockQueue(capacity_seconds=1.0)
    accepted = [queue.offer(_block(i * 1600, 0.1)) for i in range(15)]
    assert accepted.count(True) == 10 and queue.overflows == 5
    assert abs(queue.fed_seconds("rep") - 1.5) < 1e-9  # the emitted clock counts what the source delivered
    assert abs(queue.backlog_seconds() - 1.0) < 1e-9
    items = queue.take(timeout=0.0)
    assert len(items) == 10 and queue.backlog_seconds() == 0.0


def test_take_returns_markers_in_order() -> None:
    queue = BlockQueue()
    queue.offer(_block(0, 0.1))
    queue.offer(SourceEnded())
    items = queue.take(timeout=0.0)
    assert isinstance(items[0], AudioBlock) and isinstance(items[1], SourceEnded)
    assert queue.take(timeout=0.01) == []
