"""Reset scripts: what the rep can say next, loaded from TOML and filled in from the call.

A script file holds the scripts of one signal::

    kind = "dead_air"

    [[script]]
    id = "dead_air.lost_you"          # unique; a user script with the same id replaces the built-in one
    title = "Check the line"          # the few words shown on the card
    text = "{prospect_name}, did I lose you for a second?"
    fallback = "..."                  # needed when text uses {prospect_words}: said when that is unknown
    disabled = true                   # (user files) hide the built-in script with this id

Placeholders: ``{prospect_name}`` (the name the rep greeted, when it was said) and ``{prospect_words}``
(the prospect's own words from their last substantive answer). An unknown name simply drops out together
with its comma ("{prospect_name}, did I ..." becomes "Did I ..."), so the name is written as a vocative.
An unknown ``{prospect_words}`` switches to the script's ``fallback``.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.shared.events import ScriptOption
from app.shared.paths import REPO_ROOT

__all__ = [
    "BUILTIN_SCRIPTS_DIR",
    "PLACEHOLDERS",
    "ScriptFile",
    "ScriptFileError",
    "ScriptLibrary",
    "ScriptTemplate",
    "load_script_file",
]

BUILTIN_SCRIPTS_DIR = REPO_ROOT / "assets" / "scripts"
PLACEHOLDERS = frozenset({"prospect_name", "prospect_words"})

_NAME_AT_SENTENCE_START = re.compile(r"(^|[.!?]\s+)\{prospect_name\},\s*(\w)")
_NAME_AFTER_COMMA = re.compile(r",\s*\{prospect_name\}")


class ScriptFileError(ValueError):
    """A script file that cannot be used; the message names the file and what to fix."""


@dataclass(frozen=True)
class ScriptTemplate:
    id: str
    kind: str
    title: str
    text: str
    fallback: str | None = None

    def render(self, facts: Mapping[str, str]) -> ScriptOption:
        """The script with the call's facts filled in (see the module docstring for unknown facts)."""
        text = self.text
        if self.fallback is not None and _fields(text) - {"prospect_name"} - facts.keys():
            text = self.fallback
        if "prospect_name" not in facts:
            text = _NAME_AT_SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
            text = _NAME_AFTER_COMMA.sub("", text).replace("{prospect_name}", "")
        return ScriptOption(self.id, self.title, " ".join(text.format_map(dict(facts)).split()))


@dataclass(frozen=True)
class ScriptFile:
    """What one file contributes: scripts, and ids of built-in scripts to hide."""

    scripts: tuple[ScriptTemplate, ...]
    disabled: frozenset[str]


def load_script_file(path: Path) -> ScriptFile:
    """Parse and check one script file; any problem raises :class:`ScriptFileError` naming the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ScriptFileError(f"{path}: cannot be read as TOML ({exc})") from exc
    kind = data.get("kind")
    entries = data.get("script", [])
    if not isinstance(kind, str) or not kind:
        raise ScriptFileError(f'{path}: needs a top-level kind = "<signal>" line')
    if not isinstance(entries, list):
        raise ScriptFileError(f"{path}: scripts must be [[script]] tables")
    scripts: list[ScriptTemplate] = []
    disabled: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: script #{number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
            raise ScriptFileError(f"{where}: needs an id")
        if entry.get("disabled") is True:
            disabled.add(entry["id"])
            continue
        scripts.append(_template(entry, kind, f"{where} ({entry['id']})"))
    return ScriptFile(tuple(scripts), frozenset(disabled))


def _template(entry: Mapping[str, object], kind: str, where: str) -> ScriptTemplate:
    title, text, fallback = entry.get("title"), entry.get("text"), entry.get("fallback")
    if not isinstance(title, str) or not title.strip() or not isinstance(text, str) or not text.strip():
        raise ScriptFileError(f"{where}: needs a non-empty title and text")
    if fallback is not None and not isinstance(fallback, str):
        raise ScriptFileError(f"{where}: fallback must be text")
    for field, value in (("text", text), ("fallback", fallback)):
        if value is None:
            continue
        try:
            unknown = _fields(value) - PLACEHOLDERS
        except ValueError as exc:
            raise ScriptFileError(f"{where}: {field} has a broken placeholder ({exc})") from exc
        if unknown:
            known = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
            raise ScriptFileError(f"{where}: unknown placeholder {{{sorted(unknown)[0]}}} in {field}; known: {known}")
    if fallback is not None and "prospect_words" in _fields(fallback):
        raise ScriptFileError(f"{where}: the fallback is used when {{prospect_words}} is unknown, so it cannot use it")
    if "prospect_words" in _fields(text) and fallback is None:
        raise ScriptFileError(f"{where}: uses {{prospect_words}}, so it needs a fallback for when they are unknown")
    return ScriptTemplate(str(entry["id"]), kind, title.strip(), text.strip(), fallback.strip() if fallback else None)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


class ScriptLibrary:
    """Every usable script, by signal, in file order (the first one is the card's lead suggestion)."""

    def __init__(self, templates: Iterable[ScriptTemplate]) -> None:
        self._templates: dict[str, ScriptTemplate] = {}
        for template in templates:
            self._templates[template.id] = template

    @classmethod
    def builtin(cls, directory: Path = BUILTIN_SCRIPTS_DIR) -> ScriptLibrary:
        """The shipped scripts; a broken shipped file is a bug, so it raises instead of warning."""
        files = [load_script_file(path) for path in sorted(directory.glob("*.toml"))]
        return cls(t for f in files for t in f.scripts)

    def with_overrides(self, files: Iterable[ScriptFile]) -> ScriptLibrary:
        """A new library where user scripts replace same-id ones, add new ones, or hide disabled ids."""
        templates = dict(self._templates)
        for file in files:
            for script_id in file.disabled:
                templates.pop(script_id, None)
            templates.update((t.id, t) for t in file.scripts)
        return ScriptLibrary(templates.values())

    def for_kind(self, kind: str) -> list[ScriptTemplate]:
        return [t for t in self._templates.values() if t.kind == kind]

    def __len__(self) -> int:
        return len(self._templates)
