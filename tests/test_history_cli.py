"""``history``, ``summary``, ``export`` and the history ``replay`` writes, as a user meets them: real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.shared.calls import Utterance
from app.store import HistoryStore

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "calls"
START = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _env(tmp_path: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "RESETBUTTON_DATA_DIR": str(tmp_path / "data"),
        "RESETBUTTON_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("RESETBUTTON_HISTORY_DB", None)
    return env


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=600, env=_env(tmp_path), cwd=REPO
    )


def _store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "data" / "history.db")


def _one_sentence_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("resetbutton:")]
    assert len(lines) == 1 and fragment in lines[0], result.stderr


def _stored_call(tmp_path: Path) -> int:
    with _store(tmp_path) as store:
        call_id = store.begin_call("stored.wav", START)
        store.add_utterance(call_id, Utterance("rep", 0.5, 4.0, "How do you run payroll today?", 6, True))
        store.add_utterance(call_id, Utterance("prospect", 5.0, 12.0, "By hand, every other Friday.", 5, False))
        store.add_utterance(call_id, Utterance("rep", 13.0, 15.0, "Shall we talk on Thursday?", 5, True))
        store.add_utterance(call_id, Utterance("prospect", 16.0, 17.0, "Thursday works.", 2, False))
        store.end_call(call_id, START + timedelta(seconds=20), 20.0)
    return call_id


def test_history_lists_calls_as_text_and_json(tmp_path: Path) -> None:
    empty = _run("history", "--json", tmp_path=tmp_path)
    assert empty.returncode == 0 and json.loads(empty.stdout) == []
    call_id = _stored_call(tmp_path)
    listed = _run("history", "--json", tmp_path=tmp_path)
    assert listed.returncode == 0
    [row] = json.loads(listed.stdout)
    assert (row["id"], row["status"], row["source"], row["utterances"]) == (call_id, "ended", "stored.wav", 4)
    text = _run("history", tmp_path=tmp_path)
    assert text.returncode == 0 and "stored.wav" in text.stdout and "2026-11-24 10:00" in text.stdout


@pytest.mark.parametrize(("flag", "marker"), [("--md", "## Follow-up plan"), ("--html", "<h2>Follow-up plan</h2>")])
def test_summary_prints_markdown_or_html(tmp_path: Path, flag: str, marker: str) -> None:
    call_id = _stored_call(tmp_path)
    result = _run("summary", str(call_id), flag, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout and "Thursday 26 November" in result.stdout


def test_summary_last_as_json_uses_the_edited_email_draft(tmp_path: Path) -> None:
    call_id = _stored_call(tmp_path)
    with _store(tmp_path) as store:
        store.save_email_draft(call_id, "Hi Ruth, see you Thursday.", START)
    result = _run("summary", "last", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["call_id"] == call_id and data["ending"]["next_step"] is True
    assert data["follow_up"]["email"]["body"] == "Hi Ruth, see you Thursday."


@pytest.mark.parametrize("suffix", [".md", ".html", ".json"])
def test_export_picks_the_format_from_the_suffix(tmp_path: Path, suffix: str) -> None:
    call_id = _stored_call(tmp_path)
    out = tmp_path / f"summary{suffix}"
    result = _run("export", str(call_id), "--out", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    checks = {
        ".md": lambda: text.startswith(f"# Call {call_id}"),
        ".html": lambda: text.startswith("<!DOCTYPE html>"),
        ".json": lambda: json.loads(text)["call_id"] == call_id,
    }
    assert checks[suffix]()


def test_bad_input_is_one_sentence(tmp_path: Path) -> None:
    _one_sentence_error(_run("summary", "last", tmp_path=tmp_path), "history is empty")
    call_id = _stored_call(tmp_path)
    _one_sentence_error(_run("summary", str(call_id + 41), tmp_path=tmp_path), f"no call {call_id + 41}")
    _one_sentence_error(_run("summary", "yesterday", tmp_path=tmp_path), "not a call ID")
    _one_sentence_error(
        _run("export", "last", "--out", str(tmp_path / "s.pdf"), tmp_path=tmp_path), ".md, .html or .json"
    )
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("")
    _one_sentence_error(_run("export", "last", "--out", str(blocked / "s.md"), tmp_path=tmp_path), "Cannot write")


def test_a_damaged_history_file_is_one_sentence(tmp_path: Path) -> None:
    db = tmp_path / "data" / "history.db"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"\x00garbage, not a database" * 200)
    _one_sentence_error(_run("history", tmp_path=tmp_path), "damaged")
    _one_sentence_error(_run("summary", "last", tmp_path=tmp_path), "damaged")


@pytest.mark.model
def test_replay_stores_its_call_unless_told_not_to(tmp_path: Path) -> None:
    call = str(FIXTURES / "sig_pushback.flac")
    assert _run("replay", call, "--jsonl", "--no-store", tmp_path=tmp_path).returncode == 0
    assert json.loads(_run("history", "--json", tmp_path=tmp_path).stdout) == []
    replayed = _run("replay", call, "--jsonl", tmp_path=tmp_path)
    assert replayed.returncode == 0, replayed.stderr
    printed = [json.loads(line) for line in replayed.stdout.splitlines()]
    [row] = json.loads(_run("history", "--json", tmp_path=tmp_path).stdout)
    assert row["status"] == "ended" and row["source"] == "sig_pushback.flac"
    assert row["utterances"] == sum(1 for e in printed if e["type"] == "final")
    assert row["cards"] == sum(1 for e in printed if e["type"] == "card") >= 1
    with _store(tmp_path) as store:
        assert store.load_summary(row["id"]) is not None


@pytest.mark.model
def test_a_call_killed_mid_way_keeps_its_finals_and_is_marked_interrupted(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "replay", str(FIXTURES / "short_voip.flac"), "--realtime", "--jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(tmp_path),
        cwd=REPO,
    )
    finals: list[dict[str, object]] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            event = json.loads(line)
            assert event["type"] != "stats", "the call ended before two finals were printed"
            if event["type"] == "final":
                finals.append(event)
            if len(finals) == 2:
                break
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert len(finals) == 2
    with _store(tmp_path) as store:
        [listing] = store.list_calls()
        call = store.load_call(listing.id)
    assert call.status == "interrupted" and call.ended_at is None
    stored = [(u.channel, round(u.start, 3), u.text) for u in call.utterances]
    for final in finals:
        assert (final["channel"], final["start"], final["text"]) in stored
