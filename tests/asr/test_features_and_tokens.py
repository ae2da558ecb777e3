"""Our Whisper front end must equal the reference one (faster-whisper's), bit for bit where it can."""

import numpy as np
import tokenizers
from faster_whisper.feature_extractor import FeatureExtractor
from faster_whisper.tokenizer import Tokenizer

from app.asr.features import log_mel
from app.asr.models import resolve_model
from app.asr.tokens import WhisperTokens


def test_log_mel_matches_the_reference_front_end() -> None:
    rng = np.random.default_rng(0)
    for seconds in (0.3, 2.0, 11.7):
        audio = (rng.normal(0, 0.1, int(16000 * seconds)) * np.hanning(int(16000 * seconds))).astype(np.float32)
        ours = log_mel(audio)
        reference = FeatureExtractor(feature_size=80)(audio, padding=0)
        assert ours.shape == reference.shape
        assert np.allclose(ours, reference, atol=1e-5)


def test_prompt_and_suppressed_tokens_match_the_reference_tokenizer() -> None:
    hf = tokenizers.Tokenizer.from_file(str(resolve_model().path / "tokenizer.json"))
    ours = WhisperTokens.from_tokenizer(hf, multilingual=False)
    ref = Tokenizer(hf, multilingual=False, task="transcribe", language="en")
    assert ours.eot == ref.eot
    assert ours.prompt == (*ref.sot_sequence, ref.no_timestamps)
    assert ours.timestamped_prompt == tuple(ref.sot_sequence)
    expected = set(ref.non_speech_tokens) | {ref.transcribe, ref.translate, ref.sot, ref.sot_prev, ref.sot_lm}
    assert set(ours.suppress) == expected
