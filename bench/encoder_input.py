"""How much encoder input an utterance needs: "encode only the audio you have plus a margin", measured.

Every labelled turn is cut from its channel at its true boundaries (± 0.2 s) and decoded by the app's own
:class:`~app.asr.recognizer.WhisperRecognizer` under several input policies — padded to 30 s as
faster-whisper does, a minimum input of 10, 6 or 3 s, or the utterance's length plus a 1 s margin — with a
beam of 5 and, for two of them, greedily. Policies take turns clip by clip, so machine noise spreads evenly
over them. Then the pure encoder cost per input length (``ctranslate2`` ``Whisper.encode``). Pooled WER and
CPU per policy go to bench/RESULTS.md.

    .venv/bin/python -m bench.encoder_input [CALL.wav|DIR ...] [--threads N] [--repeats R]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.asr.models import resolve_model
from app.asr.recognizer import DecodeOptions, WhisperRecognizer
from app.asr.scoring import normalise
from bench.calls import LabelledCall, Turn, cut, find_calls, load_channels
from bench.report import (
    ErrorTally,
    code_version,
    machine_description,
    markdown_table,
    text_table,
    update_results_section,
)

TURN_PADDING = 0.2
SHORT_TURN = 3.0
"""Turns shorter than this (seconds) are scored separately: short inputs are where accuracy is at risk."""
ENCODER_FRAMES = (3000, 1500, 1000, 500)


@dataclass(frozen=True)
class Policy:
    name: str
    options: DecodeOptions


POLICIES = (
    Policy("padded to 30 s, beam 5", DecodeOptions(beam_size=5, margin_seconds=1.0, min_input_seconds=30.0)),
    Policy("min 10 s, beam 5", DecodeOptions(beam_size=5, margin_seconds=1.0, min_input_seconds=10.0)),
    Policy("min 6 s, beam 5", DecodeOptions(beam_size=5, margin_seconds=1.0, min_input_seconds=6.0)),
    Policy("min 3 s, beam 5", DecodeOptions(beam_size=5, margin_seconds=1.0, min_input_seconds=3.0)),
    Policy("length + 1 s, beam 5", DecodeOptions(beam_size=5, margin_seconds=1.0, min_input_seconds=0.0)),
    Policy("min 10 s, greedy", DecodeOptions(beam_size=1, margin_seconds=1.0, min_input_seconds=10.0)),
    Policy("length + 1 s, greedy", DecodeOptions(beam_size=1, margin_seconds=1.0, min_input_seconds=0.0)),
)


@dataclass(frozen=True)
class Clip:
    call: LabelledCall
    turn: Turn
    audio: npt.NDArray[np.float32]

    @property
    def narrowband(self) -> bool:
        return self.call.line == "pstn" and self.turn.channel == "prospect"


@dataclass
class PolicyFigures:
    all: ErrorTally = field(default_factory=ErrorTally)
    short: ErrorTally = field(default_factory=ErrorTally)
    narrowband: ErrorTally = field(default_factory=ErrorTally)
    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0
    input_seconds: float = 0.0
    decodes: int = 0
    short_cpu_seconds: float = 0.0
    short_decodes: int = 0
    runaways: list[str] = field(default_factory=list)
    """Outputs far longer than what was said: repetition loops or invented text."""


def turn_clips(calls: list[LabelledCall]) -> list[Clip]:
    clips = []
    for call in calls:
        channels = load_channels(call)
        for turn in call.turns:
            audio = cut(channels[turn.channel], turn.start - TURN_PADDING, turn.end + TURN_PADDING)
            clips.append(Clip(call, turn, np.ascontiguousarray(audio)))
    return clips


def _score(figures: PolicyFigures, clip: Clip, text: str) -> None:
    reference = clip.turn.text
    figures.all.add(reference, text)
    if clip.turn.seconds < SHORT_TURN:
        figures.short.add(reference, text)
    if clip.narrowband:
        figures.narrowband.add(reference, text)
    if len(normalise(text)) > 1.5 * len(normalise(reference)) + 2:
        figures.runaways.append(f"{clip.call.name} {clip.turn.start:.2f} s {clip.turn.channel}: {text!r}")


def decode_once(recognizer: WhisperRecognizer, clip: Clip, policy: Policy, figures: PolicyFigures, score: bool) -> None:
    cpu0, wall0 = time.process_time(), time.perf_counter()
    result = recognizer.recognize(clip.audio, policy.options)
    cpu = time.process_time() - cpu0
    figures.cpu_seconds += cpu
    figures.wall_seconds += time.perf_counter() - wall0
    figures.input_seconds += result.input_seconds
    figures.decodes += 1
    if clip.turn.seconds < SHORT_TURN:
        figures.short_cpu_seconds += cpu
        figures.short_decodes += 1
    if score:  # decoding is deterministic: repeats only add timing samples
        _score(figures, clip, result.text)


def measure_policies(clips: list[Clip], threads: int, repeats: int) -> dict[str, PolicyFigures]:
    """Every clip under every policy, ``repeats`` times; policies rotate clip by clip."""
    recognizer = WhisperRecognizer(resolve_model(), cpu_threads=threads)
    recognizer.load()
    for policy in POLICIES:  # warm-up: the first calls allocate buffers
        recognizer.recognize(clips[0].audio, policy.options)
    figures = {p.name: PolicyFigures() for p in POLICIES}
    for repeat in range(repeats):
        for i, clip in enumerate(clips):
            shift = i % len(POLICIES)
            for policy in POLICIES[shift:] + POLICIES[:shift]:
                decode_once(recognizer, clip, policy, figures[policy.name], score=repeat == 0)
    return figures


@dataclass(frozen=True)
class EncoderTiming:
    frames: int
    wall_seconds: float
    cpu_seconds: float
    """Medians over the repeats, per ``encode`` call."""


def measure_encoder(clips: list[Clip], threads: int, repeats: int) -> list[EncoderTiming]:
    """``Whisper.encode`` alone on real speech features of each length; lengths interleave repeat by repeat."""
    import ctranslate2
    from faster_whisper.feature_extractor import FeatureExtractor

    model_dir = resolve_model().path
    model = ctranslate2.models.Whisper(
        str(model_dir), device="cpu", compute_type="int8", intra_threads=threads, inter_threads=1
    )
    speech = np.concatenate([c.audio for c in clips])[: 30 * 16_000]
    mel = FeatureExtractor(feature_size=model.n_mels)(speech, padding=0)
    inputs = {
        n: ctranslate2.StorageView.from_array(np.ascontiguousarray(mel[np.newaxis, :, :n], dtype=np.float32))
        for n in ENCODER_FRAMES
    }
    samples: dict[int, list[tuple[float, float]]] = {n: [] for n in ENCODER_FRAMES}
    for repeat in range(repeats + 2):
        for n, features in inputs.items():
            cpu0, wall0 = time.process_time(), time.perf_counter()
            model.encode(features, to_cpu=True)
            if repeat >= 2:  # two warm-up rounds
                samples[n].append((time.perf_counter() - wall0, time.process_time() - cpu0))
    return [
        EncoderTiming(n, statistics.median(w for w, _ in s), statistics.median(c for _, c in s))
        for n, s in samples.items()
    ]


def _pct(tally: ErrorTally) -> str:
    return f"{100 * tally.rate:.1f}%" if tally.words else "—"


POLICY_HEADER = [
    "policy",
    "mean encoder input",
    "WER all turns",
    f"WER turns < {SHORT_TURN:.0f} s",
    "WER narrowband prospect",
    "WER − padded 30 s",
    "CPU s per turn",
    "CPU vs padded 30 s",
    f"CPU s per turn < {SHORT_TURN:.0f} s",
    f"CPU vs padded 30 s, turns < {SHORT_TURN:.0f} s",
    "wall s per turn",
    "runaway outputs",
]
ENCODER_HEADER = ["frames fed to encode", "seconds of audio", "wall per call", "CPU per call", "wall vs 3000 frames"]


def policy_rows(figures: dict[str, PolicyFigures]) -> list[list[str]]:
    base = figures[POLICIES[0].name]
    rows = []
    for policy in POLICIES:
        f = figures[policy.name]
        rows.append(
            [
                policy.name,
                f"{f.input_seconds / f.decodes:.1f} s",
                _pct(f.all),
                _pct(f.short),
                _pct(f.narrowband),
                f"{100 * (f.all.rate - base.all.rate):+.1f} pt",
                f"{f.cpu_seconds / f.decodes:.3f}",
                f"{f.cpu_seconds / base.cpu_seconds:.2f}×",
                f"{f.short_cpu_seconds / f.short_decodes:.3f}" if f.short_decodes else "—",
                f"{f.short_cpu_seconds / base.short_cpu_seconds:.2f}×" if base.short_cpu_seconds else "—",
                f"{f.wall_seconds / f.decodes:.3f}",
                str(len(f.runaways)),
            ]
        )
    return rows


def encoder_rows(timings: list[EncoderTiming]) -> list[list[str]]:
    full = next(t for t in timings if t.frames == max(ENCODER_FRAMES))
    return [
        [
            str(t.frames),
            f"{t.frames / 100:.0f} s",
            f"{t.wall_seconds:.3f} s",
            f"{t.cpu_seconds:.3f} s",
            f"{t.wall_seconds / full.wall_seconds:.2f}×",
        ]
        for t in timings
    ]


def summary(clips: list[Clip], figures: dict[str, PolicyFigures]) -> str:
    short = sum(c.turn.seconds < SHORT_TURN for c in clips)
    narrow = sum(c.narrowband for c in clips)
    words = figures[POLICIES[0].name].all.words
    return (
        f"{len(clips)} turns from {len({c.call.name for c in clips})} calls ({words} reference words; {short} turns "
        f"shorter than {SHORT_TURN:.0f} s; {narrow} narrowband prospect turns), each cut at its labelled boundaries "
        f"± {TURN_PADDING} s and decoded by `WhisperRecognizer.recognize` (the app's own decoder: prompt-free, no "
        "timestamps). Encoder input = max(length + 1 s margin, minimum), capped at 30 s, in frames of 10 ms. CPU is process time "
        "(every thread) per decode, summed over the repeats. A runaway output has more than 1.5× the reference's "
        "words + 2 (a loop or invented text)."
    )


def markdown_report(
    clips: list[Clip],
    figures: dict[str, PolicyFigures],
    timings: list[EncoderTiming],
    machine: str,
    command: str,
    threads: int,
) -> str:
    runaways = [f"- {p.name}: {line}" for p in POLICIES for line in figures[p.name].runaways] or ["- none"]
    return "\n\n".join(
        [
            "## Encoder input length (`bench/encoder_input.py`)",
            f"Machine: {machine}. Code: {code_version()}. Recognizer threads: {threads}.\n\nCommand: `{command}`",
            summary(clips, figures),
            "### Decoding policies (pooled over all turns)",
            markdown_table(POLICY_HEADER, policy_rows(figures)),
            "### Encoder alone (`ctranslate2.models.Whisper.encode`, real speech features, medians)",
            markdown_table(ENCODER_HEADER, encoder_rows(timings)),
            "### Runaway outputs",
            "\n".join(runaways),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Encoder input length benchmark (see bench/README.md).")
    parser.add_argument("calls", nargs="*", type=Path, help="labelled calls or directories (default: shared/calls)")
    parser.add_argument("--threads", type=int, default=1, help="recognizer CPU threads")
    parser.add_argument("--repeats", type=int, default=1, help="decodes of each turn under each policy (timing)")
    parser.add_argument("--encoder-repeats", type=int, default=20, help="encode calls per input length")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    machine = machine_description()
    command = " ".join([".venv/bin/python -m bench.encoder_input", *sys.argv[1:]])
    clips = turn_clips(find_calls(args.calls))
    print(f"{len(clips)} turns × {len(POLICIES)} policies × {args.repeats} …", file=sys.stderr, flush=True)
    figures = measure_policies(clips, args.threads, args.repeats)
    timings = measure_encoder(clips, args.threads, args.encoder_repeats)
    print(summary(clips, figures))
    print("\n" + text_table(POLICY_HEADER, policy_rows(figures)))
    print("\n" + text_table(ENCODER_HEADER, encoder_rows(timings)))
    for policy in POLICIES:
        for line in figures[policy.name].runaways:
            print(f"runaway, {policy.name}: {line}")
    if not args.no_write:
        update_results_section(
            "encoder_input", markdown_report(clips, figures, timings, machine, command, args.threads)
        )


if __name__ == "__main__":
    main()
