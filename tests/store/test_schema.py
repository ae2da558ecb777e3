"""Schema migrations by version (PRAGMA user_version) on temporary databases."""

import sqlite3
from pathlib import Path

import pytest

from app.shared.errors import StoreError
from app.store.schema import MIGRATIONS, migrate


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_a_new_file_gets_every_migration(tmp_path: Path) -> None:
    conn = _connect(tmp_path / "h.db")
    assert migrate(conn) == len(MIGRATIONS) == _version(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"calls", "utterances", "cards", "script_copies", "summaries"} <= tables
    assert migrate(conn) == len(MIGRATIONS)  # running again is a no-op


def test_an_older_file_is_upgraded_in_place_keeping_its_rows(tmp_path: Path) -> None:
    v1 = ("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",)
    v2 = (
        *v1,
        "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0; CREATE INDEX notes_pinned ON notes(pinned)",
    )
    conn = _connect(tmp_path / "h.db")
    migrate(conn, v1)
    conn.execute("INSERT INTO notes (text) VALUES ('kept')")
    assert migrate(conn, v2) == 2 == _version(conn)
    assert conn.execute("SELECT text, pinned FROM notes").fetchall() == [("kept", 0)]


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    v1 = ("CREATE TABLE notes (id INTEGER PRIMARY KEY)",)
    broken = (*v1, "CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1)")
    conn = _connect(tmp_path / "h.db")
    migrate(conn, v1)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert _version(conn) == 1
    assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    conn = _connect(tmp_path / "h.db")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer Reset Button"):
        migrate(conn)
