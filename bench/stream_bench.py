"""Streaming benchmark: ``resetbutton replay --realtime`` on labelled calls, against offline faster-whisper.

For each call, in sequence (never in parallel: CPU figures would distort), in fresh child processes:
1. ``resetbutton replay CALL --realtime --jsonl --no-store --threads N``: its events, pipeline CPU and peak RSS;
2. offline ``WhisperModel.transcribe`` (beam 5, no VAD) on each channel: the accuracy reference and cost floor.
Then per channel: time to first text after a turn starts, final lag after it ends, WER of the finals, VAD
quality (turns finalised, finals over no turn), and the issue's targets with PASS/FAIL, into bench/RESULTS.md.

    .venv/bin/python -m bench.stream_bench [CALL.wav|DIR ...] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from app.asr.scoring import normalise
from app.shared.audio import CHANNELS, Channel
from bench.calls import LabelledCall, Turn, find_calls, reference_text
from bench.measure import REPO_ROOT, ChildRun, resetbutton_command, run_child
from bench.report import (
    ErrorTally,
    code_version,
    fmt,
    machine_description,
    markdown_table,
    percentile,
    text_table,
    update_results_section,
)

OUT_DIR = REPO_ROOT / "bench" / "out"

TARGET_WER_MARGIN = 0.01
TARGET_FIRST_TEXT_P50 = 1.0
TARGET_FINAL_LAG_P90 = 1.2
TARGET_CPU = 0.35
TARGET_RSS_MB = 450.0


@dataclass(frozen=True)
class Event:
    type: str
    channel: Channel
    start: float
    end: float
    text: str
    emitted: float

    def overlaps(self, turn: Turn) -> bool:
        return turn.overlaps(self.start, self.end)


@dataclass(frozen=True)
class StreamRun:
    events: list[Event]
    audio_seconds: float
    pipeline_cpu: float
    """The pipeline's own CPU seconds (``stats`` line: from the call's start, model load excluded)."""
    partials: int
    partials_skipped: int
    queue_overflows: int
    child: ChildRun


@dataclass(frozen=True)
class OfflineRun:
    texts: dict[str, str]
    cpu_seconds: float
    audio_seconds: float
    child: ChildRun


@dataclass
class ChannelFigures:
    """One channel's figures, for one call or pooled over calls."""

    first_text: list[float] = field(default_factory=list)
    final_lag: list[float] = field(default_factory=list)
    stream: ErrorTally = field(default_factory=ErrorTally)
    offline: ErrorTally = field(default_factory=ErrorTally)
    turns: int = 0
    turns_finalised: int = 0
    finals: int = 0
    false_finals: int = 0
    partial_updates: int = 0
    partial_rewrites: int = 0

    def __iadd__(self, other: ChannelFigures) -> ChannelFigures:
        self.first_text += other.first_text
        self.final_lag += other.final_lag
        self.stream += other.stream
        self.offline += other.offline
        self.turns += other.turns
        self.turns_finalised += other.turns_finalised
        self.finals += other.finals
        self.false_finals += other.false_finals
        self.partial_updates += other.partial_updates
        self.partial_rewrites += other.partial_rewrites
        return self


@dataclass
class CallResult:
    call: LabelledCall
    stream: StreamRun
    offline: OfflineRun
    channels: dict[Channel, ChannelFigures]
    findings: list[str]


# --- running the two children -------------------------------------------------------------------------------


def _checked(child: ChildRun, what: str) -> ChildRun:
    if child.returncode != 0:
        raise SystemExit(f"{what} failed (exit {child.returncode}): {child.stderr.strip()[-2000:]}")
    return child


def run_stream(call: LabelledCall, threads: int) -> StreamRun:
    command = [
        *resetbutton_command(),
        "replay",
        str(call.audio),
        "--realtime",
        "--jsonl",
        "--no-store",
        "--threads",
        str(threads),
    ]
    child = _checked(run_child(command), f"replay of {call.name}")
    lines = [json.loads(line) for line in child.stdout.splitlines() if line.startswith("{")]
    stats = next(line for line in reversed(lines) if line["type"] == "stats")
    events = [
        Event(e["type"], e["channel"], e["start"], e["end"], e["text"], e["emitted"])
        for e in lines
        if e["type"] in ("partial", "final")
    ]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / f"{call.name}.stream.jsonl").write_text(child.stdout)
    return StreamRun(
        events,
        audio_seconds=float(stats["audio_seconds"]),
        pipeline_cpu=float(stats["cpu_seconds"]),
        partials=int(stats["partials"]),
        partials_skipped=int(stats["partials_skipped"]),
        queue_overflows=int(stats["queue_overflows"]),
        child=child,
    )


