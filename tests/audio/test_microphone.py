import numpy as np
import pytest

from app.audio import microphone
from app.audio.converter import StreamResampler
from app.audio.microphone import MicrophoneSource
from app.audio.queue import BlockQueue, SourceFault
from app.shared.audio import SAMPLE_RATE, AudioBlock
from app.shared.errors import AudioInputError


def test_resampler_keeps_duration_and_pitch_across_blocks() -> None:
    rate = 44100
    t = np.arange(rate * 2) / rate
    x = (0.3 * np.sin(2 * np.pi * 700 * t)).astype(np.float32)
    resample = StreamResampler(rate)
    out = np.concatenate([resample(x[i : i + 2205]) for i in range(0, len(x), 2205)])
    assert abs(len(out) - 2 * SAMPLE_RATE) < 400
    peak = np.argmax(np.abs(np.fft.rfft(out))) * SAMPLE_RATE / len(out)
    assert abs(peak - 700) < 3


def test_no_input_device_is_one_clear_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoDevices:
        class PortAudioError(Exception):
            pass

        class default:
            device = (-1, -1)

        @staticmethod
        def query_devices() -> list[dict[str, object]]:
            return []

    monkeypatch.setattr(microphone, "sounddevice_module", lambda: NoDevices)
    with pytest.raises(AudioInputError, match="No microphone was found"):
        MicrophoneSource()


def test_a_vanished_device_ends_with_a_fault_after_delivering_what_it_captured(monkeypatch: pytest.MonkeyPatch) -> None:
    class OneDevice:
        class PortAudioError(Exception):
            pass

        class default:
            device = (0, 0)

        @staticmethod
        def query_devices() -> list[dict[str, object]]:
            return [{"name": "USB headset", "max_input_channels": 1, "default_samplerate": 48000.0}]

        @staticmethod
        def check_input_settings(**kwargs: object) -> None:
            raise OneDevice.PortAudioError("48 kHz only")

        class InputStream:
            def __init__(self, **kwargs: object) -> None:
                assert kwargs["samplerate"] == 48000.0

            def start(self) -> None:
                pass

            def stop(self) -> None:
                pass

            def close(self) -> None:
                pass

    monkeypatch.setattr(microphone, "sounddevice_module", lambda: OneDevice)
    source = MicrophoneSource("headset")
    assert source.rate == 48000.0 and source.device_name == "USB headset"
    queue = BlockQueue()
    source.start(queue)
    for _ in range(10):  # the PortAudio callback delivering 0.5 s at 48 kHz
        source.on_audio(np.full((2400, 1), 0.1, np.float32), 2400, None, None)
    source.on_finished()  # the stream ended without us stopping it: unplugged
    source.stop()
    items = queue.take(timeout=0.0)
    audio = [i for i in items if isinstance(i, AudioBlock)]
    assert abs(sum(len(b.samples) for b in audio) - 0.5 * SAMPLE_RATE) < 400
    assert isinstance(items[-1], SourceFault) and "stopped delivering audio" in items[-1].message
