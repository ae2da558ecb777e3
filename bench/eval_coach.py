"""Coaching cards on labelled calls through the real pipeline: real audio, real model, real coach.

Per signal: hits inside the labelled windows, misses, false alarms, and the delay after each window opens;
plus what the coach costs as a share of the pipeline's CPU (its own process time, measured around every
call into it). ``eval_coach_transcripts.py`` asks the same questions of perfect transcripts; this one
includes what Whisper tiny.en mishears and when its text arrives.

    .venv/bin/python -m bench.eval_coach                      # ../shared/calls
    .venv/bin/python -m bench.eval_coach ../shared/calls tests/fixtures/calls assets/demo --realtime
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from app.asr.models import resolve_model
from app.asr.recognizer import WhisperRecognizer
from app.asr.streaming import StreamingTranscriber
from app.audio.recording import CallRecording
from app.session.call import CallSession
from app.shared.events import CallEvent, CardEvent, SpeechActivity, TranscriptEvent
from bench.calls import DEFAULT_CALLS_DIR, find_calls
from bench.coach_trace import TRACE_SUFFIX, TracingCoach
from bench.eval_coach_transcripts import Tally, mean_text, print_tallies, score
from bench.report import machine_description, update_results_section


class TimedCoach(TracingCoach):
    """The real coach, with the CPU time spent inside it added up (and its input kept for ``--trace-dir``).

    Thread time, not process time: the transcriber's decoding threads keep running while the coach works, and
    process time would charge their CPU to the coach (session 7 measured 1.80% that way for 0.4% of its own).
    """

    cpu_seconds = 0.0

    def observe(self, event: TranscriptEvent | SpeechActivity) -> list[CardEvent]:
        started = time.thread_time()
        try:
            return super().observe(event)
        finally:
            self.cpu_seconds += time.thread_time() - started

    def tick(self, t: float) -> list[CardEvent]:
        started = time.thread_time()
        try:
            return super().tick(t)
        finally:
            self.cpu_seconds += time.thread_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CALLS_DIR])
    parser.add_argument(
        "--realtime", action="store_true", help="feed audio at wall-clock speed (card times include compute lag)"
    )
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    parser.add_argument(
        "--title",
        default="Coaching cards through the real pipeline",
        help="heading of the RESULTS.md section; a different title keeps its own section (e.g. the held-out set)",
    )
    parser.add_argument(
        "--trace-dir",
        type=Path,
        help="save what the coach was fed on each call (CALL.trace.jsonl.xz) for bench/coach_trace.py",
    )
    args = parser.parse_args(argv)
    if args.trace_dir is not None:
        args.trace_dir.mkdir(parents=True, exist_ok=True)
    recognizer = WhisperRecognizer(resolve_model())
    recognizer.load()
    tallies: dict[str, Tally] = defaultdict(Tally)
    coach_cpu = pipeline_cpu = 0.0
    healthy_cards = 0
    for call in find_calls(args.paths):
        labels = json.loads(call.audio.with_suffix(".json").read_text())
        coach = TimedCoach()
        events: list[CallEvent] = []
        started = time.process_time()
        CallSession(StreamingTranscriber(recognizer), coach, [events.append]).replay(
            CallRecording(call.audio), realtime=args.realtime
        )
        pipeline_cpu += time.process_time() - started
        coach_cpu += coach.cpu_seconds
        if args.trace_dir is not None:
            coach.save(args.trace_dir / (call.audio.stem + TRACE_SUFFIX), call.audio.with_suffix(".json"))
        cards = [e for e in events if isinstance(e, CardEvent)]
        if not labels["expect"]:
            healthy_cards += len(cards)
        print(f"{call.audio.name}: {len(cards)} card(s), {len(labels['expect'])} labelled")
        print("\n".join(score(labels, cards, tallies)))
    total = print_tallies(tallies)
    share = coach_cpu / pipeline_cpu if pipeline_cpu else 0.0
    print(f"\ncoach CPU: {coach_cpu:.3f} s of {pipeline_cpu:.1f} s pipeline CPU = {100 * share:.2f}%")
    if not args.no_write:
        rows = [
            f"| {kind} | {t.windows} | {t.hits} | {t.misses} | {t.false_alarms} | {mean_text(t.delays)} | "
            f"{mean_text(t.after_words)} | {mean_text(t.words_at)} |"
            for kind, t in sorted(tallies.items())
        ]
        default_title = parser.get_default("title")
        update_results_section(
            "eval_coach" if args.title == default_title else "eval_coach:" + args.title.lower().replace(" ", "_"),
            "\n".join(
                [
                    f"## {args.title} (`bench/eval_coach.py`)",
                    "",
                    f"Machine: {machine_description()}. Command: `.venv/bin/python -m bench.eval_coach "
                    + " ".join(str(p) for p in args.paths)
                    + (" --realtime" if args.realtime else "")
                    + (f' --title "{args.title}"' if args.title != default_title else "")
                    + "`.",
                    "",
                    "| signal | windows | hits | misses | false alarms | mean delay after window opens "
                    "| after the defining words were said | the words came (least possible delay) |",
                    "| --- | --- | --- | --- | --- | --- | --- | --- |",
                    *rows,
                    f"| **all** | {total.windows} | {total.hits} | {total.misses} | {total.false_alarms} | "
                    f"{mean_text(total.delays)} | {mean_text(total.after_words)} | {mean_text(total.words_at)} |",
                    "",
                    "A window opens at the start of the turn that holds the words (as labelled in ../shared/calls); "
                    "the sixth column times phrase signals from when those words were said instead (the shortest "
                    "start of the labelled turn the coach's phrases match, timed by its share of the characters). "
                    "The last is when those words came after the window opened, over every window (0 for the "
                    "structural signals, whose windows open at the stall): the mean delay of a coach that showed "
                    "every card the instant its words ended.",
                    "",
                    f"Cards on calls with nothing labelled: {healthy_cards}. Coach CPU: {coach_cpu:.3f} s of "
                    f"{pipeline_cpu:.1f} s pipeline CPU ({100 * share:.2f}%; target < 2%).",
                ]
            ),
        )
    return 0 if total.misses == 0 and total.false_alarms == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