def run_offline(call: LabelledCall, threads: int) -> OfflineRun:
    command = [sys.executable, "-m", "bench.offline_reference", str(call.audio), "--threads", str(threads)]
    child = _checked(run_child(command), f"offline reference of {call.name}")
    data = json.loads(child.stdout.strip().splitlines()[-1])
    (OUT_DIR / f"{call.name}.offline.json").write_text(json.dumps(data, indent=1))
    return OfflineRun(data["text"], float(data["cpu_seconds"]), float(data["audio_seconds"]), child)


# --- matching events to labelled turns ----------------------------------------------------------------------


def first_text_delay(turn: Turn, events: list[Event]) -> float | None:
    """Seconds from the turn's start until the first text of its channel over it (partial or final)."""
    for event in events:
        if event.channel == turn.channel and event.text.strip() and event.overlaps(turn):
            return event.emitted - turn.start
    return None


def closing_final(turn: Turn, finals: list[Event]) -> Event | None:
    """The final covering the end of the turn: of the finals over it, the one reaching furthest."""
    over = [f for f in finals if f.channel == turn.channel and f.overlaps(turn)]
    return max(over, key=lambda f: f.end) if over else None


REWRITE_TAIL = 2
"""Words at the end of a partial that may still change without counting as a rewrite (the provisional tail)."""


def rewrites_earlier_words(previous: str, current: str) -> bool:
    """Whether ``current`` changes or drops a word ``previous`` showed before its last few (flicker)."""
    old, new = normalise(previous), normalise(current)
    settled = old[: max(0, len(old) - REWRITE_TAIL)]
    return new[: len(settled)] != settled


def count_partial_rewrites(
    call: LabelledCall, channel: Channel, events: list[Event], figures: ChannelFigures, findings: list[str]
) -> None:
    shown: dict[float, str] = {}  # utterance start -> its latest partial
    for event in events:
        if event.channel != channel or event.type != "partial":
            continue
        previous = shown.get(event.start)
        shown[event.start] = event.text
        if previous is None:
            continue
        figures.partial_updates += 1
        if rewrites_earlier_words(previous, event.text):
            figures.partial_rewrites += 1
            findings.append(
                f"partial rewrite at {event.end:.2f} s: {call.name} {channel} {previous!r} → {event.text!r}"
            )


def _where(call: LabelledCall, start: float, end: float) -> str:
    return f"{call.name} {start:.2f}–{end:.2f} s"


def channel_figures(
    call: LabelledCall, channel: Channel, stream: StreamRun, offline: OfflineRun, findings: list[str]
) -> ChannelFigures:
    turns = call.channel_turns(channel)
    finals = [e for e in stream.events if e.type == "final" and e.channel == channel]
    figures = ChannelFigures(turns=len(turns), finals=len(finals))
    reference = reference_text(call, channel)
    figures.stream.add(reference, " ".join(f.text for f in sorted(finals, key=lambda f: f.start)))
    figures.offline.add(reference, offline.texts.get(channel, ""))
    for turn in turns:
        _measure_turn(call, turn, stream.events, finals, figures, findings)
    count_partial_rewrites(call, channel, stream.events, figures, findings)
    for final in finals:
        if not any(final.overlaps(t) for t in turns):
            figures.false_finals += 1
            findings.append(f"false final: {_where(call, final.start, final.end)} {channel}: {final.text!r}")
    return figures


