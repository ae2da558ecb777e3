"""What a written summary says, section by section, independent of the format it is written in.

Markdown, HTML and (later) the summary window render this one outline, so the three never disagree about
what is in a summary or in what order.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.summary.benchmarks import SOURCES
from app.summary.report import CallSummary

__all__ = ["Block", "Bullets", "Paragraph", "Preformatted", "Section", "Table", "clock", "outline"]


@dataclass(frozen=True)
class Paragraph:
    text: str
    strong: str = ""
    """A bold lead-in before ``text`` ("Next step:")."""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Preformatted:
    """Text whose line breaks matter (the email draft, ready to copy)."""

    text: str


Block = Paragraph | Bullets | Table | Preformatted


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


def clock(t: float) -> str:
    """Call time as mm:ss, as the live transcript shows it."""
    minutes, seconds = divmod(round(t), 60)
    return f"{minutes:02d}:{seconds:02d}"


def _title(summary: CallSummary) -> str:
    started = summary.started_at
    return f"Call {summary.call_id} — {started:%A} {started.day} {started:%B %Y, %H:%M}"


def outline(summary: CallSummary) -> tuple[str, tuple[Section, ...]]:
    """The summary's title and its sections, in reading order."""
    cited = [key for key in SOURCES if any(f.benchmark and f.benchmark.source == key for f in summary.figures)]
    numbers = {key: i for i, key in enumerate(cited, start=1)}
    rows = tuple(
        (
            f.label,
            f.display + (" (off benchmark)" if f.off_benchmark else ""),
            f"{f.benchmark.target} [{numbers[f.benchmark.source]}]" if f.benchmark else "—",
        )
        for f in summary.figures
    )
    status = {
        "ended": "",
        "interrupted": "The call was interrupted: the app stopped before it ended.",
        "live": "The call is still running.",
    }
    about = Paragraph(f"{summary.source}. {status[summary.status]}".strip(), "Recorded from: ")
    plan = summary.follow_up
    sections = (
        Section("Figures", (about, Table(("Figure", "This call", "Benchmark"), rows))),
        Section(
            "Questions you asked",
            (Bullets(tuple(f"{clock(q.start)} {q.text}" for q in summary.questions)),)
            if summary.questions
            else (Paragraph("None."),),
        ),
        Section("Where it stalled", (_timeline(summary),)),
        Section(
            "How it ended",
            (
                Paragraph(
                    f"“{summary.ending.evidence}”" if summary.ending.next_step else "No concrete next step was agreed.",
                    "Next step agreed: " if summary.ending.next_step else "",
                ),
            ),
        ),
        Section(
            "Follow-up plan",
            (
                Paragraph(plan.next_step, "Next step: "),
                Paragraph(("Went well: " if plan.went_well else "Went badly: ") + ", ".join(plan.reasons) + "."),
                Paragraph(f"Subject: {plan.email.subject}", f"Email draft ({plan.email.tone}, edit before sending). "),
                Preformatted(plan.email.body),
                Paragraph("", "Openers to avoid next time:"),
                Bullets(plan.openers_to_avoid),
            ),
        ),
        Section("Sources", (Bullets(tuple(SOURCES[key] for key in cited), numbered=True),)),
    )
    return _title(summary), sections


def _timeline(summary: CallSummary) -> Block:
    if not summary.timeline:
        return Paragraph("No stalls.")
    items = []
    for stall in summary.timeline:
        line = f"{clock(stall.t)} {stall.label}: {stall.evidence}"
        if stall.card is None:
            line += " (no card shown)"
        for used in stall.scripts_used:
            line += f" — you used: “{used.text}”"
        items.append(line)
    return Bullets(tuple(items))
