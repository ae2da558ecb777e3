"""Turning one utterance of audio into text: the interface and its Whisper backend.

The streaming loop only ever asks "what was said in this audio?", so it talks to :class:`Recognizer`. The
real backend, :class:`WhisperRecognizer`, calls CTranslate2 directly instead of ``WhisperModel.transcribe``
for one reason: ``transcribe`` always pads the input to 30 s, and the encoder's cost grows with its input.
CTranslate2 accepts fewer than 3000 mel frames, so an utterance is encoded at its own length plus a margin
(see ``bench/RESULTS.md`` for what that saves and what it costs in accuracy). :class:`ScriptedRecognizer`
is the other backend: it answers from a script, so the scheduler and the UI can run without a model.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from app.asr.cleanup import trim_repetition
from app.asr.features import log_mel
from app.asr.models import ResolvedModel
from app.asr.tokens import WhisperTokens
from app.shared.audio import SAMPLE_RATE
from app.shared.errors import ModelError

if TYPE_CHECKING:
    import ctranslate2
    import tokenizers

__all__ = [
    "DecodeOptions",
    "Recognition",
    "Recognizer",
    "ScriptedRecognizer",
    "WhisperRecognizer",
]

FRAMES_PER_SECOND = 100
MAX_FRAMES = 3000
MAX_TOKENS = 448


@dataclass(frozen=True)
class DecodeOptions:
    """How hard to look at one utterance.

    Finals use a beam (accuracy); partials use greedy decoding (speed). ``min_input_seconds`` is the shortest
    encoder input: very short inputs lose accuracy, so short utterances are padded up to it.
    """

    beam_size: int = 5
    margin_seconds: float = 1.0
    min_input_seconds: float = 6.0
    timestamps: bool = False
    """Let the decoder write timestamps between sentences (the text is kept, the timestamps dropped). It costs a
    few tokens more, and on a long utterance the decoder without them sometimes ends after the first sentence
    (for 11 s of speech: "It would have, honestly, but let me tell you about our season."); with them it goes on."""


@dataclass(frozen=True)
class Recognition:
    """What the recognizer heard, with the confidence figures Whisper's own hallucination checks use."""

    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float
    input_seconds: float

    @property
    def looks_like_silence(self) -> bool:
        """Whisper's rule: probably nothing said (high no-speech probability and a low-confidence text)."""
        return self.no_speech_prob > 0.6 and self.avg_logprob < -1.0


class Recognizer(Protocol):
    """Anything that can transcribe one utterance; loaded lazily so constructing one is cheap."""

    name: str

    def load(self) -> None:
        """Load heavy resources now (otherwise the first :meth:`recognize` does it)."""

    def recognize(self, audio: npt.NDArray[np.float32], options: DecodeOptions) -> Recognition:
        """Transcribe ``audio`` (16 kHz mono float32)."""


def compression_ratio(text: str) -> float:
    """How repetitive a text is (bytes over zlib bytes); Whisper's loops compress very well."""
    raw = text.encode("utf-8")
    return len(raw) / len(zlib.compress(raw)) if raw else 0.0


