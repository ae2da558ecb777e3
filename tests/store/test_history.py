"""The history store on temporary databases: round trips, interrupted calls, deletion, bad files."""

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.shared.calls import CopiedScript, Utterance
from app.shared.errors import StoreError
from app.shared.events import ScriptOption
from app.store import HistoryStore, default_history_path

START = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))
SCRIPTS = (ScriptOption("ask", "Ask", "What made you look at this now?"), ScriptOption("pause", "Pause", "…"))


def _fill(store: HistoryStore, source: str = "call.wav", started: datetime = START) -> int:
    call_id = store.begin_call(source, started)
    store.add_utterance(call_id, Utterance("rep", 0.5, 4.0, "How do you run payroll today?", 6, True))
    store.add_utterance(call_id, Utterance("prospect", 5.0, 9.5, "By hand, every other Friday.", 5, False))
    card_id = store.add_card(call_id, "dead_air", 12.0, "6 s of silence", SCRIPTS)
    store.add_copy(call_id, CopiedScript(card_id, "ask", SCRIPTS[0].text, 13.0))
    return call_id


def test_a_call_round_trips(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.db") as store:
        call_id = _fill(store)
        store.end_call(call_id, START + timedelta(seconds=20), 20.0)
        call = store.load_call(call_id)
    assert call.status == "ended" and call.source == "call.wav"
    assert call.started_at == START and call.ended_at == START + timedelta(seconds=20)
    assert call.duration == 20.0
    assert [(u.channel, u.start, u.end, u.text, u.words, u.question) for u in call.utterances] == [
        ("rep", 0.5, 4.0, "How do you run payroll today?", 6, True),
        ("prospect", 5.0, 9.5, "By hand, every other Friday.", 5, False),
    ]
    assert len(call.cards) == 1 and call.cards[0].scripts == SCRIPTS and call.cards[0].kind == "dead_air"
    assert call.copies == (CopiedScript(call.cards[0].id, "ask", SCRIPTS[0].text, 13.0),)


def test_rows_are_committed_as_they_arrive(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.db") as store:
        call_id = _fill(store)
        # Another connection (another process, after a crash) already sees them before the call ends.
        other = sqlite3.connect(tmp_path / "h.db")
        texts = [r[0] for r in other.execute("SELECT text FROM utterances WHERE call_id = ?", (call_id,))]
        duration = other.execute("SELECT duration FROM calls").fetchone()[0]
        other.close()
    assert texts == ["How do you run payroll today?", "By hand, every other Friday."]
    assert duration == 12.0  # the last card's time


def test_the_file_is_in_wal_mode(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.db"):
        pass
    assert sqlite3.connect(tmp_path / "h.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_listing_is_newest_first_with_counts(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.db") as store:
        older = _fill(store, "old.wav", START)
        newer = store.begin_call("new.wav", START + timedelta(hours=1))
        listing = store.list_calls()
        assert store.latest_call_id() == newer
    assert [(c.id, c.source, c.utterances, c.cards) for c in listing] == [
        (newer, "new.wav", 0, 0),
        (older, "old.wav", 2, 1),
    ]


def test_a_call_whose_writer_died_is_marked_interrupted_on_open(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with HistoryStore(tmp_path / "h.db") as store:
        died = _fill(store)
        running = store.begin_call("still running.wav", START)
    connection = sqlite3.connect(tmp_path / "h.db")
    connection.execute("UPDATE calls SET writer_pid = ? WHERE id = ?", (dead.pid, died))
    connection.commit()
    connection.close()
    with HistoryStore(tmp_path / "h.db") as store:
        assert store.load_call(died).status == "interrupted"
        assert len(store.load_call(died).utterances) == 2
        assert store.load_call(running).status == "live"  # its writer (this process) is alive


def test_summary_and_edited_draft(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.db") as store:
        call_id = _fill(store)
        assert store.load_summary(call_id) is None
        store.save_summary(call_id, '{"v": 1}', START)
        store.save_email_draft(call_id, "Hi Ruth,", START + timedelta(minutes=1))
        store.save_summary(call_id, '{"v": 2}', START + timedelta(minutes=2))
        saved = store.load_summary(call_id)
    assert saved is not None
    assert (saved.body, saved.email_draft) == ('{"v": 2}', "Hi Ruth,")
    assert saved.updated_at == START + timedelta(minutes=2)


def test_deleting_a_call_removes_every_trace(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with HistoryStore(path) as store:
        keep = store.begin_call("keep.wav", START)
        gone = _fill(store)
        store.save_summary(gone, '{"secret": "payroll"}', START)
        store.delete_call(gone)
        with pytest.raises(StoreError, match=f"no call {gone}"):
            store.load_call(gone)
        assert [c.id for c in store.list_calls()] == [keep]
        raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("h.db"))
    connection = sqlite3.connect(path)
    for table in ("utterances", "cards", "script_copies", "summaries"):
        assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    connection.close()
    assert b"every other Friday" not in raw and b"What made you look" not in raw


def test_unknown_call_and_empty_history(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.db") as store:
        with pytest.raises(StoreError, match="empty"):
            store.latest_call_id()
        with pytest.raises(StoreError, match="no call 42"):
            store.load_call(42)
        with pytest.raises(StoreError, match="no call 42"):
            store.delete_call(42)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="damaged"):
        HistoryStore(path)


def test_a_path_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        HistoryStore(blocker / "sub" / "h.db")


def test_a_closed_store_fails_with_a_sentence(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    store.close()
    with pytest.raises(StoreError, match="Cannot write to the call history"):
        store.begin_call("x.wav", START)


def test_default_location_follows_the_data_dir_and_the_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESETBUTTON_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("RESETBUTTON_HISTORY_DB", raising=False)
    assert default_history_path() == tmp_path / "data" / "history.db"
    monkeypatch.setenv("RESETBUTTON_HISTORY_DB", str(tmp_path / "elsewhere.db"))
    assert default_history_path() == tmp_path / "elsewhere.db"


def test_no_column_holds_audio(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.db"):
        pass
    connection = sqlite3.connect(tmp_path / "h.db")
    types = {
        row[2].upper()
        for t in ("calls", "utterances", "cards", "script_copies", "summaries")
        for row in connection.execute(f"PRAGMA table_info({t})")
    }
    connection.close()
    assert "BLOB" not in types and types <= {"INTEGER", "TEXT", "REAL"}
