"""The architecture's import rules, checked on the source so a broken rule fails the build."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
CORE_LAYERS = {"audio", "asr", "coach", "store", "summary"}
ORDER = {"shared": 0, **dict.fromkeys(CORE_LAYERS, 1), "session": 2, "ui": 3, "cli": 4, "__main__": 5}
QT_MODULES = ("PySide6", "shiboken6")
UI_FORBIDDEN = ("sounddevice", "faster_whisper", "ctranslate2", "sqlite3")


def _layer(path: Path, app: Path) -> str:
    rel = path.relative_to(app)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations(app: Path = APP) -> list[str]:
    problems = []
    for path in sorted(app.rglob("*.py")):
        layer = _layer(path, app)
        if layer == "__init__":
            continue
        for name in _imports(path):
            top = name.split(".")[0]
            if top in QT_MODULES and layer != "ui" and layer not in ("cli", "__main__"):
                problems.append(f"{path.relative_to(app)}: Qt import {name} outside app/ui")
            if layer == "ui" and top in UI_FORBIDDEN:
                problems.append(f"{path.relative_to(app)}: app/ui imports {name}")
            if top != "app" or name == "app":
                continue
            target = name.split(".")[1]
            if target == layer:
                continue
            if target not in ORDER:
                problems.append(f"{path.relative_to(app)}: imports unknown layer {name}")
            elif layer in CORE_LAYERS and target in CORE_LAYERS:
                problems.append(f"{path.relative_to(app)}: core layer {layer} imports core layer {target}")
            elif ORDER[target] >= ORDER[layer] and layer != target:
                problems.append(f"{path.relative_to(app)}: {layer} imports higher layer {target}")
    return problems


def test_every_import_follows_the_layer_rules() -> None:
    assert _violations() == []


def test_the_checker_catches_a_broken_rule(tmp_path: Path) -> None:
    fake = tmp_path / "app"
    (fake / "asr").mkdir(parents=True)
    (fake / "asr" / "bad.py").write_text("from app.coach import Coach\nimport PySide6.QtCore\n")
    (fake / "shared").mkdir()
    (fake / "shared" / "types.py").write_text("from app.session import pipeline\n")
    found = _violations(fake)
    assert any("core layer asr imports core layer coach" in p for p in found)
    assert any("Qt import" in p for p in found)
    assert any("shared imports higher layer session" in p for p in found)
