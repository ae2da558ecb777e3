"""Far-end device faults on a real PulseAudio server: a chosen source unplugged, the default output switched.

PulseAudio never fails a stream whose source disappears; it moves it to the default source, which may be
the rep's own microphone. These runs check that the capture notices: a chosen source that vanished ends
the call with one sentence after the audio captured before it, and a source following the default output
reopens on the new default and carries on. The capture runs in a child process because SoundCard binds to
the sound server of the environment it is first imported in.
"""

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import Pulse

REPO = Path(__file__).resolve().parents[2]

SCENARIO = """
import json, subprocess, sys, time
from app.audio.loopback import LoopbackSource
from app.audio.queue import BlockQueue, SourceEnded, SourceFault
from app.shared.audio import AudioBlock

device, action = sys.argv[1] or None, sys.argv[2]
notices = []
source = LoopbackSource(device, on_notice=notices.append)
queue = BlockQueue()
source.start(queue)
time.sleep(4.0)  # a monitor stream delivers its first block a second or two after opening
subprocess.run(action, shell=True, check=True)
items, deadline = [], time.monotonic() + 6
while time.monotonic() < deadline and not any(isinstance(i, (SourceEnded, SourceFault)) for i in items):
    items += queue.take(timeout=0.2)
source.stop()
items += queue.take(timeout=0.5)
print(json.dumps({
    "seconds": sum(len(i.samples) for i in items if isinstance(i, AudioBlock)) / 16000,
    "faults": [i.message for i in items if isinstance(i, SourceFault)],
    "notices": notices,
    "device": source.device_id,
}))
"""


def _run(pulse: Pulse, tmp_path: Path, device: str, action: str) -> dict[str, object]:
    script = tmp_path / "scenario.py"  # a file, not -c: SoundCard names its client after sys.argv[0]
    script.write_text(SCENARIO)
    result = subprocess.run(
        [sys.executable, str(script), device, action],
        env={**pulse.env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_a_chosen_source_that_vanishes_ends_with_one_sentence_after_its_audio(pulse: Pulse, tmp_path: Path) -> None:
    module = pulse.add_sink("headset")
    pulse.add_sink("speakers")
    outcome = _run(pulse, tmp_path, "headset.monitor", f"pactl unload-module {module}")
    assert outcome["seconds"] >= 1.0  # what was captured before the unplug is delivered
    faults = outcome["faults"]
    assert isinstance(faults, list) and len(faults) == 1 and "disappeared" in faults[0]


def test_following_the_default_output_reopens_on_the_new_default(pulse: Pulse, tmp_path: Path) -> None:
    pulse.add_sink("laptop")
    pulse.add_sink("dock")
    pulse.pactl("set-default-sink", "laptop")
    outcome = _run(pulse, tmp_path, "", "pactl set-default-sink dock")
    assert outcome["faults"] == []
    assert outcome["device"] == "dock.monitor"
    notices = outcome["notices"]
    assert isinstance(notices, list) and len(notices) == 1 and "default output changed" in notices[0]
