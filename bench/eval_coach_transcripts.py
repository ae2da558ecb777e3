"""Offline evaluation of the coach on labelled calls, from their labelled turns (no audio, no ASR).

Each call JSON (the ``shared/calls`` format: ``turns`` with who/start/end/text and ``expect`` windows
``[lo, hi]`` per signal) is replayed as the session would feed a perfect transcriber: speech activity at
each turn's start and end, the final ``FINAL_LATENCY`` s after the turn ends, and a tick every ``TICK`` s.
Per signal it reports hits inside a window, misses, false alarms (a card outside every window of its kind)
and the delay from the window's opening to the card. ``--partials`` also feeds growing partials every
``PARTIAL_INTERVAL`` s (words in proportion to elapsed turn time), a proxy for the live transcriber. The
end-to-end evaluation with real audio and the real model is a separate harness; this one isolates the
coach's logic.

    .venv/bin/python bench/eval_coach_transcripts.py ../shared/calls/*.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.coach import Coach, CoachConfig
from app.coach.detectors.phrases import PhraseMatcher
from app.coach.detectors.pushback import PUSHBACK_FAMILIES
from app.coach.detectors.weak_opener import WEAK_OPENER_FAMILIES
from app.coach.state import Segment
from app.shared.events import CardEvent, SpeechActivity, TranscriptEvent
from bench.outcomes import Outcomes

FINAL_LATENCY = 0.8
TICK = 0.2
PARTIAL_INTERVAL = 0.5


@dataclass
class Tally:
    windows: int = 0
    hits: int = 0
    false_alarms: int = 0
    delays: list[float] = field(default_factory=list)
    after_words: list[float] = field(default_factory=list)
    """For phrase signals: card time minus when the labelled words that define the signal were said."""
    words_at: list[float] = field(default_factory=list)
    """For every labelled window (hit or not): when its defining words were said, after the window opens — the
    least delay any coach could have there (0 for the structural signals, whose windows open at the stall)."""

    @property
    def misses(self) -> int:
        return self.windows - self.hits


_PHRASES = {"pushback": PhraseMatcher(PUSHBACK_FAMILIES), "weak_opener": PhraseMatcher(WEAK_OPENER_FAMILIES)}


def words_said_at(call: dict[str, Any], kind: str, lo: float) -> float | None:
    """When the defining words of a phrase signal were said: the end of the shortest start of the window's
    turn that the coach's own phrases match, timed in proportion to its characters (None for other signals).

    A window opens at the start of the turn, but nobody can react to words before they are spoken; this
    separates how late the card came after the words from where the words sit in the turn.
    """
    matcher = _PHRASES.get(kind)
    turn = next((t for t in call["turns"] if abs(float(t["start"]) - lo) < 0.02), None)
    if matcher is None or turn is None:
        return None
    words = turn["text"].split()
    for count in range(1, len(words) + 1):
        prefix = " ".join(words[:count])
        segment = Segment(turn["who"], turn["start"], turn["end"], prefix, True, count, False)
        if matcher.match(segment) is not None:
            share = len(prefix) / len(turn["text"])
            return float(turn["start"]) + share * (float(turn["end"]) - float(turn["start"]))
    return None


def replay(call: dict[str, Any], coach: Coach, partials: bool = False) -> list[CardEvent]:
    """Feed the labelled turns as activity, (partials,) finals and ticks in call-time order; collect the cards."""
    timed: list[tuple[float, int, SpeechActivity | TranscriptEvent]] = []
    for turn in call["turns"]:
        who, start, end = turn["who"], float(turn["start"]), float(turn["end"])
        timed.append((start, 0, SpeechActivity("activity", who, True, start)))
        timed.append((end, 0, SpeechActivity("activity", who, False, end)))
        words, t = turn["text"].split(), start + PARTIAL_INTERVAL
        while partials and t < end:
            shown = " ".join(words[: max(1, round(len(words) * (t - start) / (end - start)))])
            timed.append((t, 1, TranscriptEvent("partial", who, start, t, shown, t)))
            t += PARTIAL_INTERVAL
        final_at = end + FINAL_LATENCY
        timed.append((final_at, 2, TranscriptEvent("final", who, start, end, turn["text"], final_at)))
    timed.sort(key=lambda item: (item[0], item[1]))
    cards: list[CardEvent] = []
    duration = max(float(call["duration"]), max((t for t, _, _ in timed), default=0.0))
    steps = int(duration / TICK) + 1
    pending = iter(timed)
    upcoming = next(pending, None)
    for step in range(steps + 1):
        t = step * TICK
        while upcoming is not None and upcoming[0] <= t:
            cards.extend(coach.observe(upcoming[2]))
            upcoming = next(pending, None)
        cards.extend(coach.tick(t))
    return cards


def score(
    call: dict[str, Any],
    cards: list[CardEvent],
    tallies: dict[str, Tally],
    outcomes: Outcomes | None = None,
    name: str = "",
) -> list[str]:
    """Match each card to the first open window of its kind containing it; returns one line per card (and records
    each window's outcome and each false alarm under the call's ``name`` in ``outcomes``)."""
    outcomes = outcomes if outcomes is not None else Outcomes()
    windows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for expect in call["expect"]:
        windows[expect["kind"]].append(expect)
        tallies[expect["kind"]].windows += 1
        if expect["kind"] not in _PHRASES:
            tallies[expect["kind"]].words_at.append(0.0)
        elif (said := words_said_at(call, expect["kind"], expect["lo"])) is not None:
            tallies[expect["kind"]].words_at.append(said - expect["lo"])
    matched: set[int] = set()
    lines = []
    for card in cards:
        own = windows.get(card.kind, [])
        inside = [w for w in own if w["lo"] <= card.t <= w["hi"]]
        free = [w for w in inside if id(w) not in matched]
        if free:
            window = free[0]
            matched.add(id(window))
            tallies[card.kind].hits += 1
            tallies[card.kind].delays.append(card.t - window["lo"])
            verdict = f"hit [{window['lo']:.2f}, {window['hi']:.2f}] +{card.t - window['lo']:.2f} s"
            said = words_said_at(call, card.kind, window["lo"])
            if said is not None:
                tallies[card.kind].after_words.append(card.t - said)
                verdict += f" ({card.t - said:+.2f} s after the words)"
        elif inside:
            verdict = "repeat inside an already hit window"
        else:
            tallies[card.kind].false_alarms += 1
            outcomes.false_alarm(name, card.kind, card.t, card.evidence)
            verdict = "FALSE ALARM"
        lines.append(f"  {card.t:6.2f}  {card.kind:<13} {verdict:<36} {card.evidence}")
    for kind, own in windows.items():
        for window in own:
            outcomes.window(name, kind, window["lo"], window["hi"], id(window) in matched)
            if id(window) not in matched:
                lines.append(f"  MISS    {kind:<13} [{window['lo']:.2f}, {window['hi']:.2f}]  {window.get('why', '')}")
    return lines


def mean_text(values: list[float]) -> str:
    """A mean in seconds as a table shows it ("-" when there is nothing to average)."""
    return f"{sum(values) / len(values):.2f} s" if values else "-"


def print_tallies(tallies: dict[str, Tally]) -> Tally:
    """The per-signal table; returns the totals.

    "words at" is when the defining words were said after the window opened, over every labelled window: the
    least mean delay any coach could reach, which the delay target has to be read against.
    """
    print()
    print(
        f"{'signal':<14}{'windows':>8}{'hits':>6}{'misses':>8}{'false':>7}{'mean delay':>12}{'max delay':>11}"
        f"{'after words':>13}{'words at':>10}"
    )
    total = Tally()
    for kind in sorted(tallies):
        tally = tallies[kind]
        worst = f"{max(tally.delays):.2f} s" if tally.delays else "-"
        print(
            f"{kind:<14}{tally.windows:>8}{tally.hits:>6}{tally.misses:>8}{tally.false_alarms:>7}"
            f"{mean_text(tally.delays):>12}{worst:>11}{mean_text(tally.after_words):>13}{mean_text(tally.words_at):>10}"
        )
        total.windows += tally.windows
        total.hits += tally.hits
        total.false_alarms += tally.false_alarms
        total.delays += tally.delays
        total.after_words += tally.after_words
        total.words_at += tally.words_at
    print(
        f"{'all':<14}{total.windows:>8}{total.hits:>6}{total.misses:>8}{total.false_alarms:>7}"
        f"{mean_text(total.delays):>12}{'':>11}{mean_text(total.after_words):>13}{mean_text(total.words_at):>10}"
    )
    return total


def add_outcome_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--save-outcomes", type=Path, help="write each window's outcome to this file")
    parser.add_argument("--compare", type=Path, help="print the outcomes that differ from a file --save-outcomes wrote")


def report_outcomes(outcomes: Outcomes, args: argparse.Namespace) -> None:
    if args.compare is not None:
        changes = outcomes.changes_since(args.compare)
        print(f"\n{len(changes)} outcome(s) changed since {args.compare}")
        print("\n".join(changes))
    if args.save_outcomes is not None:
        outcomes.save(args.save_outcomes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("calls", nargs="+", type=Path, help="labelled call JSON files, or folders of them")
    parser.add_argument("--partials", action="store_true", help="also feed growing partials during each turn")
    add_outcome_options(parser)
    args = parser.parse_args(argv)
    tallies: dict[str, Tally] = defaultdict(Tally)
    outcomes = Outcomes()
    paths = [p for arg in args.calls for p in (sorted(arg.glob("*.json")) if arg.is_dir() else [arg])]
    if missing := [str(p) for p in paths if not p.is_file()]:
        parser.error(f"no such labelled call: {', '.join(missing)}; pass label .json files or folders of them")
    for path in paths:
        call = json.loads(path.read_text(encoding="utf-8"))
        cards = replay(call, Coach(CoachConfig()), args.partials)
        print(f"{path.stem}: {len(cards)} card(s), {len(call['expect'])} labelled")
        print("\n".join(score(call, cards, tallies, outcomes, path.stem)))
    total = print_tallies(tallies)
    report_outcomes(outcomes, args)
    return 0 if total.misses == 0 and total.false_alarms == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
