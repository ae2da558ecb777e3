"""The history database's schema, as an ordered list of migrations keyed by ``PRAGMA user_version``.

A database records the number of migrations applied to it; opening runs the missing ones, each in its own
transaction, so an older history upgrades in place and a half-applied upgrade never exists. A database
from a newer Reset Button (a higher version than this code knows) is refused rather than guessed at.
Migrations are only ever appended: a released one is never edited.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from app.shared.errors import StoreError

__all__ = ["MIGRATIONS", "migrate"]

MIGRATIONS: tuple[str, ...] = (
    # 1: calls and what happened in them. No audio column: transcripts only.
    """
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('live', 'ended', 'interrupted')),
        source TEXT NOT NULL,
        duration REAL NOT NULL DEFAULT 0,
        writer_pid INTEGER
    );
    CREATE TABLE utterances (
        id INTEGER PRIMARY KEY,
        call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN ('rep', 'prospect')),
        start REAL NOT NULL,
        "end" REAL NOT NULL,
        text TEXT NOT NULL,
        words INTEGER NOT NULL,
        question INTEGER NOT NULL
    );
    CREATE INDEX utterances_by_call ON utterances(call_id, start);
    CREATE TABLE cards (
        id INTEGER PRIMARY KEY,
        call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        t REAL NOT NULL,
        evidence TEXT NOT NULL,
        scripts TEXT NOT NULL
    );
    CREATE INDEX cards_by_call ON cards(call_id, t);
    CREATE TABLE script_copies (
        id INTEGER PRIMARY KEY,
        call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        script_id TEXT NOT NULL,
        text TEXT NOT NULL,
        t REAL NOT NULL
    );
    CREATE INDEX script_copies_by_call ON script_copies(call_id, t);
    CREATE TABLE summaries (
        call_id INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        email_draft TEXT,
        updated_at TEXT NOT NULL
    );
    """,
)


def migrate(conn: sqlite3.Connection, migrations: Sequence[str] = MIGRATIONS) -> int:
    """Bring ``conn`` (in autocommit mode) up to ``len(migrations)``; returns the version it is at now."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(migrations):
        raise StoreError(
            f"The call history was written by a newer Reset Button (schema {version}, this one knows "
            f"{len(migrations)}); update Reset Button to open it."
        )
    for number, script in enumerate(migrations[version:], start=version + 1):
        # executescript would commit on its own; one explicit transaction per migration keeps it atomic.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return len(migrations)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (migrations hold no semicolons inside literals or triggers)."""
    return [part.strip() for part in script.split(";") if part.strip()]
