"""Re-applying the style sheet to a widget whose dynamic property changed.

Qt evaluates ``[property="value"]`` selectors only when a widget is polished, so every state change that
a style sheet keys on (a copied script, the status of the call) goes through :func:`repolish`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

__all__ = ["repolish"]


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
