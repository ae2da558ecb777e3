"""An in-window message with a way out, instead of a dialog box.

During a call a modal dialog would steal focus from the call and block the window; failures (no
microphone, a lost headset, a missing model) are shown in place, with the buttons that fix them. A
reminder (the consent reminder at call start) uses the same place in a calm colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from app.ui.style import repolish
from app.ui.wrapped_label import WrappedLabel

__all__ = ["Banner", "BannerAction", "BannerKind"]

BannerAction = tuple[str, Callable[[], None]]
BannerKind = Literal["error", "info"]


class Banner(QFrame):
    """A message and up to a few action buttons; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        self.message = WrappedLabel("")
        self.message.setObjectName("bannerText")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        layout.addLayout(self._buttons)
        self.actions_shown: list[QToolButton] = []
        self.kind: BannerKind = "error"
        self.hide()

    def show_message(self, text: str, actions: Sequence[BannerAction] = (), kind: BannerKind = "error") -> None:
        self.clear()
        self.kind = kind
        self.setProperty("kind", kind)
        repolish(self)
        self.message.setText(text)
        for label, callback in actions:
            button = QToolButton()
            button.setText(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
            button.clicked.connect(callback)
            self._buttons.addWidget(button)
            self.actions_shown.append(button)
        self._buttons.addStretch(1)
        self.show()

    def clear(self) -> None:
        while self._buttons.count():
            item = self._buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.actions_shown = []
        self.hide()