def _measure_turn(
    call: LabelledCall,
    turn: Turn,
    events: list[Event],
    finals: list[Event],
    figures: ChannelFigures,
    findings: list[str],
) -> None:
    where = f"{_where(call, turn.start, turn.end)} {turn.channel} turn {turn.index} {turn.text[:50]!r}"
    delay = first_text_delay(turn, events)
    if delay is not None:
        figures.first_text.append(delay)
        if delay > TARGET_FIRST_TEXT_P50:
            findings.append(f"slow first text ({delay:.2f} s): {where}")
    final = closing_final(turn, finals)
    if final is None:
        findings.append(f"missed turn (no final): {where}")
        return
    figures.turns_finalised += 1
    lag = final.emitted - turn.end
    figures.final_lag.append(lag)
    if lag > TARGET_FINAL_LAG_P90:
        findings.append(f"final lag {lag:.2f} s (final {final.start:.2f}–{final.end:.2f}): {where}")


def evaluate(call: LabelledCall, threads: int) -> CallResult:
    stream = run_stream(call, threads)
    offline = run_offline(call, threads)
    findings: list[str] = []
    channels = {ch: channel_figures(call, ch, stream, offline, findings) for ch in CHANNELS}
    return CallResult(call, stream, offline, channels, findings)


# --- tables ---------------------------------------------------------------------------------------------------


def _pct(tally: ErrorTally) -> str:
    return f"{100 * tally.rate:.1f}%"


def _lag_cells(figures: ChannelFigures) -> list[str]:
    return [
        fmt(percentile(figures.first_text, 50), suffix=" s"),
        fmt(percentile(figures.final_lag, 50), suffix=" s"),
        fmt(percentile(figures.final_lag, 90), suffix=" s"),
        _pct(figures.stream),
        _pct(figures.offline),
        f"{figures.turns_finalised}/{figures.turns}",
        str(figures.false_finals),
    ]


CHANNEL_HEADER = [
    "call",
    "channel",
    "first text p50",
    "final lag p50",
    "final lag p90",
    "WER stream",
    "WER offline b5",
    "turns finalised",
    "false finals",
]
COST_HEADER = [
    "call",
    "audio s",
    "stream CPU core-s/s",
    "stream process CPU core-s/s",
    "offline b5 core-s/s",
    "CPU ratio stream/offline",
    "stream peak RSS",
    "offline peak RSS",
    "partials / skipped",
    "queue overflows",
]


def channel_rows(results: list[CallResult], pooled: dict[Channel, ChannelFigures]) -> list[list[str]]:
    rows = [[r.call.name, ch, *_lag_cells(r.channels[ch])] for r in results for ch in CHANNELS]
    rows += [["**all calls**", ch, *_lag_cells(pooled[ch])] for ch in CHANNELS]
    return rows


@dataclass(frozen=True)
class Cost:
    """CPU and memory of one call's two runs, or of all calls together (sums; worst peak RSS)."""

    name: str
    audio: float
    stream_cpu: float
    process_cpu: float
    offline_cpu: float
    offline_audio: float
    stream_rss: float
    offline_rss: float
    partials: int
    partials_skipped: int
    queue_overflows: int

    @classmethod
    def of(cls, r: CallResult) -> Cost:
        stream, offline = r.stream, r.offline
        return cls(
            name=r.call.name,
            audio=stream.audio_seconds,
            stream_cpu=stream.pipeline_cpu,
            process_cpu=stream.child.cpu_seconds,
            offline_cpu=offline.cpu_seconds,
            offline_audio=offline.audio_seconds,
            stream_rss=stream.child.peak_rss_mb,
            offline_rss=offline.child.peak_rss_mb,
            partials=stream.partials,
            partials_skipped=stream.partials_skipped,
            queue_overflows=stream.queue_overflows,
        )

    @classmethod
    def pooled(cls, results: list[CallResult]) -> Cost:
        costs = [cls.of(r) for r in results]

        def total(name: str) -> float:
            return float(sum(getattr(c, name) for c in costs))

        return cls(
            name="**all calls**",
            audio=total("audio"),
            stream_cpu=total("stream_cpu"),
            process_cpu=total("process_cpu"),
            offline_cpu=total("offline_cpu"),
            offline_audio=total("offline_audio"),
            stream_rss=max(c.stream_rss for c in costs),
            offline_rss=max(c.offline_rss for c in costs),
            partials=int(total("partials")),
            partials_skipped=int(total("partials_skipped")),
            queue_overflows=int(total("queue_overflows")),
        )

    @property
    def stream_rate(self) -> float:
        return self.stream_cpu / self.audio

    @property
    def offline_rate(self) -> float:
        return self.offline_cpu / self.offline_audio

    def cells(self) -> list[str]:
        return [
            self.name,
            f"{self.audio:.1f}",
            f"{self.stream_rate:.3f}",
            f"{self.process_cpu / self.audio:.3f}",
            f"{self.offline_rate:.3f}",
            f"{self.stream_rate / self.offline_rate:.1f}×",
            f"{self.stream_rss:.0f} MB",
            f"{self.offline_rss:.0f} MB",
            f"{self.partials} / {self.partials_skipped}",
            str(self.queue_overflows),
        ]


