"""Errors a user can act on.

Anything raised as :class:`UserFacingError` carries one sentence saying what is wrong and what to do; the
CLI prints it and exits non-zero instead of showing a traceback, and the overlay shows it in its status line.
"""

from __future__ import annotations

__all__ = ["AudioInputError", "ModelError", "StoreError", "UserFacingError"]


class UserFacingError(Exception):
    """A failure explained in one sentence for the person using the app."""


class ModelError(UserFacingError):
    """The speech model is missing, corrupt or cannot be fetched."""


class AudioInputError(UserFacingError):
    """An audio file or device cannot be read."""


class StoreError(UserFacingError):
    """The call history cannot be opened, read or written, or has no such call."""
