import itertools

import numpy as np

from app.asr.segmenter import ChannelSegmenter, SegmenterOptions, SpeechChange, Utterance
from app.shared.audio import SAMPLE_RATE, AudioBlock
from tests.signals import timeline


def _segment(
    x: np.ndarray, options: SegmenterOptions | None = None, block: int = 1600
) -> list[Utterance | SpeechChange]:
    seg = ChannelSegmenter("rep", options)
    out: list[Utterance | SpeechChange] = []
    for i in range(0, len(x), block):
        out.extend(seg.push(AudioBlock("rep", i, x[i : i + block])))
    out.extend(seg.flush())
    return out


def test_two_sentences_become_two_utterances_with_true_boundaries() -> None:
    x = timeline(("silence", 1.0), ("speech", 2.0), ("silence", 1.5), ("speech", 3.0), ("silence", 1.0))
    utterances = [u for u in _segment(x) if isinstance(u, Utterance)]
    assert len(utterances) == 2
    assert abs(utterances[0].start - 1.0) < 0.3 and abs(utterances[0].end - 3.0) < 0.3
    assert abs(utterances[1].start - 4.5) < 0.3 and abs(utterances[1].end - 7.5) < 0.3
    assert len(utterances[1].audio) == round((utterances[1].end - utterances[1].start) * SAMPLE_RATE)


def test_a_short_pause_inside_a_sentence_does_not_split_it() -> None:
    x = timeline(("silence", 0.5), ("speech", 1.5), ("silence", 0.3), ("speech", 1.5), ("silence", 1.0))
    utterances = [u for u in _segment(x) if isinstance(u, Utterance)]
    assert len(utterances) == 1


def test_activity_changes_bracket_each_utterance() -> None:
    x = timeline(("silence", 1.0), ("speech", 1.0), ("silence", 1.0))
    changes = [c for c in _segment(x) if isinstance(c, SpeechChange)]
    assert [c.speaking for c in changes] == [True, False]
    assert abs(changes[0].t - 1.0) < 0.15 and abs(changes[1].t - 2.0) < 0.15


def test_a_click_is_not_an_utterance() -> None:
    x = timeline(("silence", 1.0), ("speech", 0.06), ("silence", 1.0))
    assert not [u for u in _segment(x) if isinstance(u, Utterance)]


def test_a_monologue_is_cut_before_the_encoder_limit_and_nothing_is_lost() -> None:
    x = timeline(("silence", 0.5), ("speech", 26.0), ("silence", 1.0))
    utterances = [u for u in _segment(x, SegmenterOptions(max_utterance=10.0)) if isinstance(u, Utterance)]
    assert len(utterances) >= 3
    assert all(u.end - u.start <= 10.0 + 1e-6 for u in utterances)
    for a, b in itertools.pairwise(utterances):
        assert abs(a.end - b.start) < 1e-6  # contiguous: no audio dropped at the cuts


def test_block_size_does_not_change_the_result() -> None:
    x = timeline(("silence", 0.7), ("speech", 1.2), ("silence", 1.0), ("speech", 0.8), ("silence", 1.0))
    a = [(round(u.start, 3), round(u.end, 3)) for u in _segment(x, block=160) if isinstance(u, Utterance)]
    b = [(round(u.start, 3), round(u.end, 3)) for u in _segment(x, block=4000) if isinstance(u, Utterance)]
    assert a == b and len(a) == 2
