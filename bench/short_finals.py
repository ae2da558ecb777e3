"""Finals cut short: the streaming finals that look too short for their audio, decoded again with timestamps.

tiny.en decoding without timestamps sometimes ends a long utterance after its first sentence ("It would have,
honestly, but let me tell you about our season." for 11 s of a story about hail and a bank loan). The streaming
loop decodes such a final again with timestamps (``StreamingOptions.cut_short_words_per_second``). This script
measures that choice on the saved heard traces (``bench/traces``): for every final the live run emitted that
falls under the threshold, it decodes the same utterance audio both ways and counts word errors against the
script's turns on that channel which overlap it.

    .venv/bin/python -m bench.short_finals bench/traces/heldout12 bench/traces/heldout13 … [--no-write]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import soundfile as sf

from app.asr.models import resolve_model
from app.asr.recognizer import WhisperRecognizer
from app.asr.scoring import word_errors
from app.asr.streaming import StreamingOptions, cut_short, says_more
from app.shared.audio import CHANNELS, SAMPLE_RATE
from app.shared.events import TranscriptEvent
from bench.coach_trace import load_trace, trace_files
from bench.report import code_version, machine_description, markdown_table, update_results_section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="trace files or folders of them")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    options = StreamingOptions()
    recognizer = WhisperRecognizer(resolve_model())
    recognizer.load()
    finals = decoded = errors_before = errors_after = reference_words = kept = 0
    for trace in trace_files(args.paths):
        labels_path, inputs = load_trace(trace)
        labels = json.loads(labels_path.read_text())
        audio: np.ndarray | None = None
        for event in inputs:
            if not isinstance(event, TranscriptEvent) or event.type != "final":
                continue
            finals += 1
            if not cut_short(event.text, event.end - event.start, options):
                continue
            decoded += 1
            if audio is None:
                audio, rate = sf.read(labels_path.with_suffix(".flac"), dtype="float32", always_2d=True)
                assert rate == SAMPLE_RATE
            channel = CHANNELS.index(event.channel)
            clip = np.ascontiguousarray(
                audio[round(event.start * SAMPLE_RATE) : round(event.end * SAMPLE_RATE), channel]
            )
            again = recognizer.recognize(clip, replace(options.final, timestamps=True))
            keep = says_more(event.text, again)
            chosen = again.text if keep else event.text
            reference = " ".join(
                t["text"]
                for t in labels["turns"]
                if t["who"] == event.channel and t["start"] < event.end and t["end"] > event.start
            )
            before, total = word_errors(reference, event.text)
            after, _ = word_errors(reference, chosen)
            errors_before += before
            errors_after += after
            reference_words += total
            kept += keep
            print(
                f"{trace.name.split('.')[0]} {event.start:7.2f} errors {before:3d} -> {after:3d} of {total:3d}  {chosen[:90]}"
            )
    rows = [
        [
            str(finals),
            f"{decoded} ({decoded / max(1, finals):.1%})",
            str(kept),
            f"{errors_before} ({errors_before / max(1, reference_words):.1%})",
            f"{errors_after} ({errors_after / max(1, reference_words):.1%})",
            str(reference_words),
        ]
    ]
    table = markdown_table(
        [
            "finals",
            "decoded again",
            "longer text kept",
            "word errors as heard",
            "after decoding again",
            "reference words",
        ],
        rows,
    )
    print(table)
    if not args.no_write:
        update_results_section(
            "short_finals",
            f"## Finals cut short (`bench/short_finals.py`)\n\n"
            f"Machine: {machine_description()}; code {code_version()}; tiny.en int8, beam 5. Finals of "
            f"{options.cut_short_min_seconds:g} s or more with fewer than {options.cut_short_words_per_second:g} words a "
            f"second, from the saved heard traces ({len(args.paths)} folders), decoded again with timestamps; word errors "
            f"against the script turns on the same channel that overlap each (overlap inflates both columns alike).\n\n"
            f"{table}\n\n"
            f"    .venv/bin/python -m bench.short_finals {' '.join(str(p) for p in args.paths)}\n",
        )


if __name__ == "__main__":
    main()
