"""The combined source: two capture parts as one call, ending when both end or as soon as one fails."""

import numpy as np

from app.audio.combined import CombinedSource
from app.audio.queue import BlockQueue, QueueItem, SourceEnded, SourceFault
from app.audio.synthetic import ArraySource
from app.shared.audio import SAMPLE_RATE, AudioBlock


def _drain(queue: BlockQueue, source: CombinedSource) -> list[QueueItem]:
    items: list[QueueItem] = []
    while not any(isinstance(i, (SourceEnded, SourceFault)) for i in items):
        items += queue.take(timeout=5.0)
    source.stop()
    return items + queue.take(timeout=0.2)


def _tone(seconds: float) -> np.ndarray:
    return np.full(int(seconds * SAMPLE_RATE), 0.1, dtype=np.float32)


def test_both_channels_arrive_and_the_call_ends_only_when_both_parts_have_ended() -> None:
    source = CombinedSource(
        [ArraySource({"rep": _tone(0.5)}, realtime=False), ArraySource({"prospect": _tone(1.0)}, realtime=True)]
    )
    assert source.channels == ("rep", "prospect")
    queue = BlockQueue()
    source.start(queue)
    items = _drain(queue, source)
    audio = [i for i in items if isinstance(i, AudioBlock)]
    assert sum(len(b.samples) for b in audio if b.channel == "rep") == 0.5 * SAMPLE_RATE
    assert sum(len(b.samples) for b in audio if b.channel == "prospect") == 1.0 * SAMPLE_RATE
    endings = [i for i in items if isinstance(i, (SourceEnded, SourceFault))]
    assert endings == [SourceEnded()]


def test_a_fault_in_either_part_ends_the_call_with_that_parts_sentence() -> None:
    source = CombinedSource(
        [
            ArraySource({"rep": _tone(5.0)}, realtime=True),
            ArraySource({"prospect": _tone(5.0)}, realtime=True, fail_after=0.3),
        ]
    )
    queue = BlockQueue()
    source.start(queue)
    items = _drain(queue, source)
    first_ending = next(i for i in items if isinstance(i, (SourceEnded, SourceFault)))
    assert isinstance(first_ending, SourceFault) and "stopped delivering audio" in first_ending.message
    assert any(isinstance(i, AudioBlock) and i.channel == "rep" for i in items)
