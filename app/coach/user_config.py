"""The user's own scripts and product terms, from their config directory.

Layout (all optional)::

    <config dir>/coach.toml        product_terms = ["Pulse Boards", "SmartSync"]
    <config dir>/scripts/*.toml    scripts in the built-in format (see app.coach.scripts)

The directory is ``RESETBUTTON_CONFIG_DIR`` if set, else the platform's usual place (``$XDG_CONFIG_HOME``
or ``~/.config`` on Linux). A broken file never stops the coach: it is skipped with a warning that names
the file and the problem, and the built-in scripts and terms still load.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.coach.scripts import ScriptFile, ScriptFileError, load_script_file

__all__ = ["COACH_FILE", "SCRIPTS_DIR", "UserSettings", "load_user_settings"]

COACH_FILE = "coach.toml"
SCRIPTS_DIR = "scripts"


@dataclass(frozen=True)
class UserSettings:
    script_files: tuple[ScriptFile, ...] = ()
    product_terms: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def load_user_settings(config_dir: Path) -> UserSettings:
    warnings: list[str] = []
    files: list[ScriptFile] = []
    for path in sorted((config_dir / SCRIPTS_DIR).glob("*.toml")):
        try:
            files.append(load_script_file(path))
        except ScriptFileError as exc:
            warnings.append(f"Skipped your script file {exc}; the built-in scripts are still used.")
    return UserSettings(tuple(files), _product_terms(config_dir / COACH_FILE, warnings), tuple(warnings))


def _product_terms(path: Path, warnings: list[str]) -> tuple[str, ...]:
    if not path.exists():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        warnings.append(f"Skipped {path}: cannot be read as TOML ({exc}); the built-in product terms are still used.")
        return ()
    terms = data.get("product_terms", [])
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        warnings.append(
            f'Skipped {path}: product_terms must be a list of strings, like ["SmartSync"]; the built-in product terms are still used.'
        )
        return ()
    return tuple(terms)
