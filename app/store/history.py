"""The call history: one SQLite file, written a row at a time while the call runs.

Every final and every card is committed as it arrives, in WAL mode with ``synchronous=NORMAL``: a commit
is a short append to the write-ahead log, and a committed row survives the process being killed (only
power loss can cost the last commits). So a call cut short by a crash is all there on the next start, and
opening the history marks it ``interrupted``: its writer process is gone and it never ended.

Nothing here knows about audio, the coach or the summary's figures: rows in, :mod:`app.shared.calls`
values out. The connection is shared by the thread that runs the call and the one that reads the history,
so every statement runs under one lock.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from app.shared.audio import Channel
from app.shared.calls import CallListing, CallStatus, CopiedScript, ShownCard, StoredCall, Utterance
from app.shared.errors import StoreError
from app.shared.events import ScriptOption
from app.store.location import default_history_path
from app.store.schema import migrate

__all__ = ["HistoryStore", "SavedSummary"]


@dataclass(frozen=True)
class SavedSummary:
    """The summary computed when the call ended (opaque JSON text) and the rep's edit of its email draft."""

    body: str
    email_draft: str | None
    updated_at: datetime


class HistoryStore:
    """An open history file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {path.parent} for the call history ({exc.strerror}).") from exc
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the call history {path} ({exc}); check the path is writable.") from exc
        try:
            with self._guard("open"):
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute("PRAGMA foreign_keys = ON")
                self._conn.execute("PRAGMA secure_delete = ON")
                migrate(self._conn)
                self._mark_interrupted()
        except BaseException:
            self._conn.close()
            raise

    @classmethod
    def open_default(cls) -> HistoryStore:
        """The user's history (``RESETBUTTON_HISTORY_DB``, else ``history.db`` in the data directory)."""
        return cls(default_history_path())

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing during a call ----------------------------------------------------------------------
    def begin_call(self, source: str, started_at: datetime) -> int:
        with self._guard("write to"):
            cursor = self._conn.execute(
                "INSERT INTO calls (started_at, status, source, writer_pid) VALUES (?, 'live', ?, ?)",
                (started_at.isoformat(), source, os.getpid()),
            )
        return cast(int, cursor.lastrowid)

    def add_utterance(self, call_id: int, utterance: Utterance) -> None:
        u = utterance
        with self._guard("write to"), self._transaction():
            self._conn.execute(
                'INSERT INTO utterances (call_id, channel, start, "end", text, words, question) VALUES (?, ?, ?, ?, ?, ?, ?)',
                (call_id, u.channel, u.start, u.end, u.text, u.words, int(u.question)),
            )
            self._extend(call_id, u.end)

    def add_card(self, call_id: int, kind: str, t: float, evidence: str, scripts: Sequence[ScriptOption]) -> int:
        """Store a card as shown; returns its id, which :meth:`add_copy` refers to."""
        body = json.dumps([asdict(s) for s in scripts], ensure_ascii=False)
        with self._guard("write to"), self._transaction():
            cursor = self._conn.execute(
                "INSERT INTO cards (call_id, kind, t, evidence, scripts) VALUES (?, ?, ?, ?, ?)",
                (call_id, kind, t, evidence, body),
            )
            self._extend(call_id, t)
        return cast(int, cursor.lastrowid)

    def add_copy(self, call_id: int, copy: CopiedScript) -> None:
        """The rep copied a script from a card (the overlay calls this on its copy button)."""
        with self._guard("write to"):
            self._conn.execute(
                "INSERT INTO script_copies (call_id, card_id, script_id, text, t) VALUES (?, ?, ?, ?, ?)",
                (call_id, copy.card_id, copy.script_id, copy.text, copy.t),
            )

    def end_call(self, call_id: int, ended_at: datetime, duration: float) -> None:
        with self._guard("write to"), self._transaction():
            self._conn.execute(
                "UPDATE calls SET status = 'ended', ended_at = ?, writer_pid = NULL WHERE id = ?",
                (ended_at.isoformat(), call_id),
            )
            self._extend(call_id, duration)

    def save_summary(self, call_id: int, body: str, updated_at: datetime) -> None:
        """Store the summary computed at the end of the call, keeping any email draft the rep already edited."""
        with self._guard("write to"):
            self._conn.execute(
                "INSERT INTO summaries (call_id, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (call_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                (call_id, body, updated_at.isoformat()),
            )

    def save_email_draft(self, call_id: int, draft: str, updated_at: datetime) -> None:
        """The rep's edit of the follow-up email; shown instead of the generated draft from then on."""
        self.load_call_listing(call_id)
        with self._guard("write to"):
            self._conn.execute(
                "INSERT INTO summaries (call_id, body, email_draft, updated_at) VALUES (?, '{}', ?, ?) "
                "ON CONFLICT (call_id) DO UPDATE SET email_draft = excluded.email_draft, updated_at = excluded.updated_at",
                (call_id, draft, updated_at.isoformat()),
            )

    # --- reading ------------------------------------------------------------------------------------
    def list_calls(self) -> list[CallListing]:
        """Every call, newest first."""
        with self._guard("read"):
            rows = self._conn.execute(_LISTING_SQL + " ORDER BY c.started_at DESC, c.id DESC").fetchall()
        return [_listing(row) for row in rows]

    def load_call_listing(self, call_id: int) -> CallListing:
        with self._guard("read"):
            row = self._conn.execute(_LISTING_SQL + " WHERE c.id = ?", (call_id,)).fetchone()
        if row is None:
            raise StoreError(f"There is no call {call_id} in the history; `resetbutton history` lists the calls.")
        return _listing(row)

    def latest_call_id(self) -> int:
        with self._guard("read"):
            row = self._conn.execute("SELECT id FROM calls ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
        if row is None:
            raise StoreError("The call history is empty; replay or take a call first.")
        return int(row[0])

    def load_call(self, call_id: int) -> StoredCall:
        listing = self.load_call_listing(call_id)
        with self._guard("read"):
            call_row = self._conn.execute("SELECT ended_at FROM calls WHERE id = ?", (call_id,)).fetchone()
            utterances = self._conn.execute(
                'SELECT channel, start, "end", text, words, question FROM utterances WHERE call_id = ? ORDER BY start, id',
                (call_id,),
            ).fetchall()
            cards = self._conn.execute(
                "SELECT id, kind, t, evidence, scripts FROM cards WHERE call_id = ? ORDER BY t, id", (call_id,)
            ).fetchall()
            copies = self._conn.execute(
                "SELECT card_id, script_id, text, t FROM script_copies WHERE call_id = ? ORDER BY t, id", (call_id,)
            ).fetchall()
        return StoredCall(
            id=listing.id,
            started_at=listing.started_at,
            ended_at=datetime.fromisoformat(call_row[0]) if call_row[0] else None,
            status=listing.status,
            source=listing.source,
            duration=listing.duration,
            utterances=tuple(
                Utterance(cast(Channel, ch), start, end, text, words, bool(q))
                for ch, start, end, text, words, q in utterances
            ),
            cards=tuple(ShownCard(cid, kind, t, evidence, _scripts(body)) for cid, kind, t, evidence, body in cards),
            copies=tuple(CopiedScript(card_id, script_id, text, t) for card_id, script_id, text, t in copies),
        )

    def load_summary(self, call_id: int) -> SavedSummary | None:
        with self._guard("read"):
            row = self._conn.execute(
                "SELECT body, email_draft, updated_at FROM summaries WHERE call_id = ?", (call_id,)
            ).fetchone()
        return SavedSummary(row[0], row[1], datetime.fromisoformat(row[2])) if row else None

    # --- forgetting ---------------------------------------------------------------------------------
    def delete_call(self, call_id: int) -> None:
        """Remove a call and everything recorded about it, for good.

        ``secure_delete`` zeroes the freed pages and the checkpoint moves them out of the write-ahead log,
        so the transcript cannot be read back from the file afterwards.
        """
        self.load_call_listing(call_id)
        with self._guard("write to"):
            self._conn.execute("DELETE FROM calls WHERE id = ?", (call_id,))
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- internals ----------------------------------------------------------------------------------
    def _extend(self, call_id: int, t: float) -> None:
        self._conn.execute("UPDATE calls SET duration = MAX(duration, ?) WHERE id = ?", (t, call_id))

    def _mark_interrupted(self) -> None:
        live = self._conn.execute("SELECT id, writer_pid FROM calls WHERE status = 'live'").fetchall()
        dead = [(call_id,) for call_id, pid in live if not _process_alive(pid)]
        self._conn.executemany("UPDATE calls SET status = 'interrupted', writer_pid = NULL WHERE id = ?", dead)

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """One statement group at a time, and SQLite's failures as one sentence the user can act on."""
        with self._lock:
            try:
                yield
            except sqlite3.Error as exc:
                message = str(exc)
                if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in message or "malformed" in message):
                    raise StoreError(
                        f"The call history {self.path} is damaged ({message}); move it aside to start a new one."
                    ) from exc
                raise StoreError(f"Cannot {action} the call history {self.path} ({message}).") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")


_LISTING_SQL = """
    SELECT c.id, c.started_at, c.status, c.source, c.duration,
           (SELECT COUNT(*) FROM utterances u WHERE u.call_id = c.id),
           (SELECT COUNT(*) FROM cards k WHERE k.call_id = c.id)
    FROM calls c
"""


def _listing(row: Any) -> CallListing:
    call_id, started_at, status, source, duration, utterances, cards = row
    return CallListing(
        call_id, datetime.fromisoformat(started_at), cast(CallStatus, status), source, duration, utterances, cards
    )


def _scripts(body: str) -> tuple[ScriptOption, ...]:
    return tuple(ScriptOption(**item) for item in json.loads(body))


def _process_alive(pid: int | None) -> bool:
    """Whether the process that was writing a call still runs (then the call is live, not interrupted)."""
    if pid is None:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        # Signal 0 would terminate a process on Windows; treat a foreign writer as gone.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
