import threading

from app.asr.recognizer import ScriptedRecognizer
from app.asr.streaming import StreamingOptions, StreamingTranscriber
from app.audio.synthetic import ArraySource
from app.session.pipeline import run_live, run_offline
from app.shared.audio import SAMPLE_RATE, AudioBlock
from app.shared.events import CallEvent, SpeechActivity, TranscriptEvent
from tests.signals import timeline


def _transcriber() -> StreamingTranscriber:
    return StreamingTranscriber(ScriptedRecognizer(lambda audio: f"{len(audio) / SAMPLE_RATE:.0f} seconds"))


def _finals(events: list[CallEvent]) -> list[TranscriptEvent]:
    return [e for e in events if isinstance(e, TranscriptEvent) and e.type == "final"]


def test_a_device_lost_mid_call_keeps_everything_captured_before_it() -> None:
    rep = timeline(("silence", 0.5), ("speech", 1.5), ("silence", 1.0), ("speech", 2.0), ("silence", 3.0))
    events: list[CallEvent] = []
    # Fails at 4.0 s: during the second utterance, which has not ended yet.
    outcome = run_live(_transcriber(), ArraySource({"rep": rep}, fail_after=4.0), events.append)
    assert outcome.error is not None and "stopped delivering audio" in outcome.error
    finals = _finals(events)
    assert len(finals) == 2  # the utterance cut off by the fault is still finalised
    assert finals[1].start > 2.5 and finals[1].end <= 4.0 + 1e-6
    assert outcome.stats.audio_seconds >= 3.9


def test_live_and_offline_runs_agree_on_the_finals() -> None:
    rep = timeline(("silence", 0.5), ("speech", 1.5), ("silence", 1.0), ("speech", 1.0), ("silence", 1.0))
    prospect = timeline(("silence", 2.2), ("speech", 0.8), ("silence", 2.5))
    live: list[CallEvent] = []
    run_live(_transcriber(), ArraySource({"rep": rep, "prospect": prospect}), live.append)
    offline: list[CallEvent] = []
    blocks = [
        AudioBlock(ch, i, x[i : i + 1600])
        for i in range(0, len(rep), 1600)
        for ch, x in (("rep", rep), ("prospect", prospect))
        if i < len(x)
    ]
    run_offline(_transcriber(), blocks, offline.append)

    def key(e: TranscriptEvent) -> tuple[str, float, float, str]:
        return (e.channel, round(e.start, 2), round(e.end, 2), e.text)

    assert sorted(map(key, _finals(live))) == sorted(map(key, _finals(offline)))
    assert len(_finals(live)) == 3


def test_stop_ends_a_live_call_mid_utterance_and_finalises_it() -> None:
    rep = timeline(("silence", 0.5), ("speech", 30.0))
    stop = threading.Event()
    events: list[CallEvent] = []

    def listen(event: CallEvent) -> None:
        events.append(event)
        if isinstance(event, SpeechActivity) and event.speaking:
            stop.set()  # the rep presses Stop as soon as speech starts

    outcome = run_live(_transcriber(), ArraySource({"rep": rep}, realtime=True, speed=4.0), listen, stop)
    assert outcome.error is None
    assert outcome.stats.audio_seconds < 30.0  # it did not play the call to its end
    finals = _finals(events)
    assert len(finals) == 1 and finals[0].end <= outcome.stats.audio_seconds + 1e-6


def test_speech_during_a_slow_decode_is_reported_before_the_decoded_text() -> None:
    # The final of the first utterance takes a second to decode; the second utterance starts meanwhile. The
    # coach must hear that the speaker went on before it reads the first final as a finished turn.
    rep = timeline(("silence", 0.5), ("speech", 1.0), ("silence", 0.7), ("speech", 0.6), ("silence", 2.0))
    recognizer = ScriptedRecognizer(lambda audio: "words", seconds_per_call=1.0)
    transcriber = StreamingTranscriber(recognizer, StreamingOptions(partials=False))
    events: list[CallEvent] = []
    run_live(transcriber, ArraySource({"rep": rep}, realtime=True, speed=2.0), events.append)
    first_final = next(i for i, e in enumerate(events) if isinstance(e, TranscriptEvent) and e.type == "final")
    final = events[first_final]
    assert isinstance(final, TranscriptEvent) and final.emitted > 2.8  # decoded after the second onset (2.2 s)
    went_on = [
        i for i, e in enumerate(events) if isinstance(e, SpeechActivity) and e.speaking and 2.0 < e.t < final.emitted
    ]
    assert went_on and went_on[0] < first_final
