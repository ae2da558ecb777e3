"""What tiny.en hears of a phrase corpus: each line spoken, sent down a phone line, and transcribed.

The families must survive the small model's slips ("touching bays", "you'd agree to"), so the corpora are
scored both as written and as heard. This renders a corpus as one long scripted call (rep lines on the
microphone, prospect lines through a ``pstn`` or ``voip`` line, 1.2 s apart) with
``tests/fixtures/render_calls.py`` in the TTS virtualenv, then transcribes every line's stretch of its
channel alone with the embedded model as the session's finals do (beam 5), and writes the corpus back with a
``heard`` field per line, for ``bench/eval_phrases.py``.

    .venv/bin/python -m bench.phrase_audio bench/phrases/dev.jsonl --line pstn   # writes dev.heard.jsonl
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from faster_whisper import WhisperModel

from app.asr.models import resolve_model
from bench.calls import cut, find_calls, load_channels
from bench.eval_phrases import SPEAKER, load

__all__ = ["scenario_toml"]

_ROOT = Path(__file__).resolve().parents[1]
_MARGIN = 0.3
"""Seconds of the gap kept either side of a line, as the voice-activity detector would."""


def scenario_toml(lines: list[dict[str, object]], line_kind: str) -> str:
    out = [f'title = "phrase corpus"\nline = "{line_kind}"\n']
    for item in lines:
        text = str(item["text"]).replace("\\", "\\\\").replace('"', '\\"')
        out.append(f'[[turn]]\nwho = "{SPEAKER[str(item["signal"])]}"\ngap = 1.2\ntext = "{text}"\n')
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--line", choices=("pstn", "voip"), default="pstn")
    parser.add_argument("--tts-python", default="/tmp/rendervenv/bin/python", help="python of the TTS virtualenv")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    lines = load(args.corpus)
    work = _ROOT / "bench" / "out" / "phrases"
    work.mkdir(parents=True, exist_ok=True)
    script = work / f"{args.corpus.stem}_{args.line}.toml"
    script.write_text(scenario_toml(lines, args.line), encoding="utf-8")
    render = [args.tts_python, str(_ROOT / "tests/fixtures/render_calls.py"), str(script), "--out-dir", str(work)]
    if subprocess.run(render, check=False).returncode != 0:
        raise SystemExit("Rendering failed; set up the TTS virtualenv as tests/fixtures/render_calls.py says.")
    (call,) = find_calls([script.with_suffix(".flac")])
    channels = load_channels(call)
    model = WhisperModel(str(resolve_model().path), device="cpu", compute_type="int8", cpu_threads=args.threads)
    for item, turn in zip(lines, call.turns, strict=True):
        audio = cut(channels[turn.channel], turn.start - _MARGIN, turn.end + _MARGIN)
        segments, _ = model.transcribe(audio, beam_size=5, language="en", vad_filter=False)
        item["heard"] = " ".join(s.text.strip() for s in segments)
        item["line"] = args.line
    target = args.corpus.with_name(f"{args.corpus.stem}.heard.jsonl")
    target.write_text("".join(json.dumps(item) + "\n" for item in lines), encoding="utf-8")
    print(f"wrote {target} ({len(lines)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
