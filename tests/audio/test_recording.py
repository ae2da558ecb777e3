from pathlib import Path

import numpy as np
import pytest

from app.audio.recording import CallRecording
from app.shared.audio import SAMPLE_RATE
from app.shared.errors import AudioInputError


def _write(path: Path, data: np.ndarray, rate: int) -> Path:
    """Write int16 audio with PyAV; ``data`` is (channels, n) float."""
    import av

    layout = "stereo" if data.shape[0] == 2 else "mono"
    codec = {".wav": "pcm_s16le", ".flac": "flac", ".ogg": "libopus", ".mp3": "libmp3lame"}[path.suffix]
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate, layout=layout)
        fmt = stream.codec_context.format.name
        pcm = (np.clip(data, -1, 1) * 32767).astype(np.int16)
        if fmt in ("fltp", "flt"):
            frame = av.AudioFrame.from_ndarray(data.astype(np.float32), format="fltp", layout=layout)
        elif fmt == "s16p":
            frame = av.AudioFrame.from_ndarray(pcm, format="s16p", layout=layout)
        else:
            frame = av.AudioFrame.from_ndarray(pcm.T.reshape(1, -1), format="s16", layout=layout)
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def _tone(seconds: float, rate: int, freq: float) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return 0.3 * np.sin(2 * np.pi * freq * t)


def _collect(recording: CallRecording) -> dict[str, np.ndarray]:
    parts: dict[str, list[np.ndarray]] = {}
    expected_start: dict[str, int] = {}
    for block in recording.blocks():
        assert block.start_sample == expected_start.get(block.channel, 0)  # contiguous, no gaps
        expected_start[block.channel] = block.start_sample + len(block.samples)
        parts.setdefault(block.channel, []).append(block.samples)
    return {ch: np.concatenate(p) for ch, p in parts.items()}


def test_stereo_is_rep_left_prospect_right_resampled_to_16k(tmp_path: Path) -> None:
    data = np.stack([_tone(2.0, 44100, 440), _tone(2.0, 44100, 1000)])
    recording = CallRecording(_write(tmp_path / "call.wav", data, 44100))
    assert recording.channels == ("rep", "prospect")
    audio = _collect(recording)
    for channel, freq in (("rep", 440), ("prospect", 1000)):
        x = audio[channel]
        assert abs(len(x) - 2 * SAMPLE_RATE) < 200
        peak = np.argmax(np.abs(np.fft.rfft(x))) * SAMPLE_RATE / len(x)
        assert abs(peak - freq) < 5


@pytest.mark.parametrize("suffix", [".flac", ".ogg", ".mp3"])
def test_compressed_formats_and_mono_as_rep_only(tmp_path: Path, suffix: str) -> None:
    rate = 48000 if suffix == ".ogg" else 16000  # Opus in Ogg runs at 48 kHz
    recording = CallRecording(_write(tmp_path / f"call{suffix}", _tone(1.5, rate, 500)[np.newaxis], rate))
    assert recording.channels == ("rep",)
    assert abs(len(_collect(recording)["rep"]) - 1.5 * SAMPLE_RATE) < 2000


def test_missing_file_is_one_clear_sentence(tmp_path: Path) -> None:
    with pytest.raises(AudioInputError, match="does not exist"):
        CallRecording(tmp_path / "nope.wav")


def test_a_file_that_is_not_audio_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "call.wav"
    bogus.write_bytes(b"this is not a wav file at all" * 100)
    with pytest.raises(AudioInputError, match="cannot be read as audio"):
        CallRecording(bogus)
