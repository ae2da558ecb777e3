"""What the overlay remembers between runs: where it sat, whether it was collapsed, the chosen devices,
the theme, the privacy choices and where the call history is kept.

A thin typed layer over :class:`QSettings` so the rest of the UI never spells a key or converts a value;
tests pass a ``QSettings`` on a temporary INI file, the app the per-user one.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, QSettings

from app.ui.theme import ThemeChoice

__all__ = ["OverlaySettings", "user_settings"]

_THEMES: tuple[ThemeChoice, ...] = ("auto", "light", "dark")


def user_settings() -> QSettings:
    """The per-user store: ``~/.config/resetbutton/overlay.ini`` on Linux (``XDG_CONFIG_HOME`` respected)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "resetbutton", "overlay")


class OverlaySettings:
    """Typed accessors; every setter writes through, so a crash loses nothing."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def _text(self, key: str) -> str | None:
        value = self._store.value(key)
        return str(value) if value not in (None, "") else None

    def _set_text(self, key: str, value: str | None) -> None:
        if value:
            self._store.setValue(key, value)
        else:
            self._store.remove(key)

    @property
    def geometry(self) -> QRect | None:
        """The expanded window's position and size, or None before the first run."""
        parts = [self._store.value(f"window/{k}") for k in ("x", "y", "width", "height")]
        if any(p is None for p in parts):
            return None
        try:
            x, y, width, height = (int(cast(int | str, p)) for p in parts)
        except ValueError:
            return None
        return QRect(x, y, width, height) if width > 0 and height > 0 else None

    @geometry.setter
    def geometry(self, rect: QRect) -> None:
        for key, value in zip(
            ("x", "y", "width", "height"), (rect.x(), rect.y(), rect.width(), rect.height()), strict=True
        ):
            self._store.setValue(f"window/{key}", value)

    @property
    def collapsed(self) -> bool:
        return str(self._store.value("window/collapsed", "false")).lower() == "true"

    @collapsed.setter
    def collapsed(self, value: bool) -> None:
        self._store.setValue("window/collapsed", "true" if value else "false")

    @property
    def microphone(self) -> str | None:
        """Input device id or name; None means the system default."""
        return self._text("call/microphone")

    @microphone.setter
    def microphone(self, value: str | None) -> None:
        self._set_text("call/microphone", value)

    @property
    def far_end(self) -> str | None:
        """Far-end (the prospect's side) source id; None means the platform default."""
        return self._text("call/far_end")

    @far_end.setter
    def far_end(self, value: str | None) -> None:
        self._set_text("call/far_end", value)

    @property
    def model(self) -> str | None:
        """Speech model name; None means the default (the embedded model)."""
        return self._text("call/model")

    @model.setter
    def model(self, value: str | None) -> None:
        self._set_text("call/model", value)

    @property
    def theme(self) -> ThemeChoice:
        value = self._text("look/theme")
        return next((t for t in _THEMES if t == value), "auto")

    @theme.setter
    def theme(self, value: ThemeChoice) -> None:
        self._store.setValue("look/theme", value)

    @property
    def consent_reminder(self) -> bool:
        """Show "tell the other side you're taking notes" when a call starts; off unless the rep turns it on."""
        return str(self._store.value("privacy/consent_reminder", "false")).lower() == "true"

    @consent_reminder.setter
    def consent_reminder(self, value: bool) -> None:
        self._store.setValue("privacy/consent_reminder", "true" if value else "false")

    @property
    def history_file(self) -> str | None:
        """Where the call history is kept; None means the default (the user data directory)."""
        return self._text("history/file")

    @history_file.setter
    def history_file(self, value: str | None) -> None:
        self._set_text("history/file", value)

    def sync(self) -> None:
        """Flush to disk now (QSettings otherwise writes lazily)."""
        self._store.sync()
