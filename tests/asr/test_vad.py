import numpy as np

from app.asr.vad import FRAME_SECONDS, EnergyVad
from tests.signals import hiss, speechlike


def _speech_fraction(x: np.ndarray) -> float:
    flags, _ = EnergyVad().frames(x)
    return float(flags.mean())


def test_hiss_alone_is_not_speech() -> None:
    assert _speech_fraction(hiss(5.0)) == 0.0


def test_wideband_and_narrowband_speech_are_found() -> None:
    for band in ((80.0, 7000.0), (300.0, 3400.0)):
        x = np.concatenate([hiss(2.0), speechlike(3.0, band=band) + hiss(3.0, seed=3), hiss(2.0, seed=4)])
        flags, _ = EnergyVad().frames(x)
        speech_frames = flags[int(2.0 / FRAME_SECONDS) : int(5.0 / FRAME_SECONDS)]
        assert speech_frames.mean() > 0.9, band
        assert flags[: int(2.0 / FRAME_SECONDS)].sum() == 0
        assert flags[int(5.2 / FRAME_SECONDS) :].sum() == 0


def test_steady_room_noise_is_learned_as_floor() -> None:
    noisy_room = speechlike(8.0, level_db=-40.0, band=(100.0, 4000.0), seed=9)
    noisy_room *= 1 / (
        0.6 + 0.4 * np.sin(2 * np.pi * 4 * np.arange(len(noisy_room)) / 16000)
    )  # undo modulation: steady
    flags, _ = EnergyVad().frames(noisy_room.astype(np.float32))
    assert flags[int(2.0 / FRAME_SECONDS) :].mean() < 0.05


def test_blocks_of_any_size_give_the_same_result_as_one_call() -> None:
    x = np.concatenate([hiss(1.0), speechlike(1.5) + hiss(1.5, seed=2), hiss(1.0, seed=5)])
    whole, _ = EnergyVad().frames(x)
    vad = EnergyVad()
    parts = [vad.frames(x[i : i + 1234])[0] for i in range(0, len(x), 1234)]
    assert np.array_equal(np.concatenate(parts), whole)
