"""Published figures each summary number is compared with, and where they come from.

A number alone ("you talked 71%") does not tell a rep whether that is a problem; the research figure next
to it does. Only figures with a published benchmark get one; ``limit`` is the value above which the call is
flagged as off the benchmark (None when the research gives a reference point but no limit to flag).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BENCHMARKS", "SOURCES", "Benchmark"]

SOURCES: dict[str, str] = {
    "gong_talk_ratio": "Gong Labs, “The Highest Converting Talk-to-Listen Ratio in Sales” (25,537 B2B sales calls; revisited 2025)",
    "gong_pitch": "Gong Labs, “The Science of Winning Sales Conversations” (257,967 B2B sales calls): win rates drop fast once a company overview runs past two minutes",
    "gong_questions": "Gong Labs, analysis of over a million sales meetings: 11–14 questions per discovery call had the highest success rate",
    "contact_centre_silence": "Contact-centre speech analytics practice: silences beyond about 5 s are flagged as dead air",
}
"""Source names, cited in every export next to the figure they back."""


@dataclass(frozen=True)
class Benchmark:
    target: str
    """The benchmark in words, as shown next to the figure."""
    source: str
    """A key of :data:`SOURCES`."""
    limit: float | None = None
    """Values above this are off the benchmark (same unit as the figure)."""


BENCHMARKS: dict[str, Benchmark] = {
    "talk_ratio": Benchmark("about 43% for top performers; average reps talk 65–75%", "gong_talk_ratio", limit=0.55),
    "rep_longest_monologue": Benchmark(
        "keep a pitch under two minutes; win rates drop fast beyond that", "gong_pitch", limit=120.0
    ),
    "rep_questions": Benchmark(
        "11–14 questions in a full discovery call; more starts to feel like an interrogation", "gong_questions"
    ),
    "dead_air": Benchmark("contact centres flag silences over about 5 s", "contact_centre_silence", limit=0.0),
}
