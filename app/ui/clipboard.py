"""Copying a script to the clipboard, and knowing when that did not work.

Some sessions have no usable clipboard (a bare Wayland compositor, a remote desktop, a locked-down VM);
the rep must not paste stale text into a chat believing it was the script, so a copy is read back and a
failure is reported instead of silently ignored.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

__all__ = ["copy_text"]


def copy_text(text: str) -> bool:
    """Put ``text`` on the clipboard; True only if reading it back gives the same text."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return False
    clipboard.setText(text)
    return clipboard.text() == text
