"""Device, model, theme and privacy choices, in a panel inside the window (never a modal dialog).

Changes are saved at once and apply to the next call: switching devices under a running call would drop
audio mid-sentence, so the panel says so instead of doing it. Next to each device a live level shows
whether it hears anything, so a muted headset or the wrong output is found before the call, not in it:
between calls the panel listens to the chosen device itself (a probe handed in by the CLI layer); during
a call it mirrors the call's own levels for the devices in use. The panel is also the way to the call
history, says where the history file is, and says plainly what it keeps (transcripts, never audio).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.session.device_probe import DeviceProbe
from app.shared.audio import Channel
from app.ui.device_level import DeviceLevel
from app.ui.settings import OverlaySettings
from app.ui.theme import Palette, ThemeChoice
from app.ui.worker import CallRequest
from app.ui.wrapped_label import WrappedLabel

__all__ = ["DeviceList", "HistoryFileChooser", "SettingsPanel", "ask_history_file"]

DeviceList = Callable[[], Sequence[tuple[str, str]]]
"""(id, name) of each choice, listed when the panel opens; built by the CLI layer, which owns audio."""
HistoryFileChooser = Callable[[QWidget, Path], Path | None]
"""Asks the rep for a history file, starting at the current one; None when they cancel."""
DEFAULT_MIC = "System default"
DEFAULT_FAR_END = "Default output (call audio)"
DEFAULT_MODEL = "Default (built in)"
_THEMES: tuple[tuple[str, ThemeChoice], ...] = (("Match desktop", "auto"), ("Light", "light"), ("Dark", "dark"))
CONSENT_OPTION = "Consent reminder at call start"
KEPT_NOTE = "Device and model changes apply to the next call. The history keeps transcripts only, never audio."
HISTORY_NOTE = "A new history file is used from the next start of Reset Button."


def ask_history_file(parent: QWidget, current: Path) -> Path | None:
    """The platform's file dialog: the overlay never takes keyboard focus, so a path cannot be typed in it."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        "Keep the call history in",
        str(current),
        "Call history (*.db)",
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing history is opened, not replaced
    )
    return Path(chosen) if chosen else None


NOT_IN_CALL = "Not in this call: its level shows when the call ends."


