"""Device, model, theme and privacy choices, in a panel inside the window (never a modal dialog).

Changes are saved at once and apply to the next call: switching devices under a running call would drop
audio mid-sentence, so the panel says so instead of doing it. The panel is also the way to the call
history, and says plainly what the history keeps (transcripts, never audio).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings import OverlaySettings
from app.ui.theme import ThemeChoice

__all__ = ["DeviceList", "SettingsPanel"]

DeviceList = Callable[[], Sequence[tuple[str, str]]]
"""(id, name) of each choice, listed when the panel opens; built by the CLI layer, which owns audio."""
DEFAULT_MIC = "System default"
DEFAULT_FAR_END = "Default output (call audio)"
DEFAULT_MODEL = "Default (built in)"
_THEMES: tuple[tuple[str, ThemeChoice], ...] = (("Match desktop", "auto"), ("Light", "light"), ("Dark", "dark"))
CONSENT_OPTION = "Consent reminder at call start"
KEPT_NOTE = "Device and model changes apply to the next call. The history keeps transcripts only, never audio."


class SettingsPanel(QFrame):
    """Microphone, far-end, model, theme and privacy choices bound to :class:`OverlaySettings`."""

    theme_changed = Signal(str)
    done = Signal()
    history_requested = Signal()

    def __init__(
        self,
        settings: OverlaySettings,
        microphones: DeviceList,
        far_ends: DeviceList,
        models: DeviceList,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._settings = settings
        self._microphones = microphones
        self._far_ends = far_ends
        self._models = models
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        self.microphone = QComboBox()
        self.far_end = QComboBox()
        self.model = QComboBox()
        self.theme = QComboBox()
        rows = (("You (mic)", self.microphone), ("Them", self.far_end), ("Model", self.model), ("Theme", self.theme))
        for label, combo in rows:
            combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            name = QLabel(label)
            name.setObjectName("fieldLabel")
            form.addRow(name, combo)
        layout.addLayout(form)
        self.consent = QCheckBox(CONSENT_OPTION)
        self.consent.setToolTip("When a call starts, remind me to tell the other side I'm taking notes")
        self.consent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.consent.toggled.connect(self._save_consent)
        layout.addWidget(self.consent)
        self.note = QLabel(KEPT_NOTE)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.history_button = QToolButton()
        self.history_button.setObjectName("primary")
        self.history_button.setText("Call history")
        self.history_button.setToolTip("Past calls, their summaries and follow-up plans")
        self.history_button.clicked.connect(self.history_requested)
        close = QToolButton()
        close.setObjectName("primary")
        close.setText("Done")
        close.clicked.connect(self.done)
        for button in (self.history_button, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.insertStretch(1, 1)
        layout.addLayout(buttons)
        self.microphone.activated.connect(self._save_microphone)
        self.far_end.activated.connect(self._save_far_end)
        self.model.activated.connect(self._save_model)
        self.theme.activated.connect(self._save_theme)

    def refresh(self) -> None:
        """Re-read devices and models (a headset may have been plugged in since)."""
        self._fill(self.microphone, DEFAULT_MIC, self._microphones(), self._settings.microphone)
        self._fill(self.far_end, DEFAULT_FAR_END, self._far_ends(), self._settings.far_end)
        self._fill(self.model, DEFAULT_MODEL, self._models(), self._settings.model)
        self.theme.clear()
        for label, value in _THEMES:
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._settings.theme)))
        self.consent.setChecked(self._settings.consent_reminder)

    @staticmethod
    def _fill(combo: QComboBox, default: str, choices: Sequence[tuple[str, str]], chosen: str | None) -> None:
        combo.clear()
        combo.addItem(default, None)
        for choice_id, name in choices:
            combo.addItem(name, choice_id)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(f"{chosen} (not found)", chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)

    def _save_microphone(self) -> None:
        self._settings.microphone = self.microphone.currentData()

    def _save_far_end(self) -> None:
        self._settings.far_end = self.far_end.currentData()

    def _save_model(self) -> None:
        self._settings.model = self.model.currentData()

    def _save_consent(self, checked: bool) -> None:
        self._settings.consent_reminder = checked

    def _save_theme(self) -> None:
        value = self.theme.currentData()
        self._settings.theme = value
        self.theme_changed.emit(value)
