"""The post-call summary and follow-up plan: pure functions of a stored call (no Qt, no database).

Reads :class:`app.shared.calls.StoredCall` values and nothing else, so the CLI, the overlay and tests all
get the same figures from the same call.
"""

from app.summary.export import to_html, to_json, to_markdown
from app.summary.report import CallSummary, summarize, with_email_draft

__all__ = ["CallSummary", "summarize", "to_html", "to_json", "to_markdown", "with_email_draft"]
