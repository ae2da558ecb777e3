"""A summary written out as Markdown, self-contained HTML or JSON, for the CLI, export and the history view."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from html import escape

from app.summary.benchmarks import SOURCES
from app.summary.document import Block, Bullets, Paragraph, Preformatted, Table, outline
from app.summary.report import CallSummary

__all__ = ["to_html", "to_json", "to_markdown"]


def to_markdown(summary: CallSummary) -> str:
    heading, sections = outline(summary)
    parts = [f"# {heading}"]
    for section in sections:
        parts.append(f"## {section.title}")
        parts.extend(_markdown_block(block) for block in section.blocks)
    return "\n\n".join(parts) + "\n"


def _markdown_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return ((f"**{block.strong.strip()}** " if block.strong else "") + block.text).strip()
    if isinstance(block, Bullets):
        return "\n".join(f"{i}. {item}" if block.numbered else f"- {item}" for i, item in enumerate(block.items, 1))
    if isinstance(block, Table):
        cells = [block.header, tuple("---" for _ in block.header), *block.rows]
        return "\n".join("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells)
    fence = "````" if "```" in block.text else "```"
    return f"{fence}text\n{block.text}\n{fence}"


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
    "pre{background:#f5f5f5;padding:1rem;white-space:pre-wrap}"
)


def to_html(summary: CallSummary) -> str:
    """One HTML file with its style inline: no scripts, no external resources, safe to open anywhere."""
    heading, sections = outline(summary)
    body = [f"<h1>{escape(heading)}</h1>"]
    for section in sections:
        body.append(f"<h2>{escape(section.title)}</h2>")
        body.extend(_html_block(block) for block in section.blocks)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(heading)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _html_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        strong = f"<strong>{escape(block.strong.strip())}</strong> " if block.strong else ""
        return f"<p>{strong}{escape(block.text)}</p>"
    if isinstance(block, Bullets):
        tag = "ol" if block.numbered else "ul"
        return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + f"</{tag}>"
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(c)}</th>" for c in block.header)
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    assert isinstance(block, Preformatted)
    return f"<pre>{escape(block.text)}</pre>"


def to_json(summary: CallSummary) -> str:
    """Every field of the summary, dates as ISO strings, with the full citation of each benchmark source."""
    data = asdict(summary)
    data["sources"] = SOURCES
    return json.dumps(data, ensure_ascii=False, indent=2, default=_iso)


def _iso(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
