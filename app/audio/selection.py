"""Choosing the capture backend for each side of the call on this platform.

The rep's microphone is a PortAudio input (:mod:`app.audio.microphone`). On Linux, PortAudio usually
sees only ALSA's ``pulse`` and ``default`` devices, so a PulseAudio/PipeWire source named with ``--mic``
that PortAudio does not list is recorded through SoundCard instead, like the far end.

The far end (channel ``prospect``) on Linux and Windows is the output device's loopback
(:mod:`app.audio.loopback`). macOS has no loopback API an app can use without a driver, so there the far
end is a virtual loopback device (BlackHole and the like) that the user routes the call app's output
through; it is an ordinary input, opened like a microphone.
"""

from __future__ import annotations

import sys

from app.audio.loopback import LoopbackSource, Notice, default_loopback_id, loopback_devices
from app.audio.microphone import MicrophoneSource, sounddevice_module
from app.audio.source import CaptureSource
from app.shared.errors import AudioInputError

__all__ = ["VIRTUAL_LOOPBACK_NAMES", "default_far_end", "far_end_devices", "open_far_end", "open_microphone"]

VIRTUAL_LOOPBACK_NAMES = ("blackhole", "loopback audio", "soundflower", "vb-cable")
"""Virtual loopback drivers on macOS, matched in input device names (lower case)."""

NO_VIRTUAL_LOOPBACK = (
    "No virtual loopback device (such as BlackHole) is installed, so the far end cannot be heard on macOS; "
    "install BlackHole 2ch and route the call app's output through a Multi-Output Device (see the README)."
)


def far_end_devices() -> list[tuple[str, str]]:
    """(id, name) of every far-end candidate on this platform."""
    if sys.platform == "darwin":
        sd = sounddevice_module()
        return [
            (str(i), str(d["name"]))
            for i, d in enumerate(sd.query_devices())
            if d["max_input_channels"] > 0 and any(v in d["name"].lower() for v in VIRTUAL_LOOPBACK_NAMES)
        ]
    return loopback_devices()


def default_far_end() -> str | None:
    """The id of the far end used when none is chosen, or None when there is none."""
    if sys.platform == "darwin":
        candidates = far_end_devices()
        return candidates[0][0] if candidates else None
    return default_loopback_id()


def open_far_end(device: str | None = None, on_notice: Notice | None = None) -> CaptureSource:
    """The far-end source for ``device`` (None: the platform default), or one sentence saying why not."""
    if sys.platform == "darwin":
        chosen = device if device is not None else default_far_end()
        if chosen is None:
            raise AudioInputError(NO_VIRTUAL_LOOPBACK)
        return MicrophoneSource(chosen, channel="prospect")
    return LoopbackSource(device, on_notice=on_notice)


def open_microphone(device: str | None = None, on_notice: Notice | None = None) -> CaptureSource:
    """The rep's input for ``device`` (None: the system default), or one sentence saying why not."""
    try:
        return MicrophoneSource(device)
    except AudioInputError as not_portaudio:
        if device is None or not sys.platform.startswith("linux"):
            raise
        try:
            return LoopbackSource(device, channel="rep", on_notice=on_notice)
        except AudioInputError:
            raise not_portaudio from None