def cost_rows(results: list[CallResult]) -> list[list[str]]:
    return [Cost.of(r).cells() for r in results] + [Cost.pooled(results).cells()]


def vad_rows(results: list[CallResult]) -> list[list[str]]:
    groups: dict[str, ChannelFigures] = defaultdict(ChannelFigures)
    for r in results:
        for ch in CHANNELS:
            groups[f"{ch} ({r.call.line} call)"] += r.channels[ch]
    return [
        [
            name,
            f"{g.turns_finalised}/{g.turns} ({g.turns_finalised / g.turns:.0%})" if g.turns else "—",
            f"{g.false_finals}/{g.finals}",
            f"{g.partial_rewrites}/{g.partial_updates}",
        ]
        for name, g in sorted(groups.items())
    ]


def target_rows(results: list[CallResult], pooled: dict[Channel, ChannelFigures]) -> list[list[str]]:
    def verdict(ok: bool) -> str:
        return "PASS" if ok else "**FAIL**"

    rows = []
    for ch in CHANNELS:
        f = pooled[ch]
        limit = f.offline.rate + TARGET_WER_MARGIN
        rows.append(
            [
                f"WER of finals, {ch}",
                f"≤ offline b5 + 1 pt = {100 * limit:.1f}%",
                _pct(f.stream),
                verdict(f.stream.rate <= limit),
            ]
        )
    for ch in CHANNELS:
        p50 = percentile(pooled[ch].first_text, 50)
        rows.append(
            [
                f"first text p50, {ch}",
                f"≤ {TARGET_FIRST_TEXT_P50} s",
                fmt(p50, suffix=" s"),
                verdict(p50 is not None and p50 <= TARGET_FIRST_TEXT_P50),
            ]
        )
    for ch in CHANNELS:
        p90 = percentile(pooled[ch].final_lag, 90)
        rows.append(
            [
                f"final lag p90, {ch}",
                f"≤ {TARGET_FINAL_LAG_P90} s",
                fmt(p90, suffix=" s"),
                verdict(p90 is not None and p90 <= TARGET_FINAL_LAG_P90),
            ]
        )
    cpu = Cost.pooled(results).stream_rate
    worst_cpu = max(Cost.of(r).stream_rate for r in results)
    rows.append(
        [
            "CPU, both channels (pooled; worst call)",
            f"≤ {TARGET_CPU} core-s/s",
            f"{cpu:.3f} ({worst_cpu:.3f})",
            verdict(worst_cpu <= TARGET_CPU),
        ]
    )
    rss = Cost.pooled(results).stream_rss
    rows.append(["peak RSS (worst call)", f"≤ {TARGET_RSS_MB:.0f} MB", f"{rss:.0f} MB", verdict(rss <= TARGET_RSS_MB)])
    return rows


def ratio_lines(results: list[CallResult], pooled: dict[Channel, ChannelFigures]) -> list[str]:
    cost = Cost.pooled(results)
    lines = [
        f"- CPU: streaming {cost.stream_rate:.3f} core-s/s against offline beam-5 {cost.offline_rate:.3f} "
        f"core-s/s (both channels): **{cost.stream_rate / cost.offline_rate:.1f}×** the offline floor.",
        f"- Peak RSS: streaming {cost.stream_rss:.0f} MB against offline {cost.offline_rss:.0f} MB: "
        f"**{cost.stream_rss / cost.offline_rss:.2f}×**.",
    ]
    for ch in CHANNELS:
        f = pooled[ch]
        lines.append(
            f"- WER {ch}: streaming {_pct(f.stream)} against offline {_pct(f.offline)}: "
            f"**{100 * (f.stream.rate - f.offline.rate):+.1f} points** "
            f"({f.stream.errors} against {f.offline.errors} errors in {f.stream.words} words)."
        )
    return lines


