"""Offline faster-whisper on each channel of one call: the accuracy reference and cost floor.

Run in a fresh process by ``stream_bench`` (so its peak RSS is its own); prints one JSON object:
``{"text": {channel: text}, "cpu_seconds": s, "audio_seconds": s}``. CPU is process time (every thread) of
``transcribe`` alone — model load and audio decoding excluded.

    python -m bench.offline_reference CALL.wav --threads 1
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import numpy.typing as npt
from faster_whisper import WhisperModel

from app.asr.models import resolve_model
from app.shared.audio import CHANNELS, SAMPLE_RATE
from bench.calls import LabelledCall, find_calls, load_channels

__all__ = ["BEAM_SIZE", "transcribe_call"]

BEAM_SIZE = 5


def _transcribe(model: WhisperModel, audio: npt.NDArray[np.float32]) -> str:
    segments, _ = model.transcribe(audio, beam_size=BEAM_SIZE, language="en", vad_filter=False)
    return " ".join(s.text.strip() for s in segments)


def transcribe_call(call: LabelledCall, threads: int) -> dict[str, object]:
    model = WhisperModel(str(resolve_model().path), device="cpu", compute_type="int8", cpu_threads=threads)
    channels = load_channels(call)
    texts: dict[str, str] = {}
    cpu0 = time.process_time()
    for channel in CHANNELS:
        texts[channel] = _transcribe(model, channels[channel])
    cpu = time.process_time() - cpu0
    audio_seconds = max(len(a) for a in channels.values()) / SAMPLE_RATE
    return {"text": texts, "cpu_seconds": cpu, "audio_seconds": audio_seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("call", type=Path)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    (call,) = find_calls([args.call])
    print(json.dumps(transcribe_call(call, args.threads)))


if __name__ == "__main__":
    main()
