import numpy as np

from app.asr.recognizer import ScriptedRecognizer
from app.asr.streaming import StreamingOptions, StreamingTranscriber
from app.shared.audio import SAMPLE_RATE, AudioBlock, Channel
from app.shared.events import SpeechActivity, TranscriptEvent
from tests.signals import timeline


def _words_for(audio: np.ndarray) -> str:
    """One word per half second of audio: longer partials say more."""
    return " ".join(["word"] * max(1, int(len(audio) / SAMPLE_RATE / 0.5)))


def _feed(transcriber: StreamingTranscriber, x: np.ndarray, channel: Channel = "rep", backlog: float = 0.0) -> list:
    events: list = []
    fed = {"rep": 0.0, "prospect": 0.0}
    for i in range(0, len(x), 1600):
        block = AudioBlock(channel, i, x[i : i + 1600])
        fed[channel] = block.end
        events += transcriber.push(block)
        events += transcriber.run_jobs(backlog, lambda ch: fed[ch])
    events += transcriber.finish()
    events += transcriber.run_jobs(0.0, lambda ch: fed[ch])
    return events


def test_each_utterance_gets_one_final_and_partials_while_speaking() -> None:
    x = timeline(("silence", 1.0), ("speech", 3.0), ("silence", 1.0), ("speech", 2.0), ("silence", 1.0))
    events = _feed(StreamingTranscriber(ScriptedRecognizer(_words_for)), x)
    finals = [e for e in events if isinstance(e, TranscriptEvent) and e.type == "final"]
    partials = [e for e in events if isinstance(e, TranscriptEvent) and e.type == "partial"]
    assert len(finals) == 2
    assert len(partials) >= 4
    first_partial = partials[0]
    assert first_partial.emitted - 1.0 < 1.0  # words on screen within a second of the speech starting
    assert all(f.emitted - f.end < 1.0 for f in finals)  # final shortly after the speaker stops
    assert [e.speaking for e in events if isinstance(e, SpeechActivity)] == [True, False, True, False]


def test_under_load_partials_are_skipped_but_finals_never_are() -> None:
    x = timeline(("silence", 0.5), ("speech", 3.0), ("silence", 1.0), ("speech", 2.0), ("silence", 1.0))
    transcriber = StreamingTranscriber(ScriptedRecognizer(_words_for))
    events = _feed(transcriber, x, backlog=5.0)  # the loop reports it is far behind real time
    assert not [e for e in events if isinstance(e, TranscriptEvent) and e.type == "partial"]
    assert len([e for e in events if isinstance(e, TranscriptEvent) and e.type == "final"]) == 2
    assert transcriber.counters.partials_skipped > 0


def test_a_waiting_partial_is_replaced_by_a_newer_one() -> None:
    x = timeline(("silence", 0.5), ("speech", 4.0), ("silence", 1.0))
    recognizer = ScriptedRecognizer(_words_for)
    transcriber = StreamingTranscriber(recognizer, StreamingOptions(partial_interval=0.2))
    for i in range(0, len(x), 1600):  # push everything before any job runs: partials pile up
        transcriber.push(AudioBlock("rep", i, x[i : i + 1600]))
    transcriber.finish()
    events = transcriber.run_jobs(0.0, lambda ch: len(x) / SAMPLE_RATE)
    assert [e.type for e in events] == ["final"]  # the utterance closed; its stale partials were dropped
    assert transcriber.counters.partials_skipped >= 1
    assert len(recognizer.calls) == 1


def test_silence_and_stock_phrases_yield_no_text() -> None:
    x = timeline(("silence", 1.0), ("speech", 0.3), ("silence", 1.0))
    events = _feed(StreamingTranscriber(ScriptedRecognizer(lambda audio: "Thank you for watching.")), x)
    assert not [e for e in events if isinstance(e, TranscriptEvent)]
    events = _feed(StreamingTranscriber(ScriptedRecognizer(lambda audio: "")), x)
    assert not [e for e in events if isinstance(e, TranscriptEvent)]


def test_channels_are_independent() -> None:
    rep = timeline(("speech", 1.5), ("silence", 2.5))
    prospect = timeline(("silence", 2.0), ("speech", 1.5), ("silence", 1.0))
    transcriber = StreamingTranscriber(ScriptedRecognizer(_words_for))
    events: list = []
    for i in range(0, len(prospect), 1600):
        for channel, x in (("rep", rep), ("prospect", prospect)):
            if i < len(x):
                events += transcriber.push(AudioBlock(channel, i, x[i : i + 1600]))  # type: ignore[arg-type]
        now = i / SAMPLE_RATE
        events += transcriber.run_jobs(0.0, lambda ch, now=now: now)
    events += transcriber.finish() + transcriber.run_jobs(0.0, lambda ch: 0.0)
    finals = [e for e in events if isinstance(e, TranscriptEvent) and e.type == "final"]
    assert sorted(f.channel for f in finals) == ["prospect", "rep"]
    assert next(f for f in finals if f.channel == "prospect").start > 1.5
