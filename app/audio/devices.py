"""What ``resetbutton devices`` and the overlay's device pickers list: inputs and far-end candidates.

Each entry says whether it is the one a call would use when nothing is chosen, so "why does it hear the
wrong thing" is answered by one look at the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.audio.microphone import sounddevice_module
from app.audio.selection import default_far_end, far_end_devices

__all__ = ["AudioDevice", "far_end_candidates", "input_devices"]


@dataclass(frozen=True)
class AudioDevice:
    """``id`` is what ``--mic``/``--far`` accept; ``name`` is what the system calls it."""

    id: str
    name: str
    default: bool


def input_devices() -> list[AudioDevice]:
    """Every device with an input channel (microphones; on macOS, virtual loopbacks too)."""
    sd = sounddevice_module()
    default = sd.default.device[0]
    return [
        AudioDevice(str(i), str(d["name"]), i == default)
        for i, d in enumerate(sd.query_devices())
        if d["max_input_channels"] > 0
    ]


def far_end_candidates() -> list[AudioDevice]:
    """Every source the far end can be recorded from (output loopbacks, or virtual loopback inputs)."""
    default = default_far_end()
    return [AudioDevice(device_id, name, device_id == default) for device_id, name in far_end_devices()]