class WhisperRecognizer:
    """Whisper through CTranslate2, one instance shared by both channels (calls are serialised)."""

    def __init__(self, model: ResolvedModel, *, cpu_threads: int = 1, compute_type: str = "int8") -> None:
        self.name = model.name
        self._model_dir = model.path
        self._cpu_threads = cpu_threads
        self._compute_type = compute_type
        self._lock = threading.Lock()
        self._model: ctranslate2.models.Whisper | None = None
        self._tokens: WhisperTokens | None = None
        self._hf_tokenizer: tokenizers.Tokenizer | None = None
        self._n_mels = 80

    def load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            try:
                import ctranslate2
                import tokenizers
            except ImportError as exc:
                raise ModelError(
                    f"The speech engine is not installed ({exc.name}); run `./dev run` to install it."
                ) from exc
            try:
                model = ctranslate2.models.Whisper(
                    str(self._model_dir),
                    device="cpu",
                    compute_type=self._compute_type,
                    intra_threads=self._cpu_threads,
                    inter_threads=1,
                )
                hf_tokenizer = tokenizers.Tokenizer.from_file(str(self._model_dir / "tokenizer.json"))
                tokens = WhisperTokens.from_tokenizer(hf_tokenizer, model.is_multilingual)
            except Exception as exc:  # CTranslate2 and tokenizers raise several unrelated types for a bad file
                raise ModelError(
                    f"The model in {self._model_dir} could not be loaded ({exc}); reinstall or pull it again."
                ) from exc
            self._tokens = tokens
            self._hf_tokenizer = hf_tokenizer
            self._n_mels = int(model.n_mels)
            self._model = model

    def recognize(self, audio: npt.NDArray[np.float32], options: DecodeOptions) -> Recognition:
        self.load()
        assert self._model is not None and self._tokens is not None and self._hf_tokenizer is not None
        import ctranslate2

        seconds = len(audio) / SAMPLE_RATE
        input_seconds = min(
            max(seconds + options.margin_seconds, options.min_input_seconds), MAX_FRAMES / FRAMES_PER_SECOND
        )
        frames = min(MAX_FRAMES - 2, round(input_seconds * FRAMES_PER_SECOND / 2) * 2)
        padded = np.zeros(frames * (SAMPLE_RATE // FRAMES_PER_SECOND), dtype=np.float32)
        clip = audio[: len(padded)]
        padded[: len(clip)] = clip
        mel = log_mel(padded, self._n_mels)[:, :frames]
        features = ctranslate2.StorageView.from_array(np.ascontiguousarray(mel[np.newaxis], dtype=np.float32))
        # Start of transcript (English), no timestamps unless asked: utterance boundaries come from the VAD.
        # Conditioning on the channel's previous text was measured and gave no gain on our calls, so each utterance
        # stands alone.
        prompt = list(self._tokens.timestamped_prompt if options.timestamps else self._tokens.prompt)
        # Speech runs at about 3-4 tokens a second; a bound well above that stops repetition loops early (with
        # room for a pair of timestamps every second or so).
        max_new = min(MAX_TOKENS - len(prompt) - 1, int(12 + (10 if options.timestamps else 8) * seconds))
        with self._lock:
            result = self._model.generate(
                features,
                [prompt],
                beam_size=options.beam_size,
                max_length=len(prompt) + max_new,
                return_scores=True,
                return_no_speech_prob=True,
                suppress_blank=True,
                suppress_tokens=list(self._tokens.suppress),
                repetition_penalty=1.0,
                no_repeat_ngram_size=0,
            )[0]
        tokens = [t for t in result.sequences_ids[0] if t < self._tokens.eot]
        cut_off = len(tokens) >= max_new
        text = trim_repetition(self._hf_tokenizer.decode(tokens).strip(), cut_off=cut_off)
        avg_logprob = result.scores[0] * len(tokens) / (len(tokens) + 1) if tokens else -10.0
        return Recognition(
            text=text,
            avg_logprob=float(avg_logprob),
            no_speech_prob=float(result.no_speech_prob),
            compression_ratio=compression_ratio(text),
            input_seconds=frames / FRAMES_PER_SECOND,
        )


class ScriptedRecognizer:
    """A recognizer that answers from a function of the audio: a real backend for runs without a model.

    ``respond`` maps the audio to text (for example, by its length); ``seconds_per_call`` simulates compute
    time so the scheduler's behaviour under load can be exercised deterministically.
    """

    def __init__(
        self,
        respond: Callable[[npt.NDArray[np.float32]], str],
        *,
        seconds_per_call: float = 0.0,
        name: str = "scripted",
    ) -> None:
        self.name = name
        self._respond = respond
        self._seconds_per_call = seconds_per_call
        self.calls: list[tuple[float, DecodeOptions]] = []

    def load(self) -> None:
        return None

    def recognize(self, audio: npt.NDArray[np.float32], options: DecodeOptions) -> Recognition:
        self.calls.append((len(audio) / SAMPLE_RATE, options))
        if self._seconds_per_call:
            time.sleep(self._seconds_per_call)
        text = self._respond(audio)
        return Recognition(
            text=text,
            avg_logprob=-0.1 if text else -2.0,
            no_speech_prob=0.01 if text else 0.9,
            compression_ratio=compression_ratio(text),
            input_seconds=len(audio) / SAMPLE_RATE,
        )
