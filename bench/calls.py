"""Labelled calls: finding them, reading their labels, and decoding their audio per channel.

A labelled call is a stereo recording (channel 0 = rep, channel 1 = prospect) with a sibling ``.json`` of
the same stem holding its turns (``who``, ``start``, ``end``, ``text``), as rendered in ``shared/calls``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.shared.audio import CHANNELS, SAMPLE_RATE, Channel

__all__ = [
    "DEFAULT_CALLS_DIR",
    "LabelledCall",
    "Turn",
    "cut",
    "find_calls",
    "load_channels",
    "reference_text",
]

DEFAULT_CALLS_DIR = Path(__file__).resolve().parents[2] / "shared" / "calls"
AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3")


@dataclass(frozen=True)
class Turn:
    index: int
    channel: Channel
    start: float
    end: float
    text: str

    @property
    def seconds(self) -> float:
        return self.end - self.start

    def overlaps(self, start: float, end: float) -> bool:
        return start < self.end and end > self.start


@dataclass(frozen=True)
class LabelledCall:
    name: str
    audio: Path
    line: str
    """How the prospect reaches the laptop: ``voip`` (wideband) or ``pstn`` (narrowband phone line)."""
    duration: float
    turns: tuple[Turn, ...]

    def channel_turns(self, channel: Channel) -> list[Turn]:
        return [t for t in self.turns if t.channel == channel]


def _load(audio: Path, labels: Path) -> LabelledCall:
    data = json.loads(labels.read_text())
    turns = tuple(
        Turn(int(t.get("i", i)), t["who"], float(t["start"]), float(t["end"]), str(t["text"]))
        for i, t in enumerate(data["turns"])
    )
    duration = float(data.get("duration", max((t.end for t in turns), default=0.0)))
    return LabelledCall(audio.stem, audio, str(data.get("line", "voip")), duration, turns)


def _audio_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)
    return [path]


def find_calls(paths: list[Path]) -> list[LabelledCall]:
    """Every recording under ``paths`` (files or directories) that has a labels ``.json`` beside it."""
    calls = []
    for path in paths or [DEFAULT_CALLS_DIR]:
        for audio in _audio_files(path):
            labels = audio.with_suffix(".json")
            if labels.is_file():
                calls.append(_load(audio, labels))
            elif not path.is_dir():
                raise SystemExit(f"{audio} has no labels file {labels.name} beside it.")
    if not calls:
        raise SystemExit("No labelled calls found.")
    return calls


def load_channels(call: LabelledCall) -> dict[Channel, npt.NDArray[np.float32]]:
    """The call's audio at 16 kHz, one float32 array per channel (as faster-whisper decodes it)."""
    from faster_whisper import decode_audio

    left, right = decode_audio(str(call.audio), sampling_rate=SAMPLE_RATE, split_stereo=True)
    return dict(zip(CHANNELS, (left, right), strict=True))


def cut(audio: npt.NDArray[np.float32], start: float, end: float) -> npt.NDArray[np.float32]:
    """The samples between two call times (clipped to the recording)."""
    lo = max(0, round(start * SAMPLE_RATE))
    hi = min(len(audio), round(end * SAMPLE_RATE))
    return audio[lo:hi]


def reference_text(call: LabelledCall, channel: Channel) -> str:
    """What was said on a channel, turn after turn: the WER reference."""
    return " ".join(t.text for t in call.channel_turns(channel))