# --- output ---------------------------------------------------------------------------------------------------


VAD_HEADER = [
    "channel (line)",
    "labelled turns that got a final",
    "finals over no labelled turn",
    f"partial updates rewriting earlier words (all but the last {REWRITE_TAIL})",
]
TARGET_HEADER = ["target", "limit", "measured", "verdict"]


def pooled_figures(results: list[CallResult]) -> dict[Channel, ChannelFigures]:
    pooled = {ch: ChannelFigures() for ch in CHANNELS}
    for r in results:
        for ch in CHANNELS:
            pooled[ch] += r.channels[ch]
    return pooled


def ordered_findings(results: list[CallResult]) -> list[str]:
    """Latency, missed turns and false finals first; partial rewrites (many, less urgent) after them."""
    return sorted((line for r in results for line in r.findings), key=lambda line: line.startswith("partial"))


def markdown_report(results: list[CallResult], machine: str, command: str, threads: int) -> str:
    pooled = pooled_figures(results)
    findings = [f"- {line}" for line in ordered_findings(results)] or ["- none"]
    return "\n\n".join(
        [
            "## Streaming transcription (`bench/stream_bench.py`)",
            f"Machine: {machine}. Code: {code_version()}. Recognizer threads: {threads} (replay and offline alike).\n\n"
            f"Command: `{command}`",
            "Each call is replayed with `resetbutton replay CALL --realtime --jsonl --no-store` (coach on), then transcribed offline by "
            "faster-whisper (`WhisperModel.transcribe`, beam 5, no VAD, each channel alone), each in a fresh "
            "process, one after the other. Stream CPU is the pipeline's own figure (process time from the start "
            "of the call, model load excluded, like the offline figure); process CPU includes start-up and model "
            "load. First text: first partial or final of the turn's channel overlapping the turn, emitted − turn "
            "start. Final lag: the final reaching furthest over the turn, emitted − turn end. Absolute numbers "
            "drift on this shared machine; compare the ratios.",
            "### Targets (pooled over all calls)",
            markdown_table(TARGET_HEADER, target_rows(results, pooled)),
            "### Against the offline reference, same run",
            "\n".join(ratio_lines(results, pooled)),
            "### Latency and accuracy per channel",
            markdown_table(CHANNEL_HEADER, channel_rows(results, pooled)),
            "### Cost",
            markdown_table(COST_HEADER, cost_rows(results)),
            "### Voice activity detection by line type, and partial stability",
            markdown_table(VAD_HEADER, vad_rows(results)),
            "### Findings (turns over a latency target, missed turns, false finals, partial rewrites)",
            "\n".join(findings),
        ]
    )


def print_report(results: list[CallResult]) -> None:
    pooled = pooled_figures(results)
    for title, header, rows in [
        ("Targets", TARGET_HEADER, target_rows(results, pooled)),
        ("Latency and accuracy", CHANNEL_HEADER, channel_rows(results, pooled)),
        ("Cost", COST_HEADER, cost_rows(results)),
        ("VAD", VAD_HEADER, vad_rows(results)),
    ]:
        print(f"\n{title}\n" + text_table(header, [[c.replace("**", "") for c in row] for row in rows]))
    print("\n" + "\n".join(ratio_lines(results, pooled)).replace("**", ""))
    findings = [f"  {line}" for line in ordered_findings(results)] or ["  none"]
    print("\nFindings:\n" + "\n".join(findings))


def main() -> None:
    parser = argparse.ArgumentParser(description="Streaming transcription benchmark (see bench/README.md).")
    parser.add_argument("calls", nargs="*", type=Path, help="labelled calls or directories (default: shared/calls)")
    parser.add_argument("--threads", type=int, default=1, help="recognizer CPU threads, streaming and offline")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    machine = machine_description()
    command = " ".join([".venv/bin/python -m bench.stream_bench", *sys.argv[1:]])
    results = []
    for call in find_calls(args.calls):
        print(f"{call.name}: {call.duration:.0f} s in real time, then offline …", file=sys.stderr, flush=True)
        results.append(evaluate(call, args.threads))
    print_report(results)
    if not args.no_write:
        update_results_section("stream_bench", markdown_report(results, machine, command, args.threads))


if __name__ == "__main__":
    main()
