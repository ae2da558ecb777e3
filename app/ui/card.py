"""One coaching card: what the coach noticed, and the scripts the rep can copy with one click.

A card slides in (it grows from nothing rather than jumping the layout), never takes focus and never makes
a sound. Clicking a script copies it and says so on the script itself; a card can be dismissed, snoozed
(no more cards of that kind for a while) or retired by the coach when the call has moved on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.shared.events import CardEvent, ScriptOption
from app.ui import clipboard
from app.ui.style import repolish
from app.ui.wrapped_label import WrappedLabel

__all__ = ["KIND_TITLES", "CardWidget", "ScriptButton", "kind_title"]

KIND_TITLES = {
    "pushback": "Pushback",
    "weak_opener": "Weak opener",
    "dead_air": "Dead air",
    "feature_dump": "Feature dump",
    "curt_replies": "Short answers",
}
SLIDE_MS = 220
COPIED_MS = 1800
SNOOZE_MINUTES = 5


def kind_title(kind: str) -> str:
    return KIND_TITLES.get(kind, kind.replace("_", " ").capitalize())


def _clock(t: float) -> str:
    minutes, seconds = divmod(int(t), 60)
    return f"{minutes:d}:{seconds:02d}"


class ScriptButton(QFrame):
    """A script as a clickable block: a small title over the words to say."""

    clicked = Signal()

    def __init__(self, script: ScriptOption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.script = script
        self.setObjectName("script")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setToolTip("Click to copy")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 6)
        layout.setSpacing(1)
        self.title = QLabel(script.title.upper())
        self.title.setObjectName("scriptTitle")
        self.text = WrappedLabel(script.text)
        self.text.setObjectName("scriptText")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self._reset = QTimer(self)
        self._reset.setSingleShot(True)
        self._reset.timeout.connect(self.show_default)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def show_copied(self) -> None:
        self._set_state("COPIED ✓", copied=True)
        self._reset.start(COPIED_MS)

    def show_default(self) -> None:
        self._set_state(self.script.title.upper(), copied=False)

    def _set_state(self, title: str, *, copied: bool) -> None:
        self.title.setText(title)
        for widget in (self, self.title):
            widget.setProperty("copied", "true" if copied else "false")
            repolish(widget)


class CardWidget(QFrame):
    """The card for one :class:`CardEvent`."""

    copied = Signal(object)
    """A :class:`ScriptOption` was put on the clipboard."""
    dismissed = Signal(object)
    snoozed = Signal(str)
    """The rep asked for no more cards of this kind for :data:`SNOOZE_MINUTES` minutes."""
    closed = Signal(object)
    """The card has finished leaving the screen (any reason); the owner drops it."""
    shown = Signal(object)
    """The slide-in finished: the card is fully on screen."""

    def __init__(self, card: CardEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.leaving = False
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 7, 8, 9)
        layout.setSpacing(5)

        top = QHBoxLayout()
        top.setSpacing(6)
        kind = QLabel(kind_title(card.kind).upper())
        kind.setObjectName("cardKind")
        when = QLabel(_clock(card.t))
        when.setObjectName("cardTime")
        self.snooze_button = self._action(
            "Snooze", f"No {kind_title(card.kind).lower()} cards for {SNOOZE_MINUTES} minutes"
        )
        self.dismiss_button = self._action("✕", "Dismiss")
        self.snooze_button.clicked.connect(self._snooze)
        self.dismiss_button.clicked.connect(self._dismiss)
        top.addWidget(kind)
        top.addWidget(when)
        top.addStretch(1)
        top.addWidget(self.snooze_button)
        top.addWidget(self.dismiss_button)
        layout.addLayout(top)

        if card.evidence:
            evidence = WrappedLabel(card.evidence)
            evidence.setObjectName("evidence")
            layout.addWidget(evidence)

        self.scripts: list[ScriptButton] = []
        for script in card.scripts:
            button = ScriptButton(script)
            button.clicked.connect(lambda button=button: self._copy(button))
            layout.addWidget(button)
            self.scripts.append(button)

        self.note = WrappedLabel("")
        self.note.setObjectName("cardNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout.addWidget(self.note)

        self._height = 0
        self._animation = QPropertyAnimation(self, b"revealedHeight", self)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._after_animation: Callable[[], None] = self._on_shown
        self._animation.finished.connect(lambda: self._after_animation())

    def _action(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("cardAction")
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        return button

    def _get_height(self) -> int:
        return self._height

    def _set_height(self, value: int) -> None:
        self._height = value
        self.setMaximumHeight(value)

    revealedHeight = Property(int, _get_height, _set_height)
    """The animated height: the card slides open from 0 and closes back to 0."""

    def slide_in(self) -> None:
        self._set_height(0)
        self._run_animation(self._full_height(), SLIDE_MS, self._on_shown)

    def leave(self) -> None:
        """Slide out, then emit :attr:`closed`; calling it again while leaving does nothing."""
        if self.leaving:
            return
        self.leaving = True
        self._run_animation(0, SLIDE_MS * 3 // 4, lambda: self.closed.emit(self))

    def _full_height(self) -> int:
        """The height the card needs at its width (word-wrapped scripts grow with a narrow window)."""
        parent = self.parentWidget()
        width = self.width() if self.width() > 50 else (parent.width() if parent is not None else 360)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(layout.totalHeightForWidth(width), self.minimumSizeHint().height())
        return self.sizeHint().height()

    def _run_animation(self, end: int, ms: int, done: Callable[[], None]) -> None:
        self._animation.stop()
        self._after_animation = done
        self._animation.setDuration(ms)
        self._animation.setStartValue(self._height)
        self._animation.setEndValue(end)
        self._animation.start()

    def _on_shown(self) -> None:
        self.setMaximumHeight(16_777_215)  # let later re-wraps (a resized window) take the room they need
        self.shown.emit(self.card)

    def _copy(self, button: ScriptButton) -> None:
        if clipboard.copy_text(button.script.text):
            for other in self.scripts:
                other.show_default()
            button.show_copied()
            self.note.hide()
            self.copied.emit(button.script)
        else:
            self.note.setText("Couldn't reach the clipboard. Select the words above and copy them by hand.")
            button.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.note.show()

    def _snooze(self) -> None:
        self.snoozed.emit(self.card.kind)
        self.leave()

    def _dismiss(self) -> None:
        self.dismissed.emit(self.card)
        self.leave()
