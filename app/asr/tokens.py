"""Whisper's special tokens and the symbols it must never print, from the model's own tokenizer.json.

The decoding prompt and the suppression list need a handful of token ids; reading them straight from the
Hugging Face ``tokenizers`` file avoids importing faster-whisper (and FFmpeg with it) at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["WhisperTokens"]

# Speaker tags, music notes and bracketed annotations that are never speech (Whisper's own list).
_NON_SPEECH_SYMBOLS = [
    *'"#()*+/:;<=>@[\\]^_`{|}~「」『』',
    *[
        "<<",
        ">>",
        "<<<",
        ">>>",
        "--",
        "---",
        "-(",
        "-[",
        "('",
        '("',
        "((",
        "))",
        "(((",
        ")))",
        "[[",
        "]]",
        "{{",
        "}}",
        "♪♪",
        "♪♪♪",
    ],
]
_MISCELLANEOUS = "♩♪♫♬♭♮♯"  # may span several tokens: their first one is safe to suppress


@dataclass(frozen=True)
class WhisperTokens:
    """Ids the decoder needs, for an English-only or a multilingual model transcribing English."""

    eot: int
    prompt: tuple[int, ...]
    """Start of transcript without timestamps: the text alone, the cheaper decode."""
    timestamped_prompt: tuple[int, ...]
    """Start of transcript with timestamps, which the decoder then writes between sentences (and we drop)."""
    suppress: tuple[int, ...]

    @classmethod
    def from_tokenizer(cls, tokenizer: Any, multilingual: bool) -> WhisperTokens:
        def special(name: str) -> int:
            token = tokenizer.token_to_id(f"<|{name}|>")
            if token is None:
                raise ValueError(f"tokenizer.json has no <|{name}|> token")
            return int(token)

        def encode(text: str) -> list[int]:
            return list(tokenizer.encode(text, add_special_tokens=False).ids)

        sot = special("startoftranscript")
        start = [sot, special("en"), special("transcribe")] if multilingual else [sot]
        suppress = {encode(" -")[0], encode(" '")[0]}
        for symbol in [*_NON_SPEECH_SYMBOLS, *_MISCELLANEOUS]:
            for ids in (encode(symbol), encode(" " + symbol)):
                if len(ids) == 1 or symbol in _MISCELLANEOUS:
                    suppress.add(ids[0])
        suppress |= {special(n) for n in ("transcribe", "translate", "startoftranscript", "startofprev", "startoflm")}
        return cls(
            eot=special("endoftext"),
            prompt=(*start, special("notimestamps")),
            timestamped_prompt=tuple(start),
            suppress=tuple(sorted(suppress)),
        )