def _button(text: str, slot: Callable[[], object]) -> QToolButton:
    """A framed button that never takes focus (the overlay must not steal keystrokes from the call)."""
    button = QToolButton()
    button.setObjectName("primary")
    button.setText(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    return button


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
        palette: Palette,
        probe: DeviceProbe | None = None,
        history_default: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``probe``: listens to the chosen devices (None: no levels shown); ``history_default``: where the
        history is kept when no file is chosen, shown as the field's placeholder."""
        super().__init__(parent)
        self.setObjectName("panel")
        self._settings = settings
        self._microphones = microphones
        self._far_ends = far_ends
        self._models = models
        self._call: CallRequest | None = None
        self._history_default = history_default or Path("history.db")
        self.choose_history_file: HistoryFileChooser = ask_history_file
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
        for combo in (self.microphone, self.far_end, self.model, self.theme):
            combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.levels: dict[Channel, DeviceLevel] = {}
        if probe is not None:
            self.levels = {
                "rep": DeviceLevel(probe, "rep", palette.rep, palette.track),
                "prospect": DeviceLevel(probe, "prospect", palette.prospect, palette.track),
            }
        rows = (
            ("You (mic)", self._with_level(self.microphone, "rep")),
            ("Them", self._with_level(self.far_end, "prospect")),
            ("Model", self.model),
            ("Theme", self.theme),
            ("History file", self._history_field()),
        )
        for label, field in rows:
            name = QLabel(label)
            name.setObjectName("fieldLabel")
            form.addRow(name, field)
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
        self.history_button = _button("Call history", self.history_requested.emit)
        self.history_button.setToolTip("Past calls, their summaries and follow-up plans")
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(_button("Done", self.done.emit))
        layout.addLayout(buttons)
        self.microphone.activated.connect(self._save_microphone)
        self.far_end.activated.connect(self._save_far_end)
        self.model.activated.connect(self._save_model)
        self.theme.activated.connect(self._save_theme)

    def _history_field(self) -> QWidget:
        """Where the history is kept, with the way to move it: a choice of file or back to the default."""
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        self.history_file = WrappedLabel("")
        self.history_file.setObjectName("note")
        self.history_file.setToolTip(HISTORY_NOTE)
        column.addWidget(self.history_file)
        row = QHBoxLayout()
        self.history_choose = _button("Choose…", self._choose_history_file)
        self.history_reset = _button("Use default", lambda: self._save_history_file(None))
        row.addWidget(self.history_choose)
        row.addWidget(self.history_reset)
        row.addStretch(1)
        column.addLayout(row)
        return field

    def _with_level(self, combo: QComboBox, channel: Channel) -> QWidget:
        """The device picker with its level underneath (just the picker when there is no probe)."""
        level = self.levels.get(channel)
        if level is None:
            return combo
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(combo)
        column.addWidget(level)
        return field

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
        for combo in (self.microphone, self.far_end, self.model, self.theme):
            # The layout may squeeze a field below its size hint when the window is short, which cuts the
            # device name in half; the styled hint is the least a combo box can be.
            combo.ensurePolished()
            combo.setMinimumHeight(combo.sizeHint().height())
        self._show_history_file()
        self._listen_all()

    def set_palette(self, palette: Palette) -> None:
        for channel, level in self.levels.items():
            level.set_colors(palette.rep if channel == "rep" else palette.prospect, palette.track)

    def set_call(self, request: CallRequest | None) -> None:
        """The call now running (None: none): the panel leaves its devices to it and mirrors its levels."""
        self._call = request
        self._listen_all()

    def show_call_level(self, channel: Channel, rms_db: float) -> None:
        """A level the running call measured, shown when the panel's choice is the device the call uses."""
        level = self.levels.get(channel)
        if level is not None and self._in_call(channel):
            level.meter.set_db(rms_db)

    def _combo(self, channel: Channel) -> QComboBox:
        return self.microphone if channel == "rep" else self.far_end

    def _in_call(self, channel: Channel) -> bool:
        call = self._call
        if call is None or call.recording is not None:
            return False
        used = call.microphone if channel == "rep" else call.far_end
        return bool(self._combo(channel).currentData() == used)

    def _listen_all(self) -> None:
        for channel in self.levels:
            self._listen(channel)

    def _listen(self, channel: Channel) -> None:
        """Probe the chosen device while the panel is open and no call holds the devices."""
        level = self.levels.get(channel)
        if level is None:
            return
        level.stop()
        if not self.isVisible():
            level.show_message("")
        elif self._call is None:
            level.start(self._combo(channel).currentData())
        else:
            level.show_message("" if self._in_call(channel) else NOT_IN_CALL)

    def _stop_listening(self) -> None:
        for level in self.levels.values():
            level.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._listen_all()

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_listening()
        super().hideEvent(event)

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
        self._listen("rep")

    def _save_far_end(self) -> None:
        self._settings.far_end = self.far_end.currentData()
        self._listen("prospect")

    def _choose_history_file(self) -> None:
        chosen = self.choose_history_file(self, Path(self._settings.history_file or self._history_default))
        if chosen is not None:
            self._save_history_file(str(chosen))

    def _save_history_file(self, path: str | None) -> None:
        self._settings.history_file = path
        self._show_history_file()

    def _show_history_file(self) -> None:
        chosen = self._settings.history_file
        self.history_file.setText(chosen or f"{self._history_default} (default)")
        self.history_reset.setVisible(chosen is not None)

    def _save_model(self) -> None:
        self._settings.model = self.model.currentData()

    def _save_consent(self, checked: bool) -> None:
        self._settings.consent_reminder = checked

    def _save_theme(self) -> None:
        value = self.theme.currentData()
        self._settings.theme = value
        self.theme_changed.emit(value)
