"""The overlay: a small always-on-top window beside the call, readable in half a second.

It never takes focus (the rep is typing in the call's chat or the CRM), never blocks (everything slow runs
on the call worker) and never pops a dialog: state is in the header, failures in a banner with the button
that fixes them (the consent reminder, when the rep turned it on, in a calm one), settings in a panel
inside the window. It only learns about the call through the
worker's queued signals, so it holds no audio, model or coach.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QMouseEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizeGrip,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.session.device_probe import DeviceProbe
from app.shared.audio import Channel
from app.shared.events import CardEvent, LevelEvent, ScriptOption, SpeechActivity, TranscriptEvent
from app.ui.banner import Banner, BannerAction
from app.ui.card import SNOOZE_MINUTES, CardWidget, kind_title
from app.ui.level_meter import LevelMeter
from app.ui.settings import OverlaySettings
from app.ui.settings_panel import DeviceList, SettingsPanel
from app.ui.status import CallState, StatusDot
from app.ui.talk_ratio import TalkRatioBar, TalkTime
from app.ui.theme import Palette, ThemeChoice, palette_for, stylesheet
from app.ui.transcript import SideLine
from app.ui.worker import CallController, CallRequest, FailureKind
from app.ui.wrapped_label import WrappedLabel

__all__ = ["CONSENT_REMINDER", "OVERLAY_FLAGS", "OverlayWindow"]

OVERLAY_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)
"""On top of the call, out of the task bar, no title bar, and never the window keystrokes go to."""

MAX_CARDS = 2
"""More than two cards at once is a to-do list, not a nudge; the oldest leaves for the newest."""
DEFAULT_SIZE = (380, 470)
SIDE_NAMES: dict[Channel, str] = {"rep": "YOU", "prospect": "THEM"}
CONSENT_REMINDER = "Recording laws differ: tell the other side you're taking notes."
CONSENT_SECONDS = 45
"""The reminder leaves on its own after this long: by then it has been said or it will not be."""
_TICK_MS = 100


def _clock(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class _DragHandle(QWidget):
    """The header: dragging it moves the window with the window system's own move (works on Wayland)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self._offset: QPoint | None = None
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        handle = self._window.windowHandle()
        if handle is not None and handle.startSystemMove():
            return
        # No system move (some X11 window managers, offscreen): follow the mouse ourselves.
        self._offset = event.globalPosition().toPoint() - self._window.frameGeometry().topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._offset is not None:
            self._window.move(event.globalPosition().toPoint() - self._offset)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._offset = None


class _Side(QWidget):
    """One side of the call: its name, its input level and its latest words."""

    def __init__(self, channel: Channel, palette: Palette) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        name = QLabel(SIDE_NAMES[channel])
        name.setObjectName("sideName")
        name.setProperty("channel", channel)
        color = palette.rep if channel == "rep" else palette.prospect
        self.meter = LevelMeter(color, palette.track)
        self.meter.setFixedWidth(64)
        self.meter.setToolTip("Input level")
        top.addWidget(name)
        top.addWidget(self.meter)
        top.addStretch(1)
        layout.addLayout(top)
        self.line = SideLine(palette.faint)
        self.line.set_placeholder("Waiting for speech…" if channel == "rep" else "Waiting for the other side…")
        layout.addWidget(self.line)
        self._channel = channel

    def set_palette(self, palette: Palette) -> None:
        self.meter.set_colors(palette.rep if self._channel == "rep" else palette.prospect, palette.track)
        self.line.set_provisional_color(palette.faint)


class OverlayWindow(QWidget):
    """The live coach window. Build it with a controller and settings; feed it nothing else."""

    event_shown = Signal(object)
    """A transcript or card event the window put on screen (``--events-log`` writes these)."""
    card_shown = Signal(object)
    """A card finished sliding in and is fully visible."""
    call_ended = Signal(str)
    """The call ended or could not start: "" when it simply ended, else the sentence saying why."""
    quit_requested = Signal()
    history_requested = Signal()
    """The rep asked for the call history (the settings panel's button)."""

    def __init__(
        self,
        controller: CallController,
        settings: OverlaySettings,
        *,
        microphones: DeviceList = tuple,
        far_ends: DeviceList = tuple,
        models: DeviceList = tuple,
        recording: Path | None = None,
        demo_call: Path | None = None,
        microphone: str | None = None,
        history: bool = False,
        probe: DeviceProbe | None = None,
        history_default: Path | None = None,
    ) -> None:
        """``history``: calls are kept, so the settings panel offers the call history; ``probe`` lets the
        panel show the chosen devices' levels; ``history_default`` is where calls are kept unless the rep
        picks another file."""
        super().__init__(None, OVERLAY_FLAGS)
        self.setObjectName("overlay")
        self.setWindowTitle("Reset Button")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(300)
        self.controller = controller
        self.settings = settings
        self.recording = recording
        self._demo_call = demo_call
        self._microphone = microphone
        self._microphones = microphones
        self._far_ends = far_ends
        self._models = models
        self._history = history
        self._probe = probe
        self._history_default = history_default
        self.palette_ = palette_for(settings.theme)
        self.state = CallState.PAUSED
        self.collapsed = False
        self.cards: list[CardWidget] = []
        self._snoozed_until: dict[str, float] = {}
        self._talk = TalkTime()
        self._elapsed = QElapsedTimer()
        self._restoring = True

        self._build()
        self._connect_worker()
        self.apply_theme(settings.theme)
        self._set_state(CallState.PAUSED)
        self._restore_geometry()
        self.set_collapsed(settings.collapsed)
        self._restoring = False

    # ----------------------------------------------------------------------------------------- layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = QFrame()
        frame.setObjectName("frame")
        outer.addWidget(frame)
        column = QVBoxLayout(frame)
        column.setContentsMargins(1, 1, 1, 1)
        column.setSpacing(0)

        self.header = _DragHandle(self)
        head = QHBoxLayout(self.header)
        head.setContentsMargins(10, 5, 4, 5)
        head.setSpacing(6)
        self.dot = StatusDot()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("timer")
        self.badge = QLabel("")
        self.badge.setObjectName("badge")
        self.badge.hide()
        self.start_button = self._tool("Start", "Start listening to the call", self.toggle_call)
        self.start_button.setObjectName("primary")
        self.settings_button = self._tool("⚙", "Microphone, model and theme", self.toggle_settings)
        self.collapse_button = self._tool("▴", "Collapse to a strip", lambda: self.set_collapsed(not self.collapsed))
        self.close_button = self._tool("✕", "Quit Reset Button", self.quit_requested.emit)
        self.dot.setFixedSize(10, 10)
        for part in (self.dot, self.status, self.timer_label, self.badge):
            part.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            head.addWidget(part)
        head.addStretch(1)
        for button in (self.start_button, self.settings_button, self.collapse_button, self.close_button):
            head.addWidget(button)
        column.addWidget(self.header)
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)  # indeterminate: loading a model gives no honest percentage
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(3)
        self.busy.setToolTip("Loading the speech model and opening the devices")
        self.busy.hide()
        column.addWidget(self.busy)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(12, 10, 12, 4)
        body.setSpacing(8)
        self.sides: dict[Channel, _Side] = {ch: _Side(ch, self.palette_) for ch in ("rep", "prospect")}
        body.addWidget(self.sides["rep"])
        body.addWidget(self.sides["prospect"])

        ratio = QHBoxLayout()
        ratio.setSpacing(8)
        self.ratio_bar = TalkRatioBar(self.palette_.rep, self.palette_.prospect, self.palette_.track)
        self.ratio_bar.setToolTip("Share of talk time: you (left) and them (right)")
        self.ratio_text = QLabel("Talk time: nobody yet")
        self.ratio_text.setObjectName("ratioText")
        ratio.addWidget(self.ratio_bar, 1)
        ratio.addWidget(self.ratio_text)
        body.addLayout(ratio)

        self.notice = WrappedLabel("")
        self.notice.setObjectName("note")
        self.notice.hide()
        body.addWidget(self.notice)
        self.banner = Banner()
        body.addWidget(self.banner)
        self.panel = SettingsPanel(
            self.settings,
            self._microphones,
            self._far_ends,
            self._models,
            self.palette_,
            probe=self._probe,
            history_default=self._history_default,
        )
        self.panel.hide()
        self.panel.done.connect(self.toggle_settings)
        self.panel.theme_changed.connect(self._on_theme_chosen)
        self.panel.history_requested.connect(self.history_requested)
        self.panel.history_button.setVisible(self._history)
        body.addWidget(self.panel)

        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(8)
        body.addLayout(self.cards_box)
        self.empty = WrappedLabel("Cards appear here when the call stalls. Click a script to copy it.")
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        body.addWidget(self.empty)
        body.addStretch(1)
        grip_row = QHBoxLayout()
        grip_row.addStretch(1)
        self.grip = QSizeGrip(self)
        grip_row.addWidget(self.grip)
        body.addLayout(grip_row)
        column.addWidget(self.body, 1)

        self._ticker = QTimer(self)
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._consent_timer = QTimer(self)
        self._consent_timer.setSingleShot(True)
        self._consent_timer.timeout.connect(self._end_consent_reminder)

    def _tool(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        button.clicked.connect(slot)
        return button

    def _connect_worker(self) -> None:
        queued = Qt.ConnectionType.QueuedConnection
        worker = self.controller.worker
        worker.preparing.connect(self._on_preparing, queued)
        worker.started.connect(self._on_started, queued)
        worker.call_event.connect(self.handle_event, queued)
        worker.card_expired.connect(self.expire_card, queued)
        worker.failed.connect(self._on_failed, queued)
        worker.finished.connect(self._on_finished, queued)

    # ------------------------------------------------------------------------------------ appearance
    def apply_theme(self, choice: ThemeChoice) -> None:
        self.palette_ = palette_for(choice)
        self.setStyleSheet(stylesheet(self.palette_))
        for side in self.sides.values():
            side.set_palette(self.palette_)
        self.ratio_bar.set_colors(self.palette_.rep, self.palette_.prospect, self.palette_.track)
        self.panel.set_palette(self.palette_)
        self.dot.set_color(self.state.color(self.palette_))

    @Slot(str)
    def _on_theme_chosen(self, choice: str) -> None:
        self.apply_theme(self.settings.theme)

    def set_collapsed(self, collapsed: bool) -> None:
        """The strip: status, timer and the latest card's kind; the rest hides until expanded."""
        self.collapsed = collapsed
        self.body.setVisible(not collapsed)
        self.collapse_button.setText("▾" if collapsed else "▴")
        self.settings_button.setVisible(not collapsed)  # room for the card badge; settings need the panel
        self.collapse_button.setToolTip("Expand" if collapsed else "Collapse to a strip")
        self.badge.setVisible(collapsed and bool(self.badge.text()))
        if collapsed:
            height = self.header.sizeHint().height() + 2
            self.setFixedHeight(height)
        else:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16_777_215)
            saved = self.settings.geometry
            self.resize(self.width(), saved.height() if saved else DEFAULT_SIZE[1])
        if not self._restoring:
            self.settings.collapsed = collapsed

    def toggle_settings(self) -> None:
        if self.panel.isVisible():
            self.panel.hide()
            return
        self.panel.refresh()
        self.panel.show()
        if self.collapsed:
            self.set_collapsed(False)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) to show everything: a squeezed panel cuts device names and overlaps its levels."""
        layout = self.layout()
        if layout is None:
            return
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(width, needed)

    # ------------------------------------------------------------------------------------- the call
    def start_call(self) -> None:
        """Start listening (or play the replay this window was opened for) with the saved choices."""
        self.banner.clear()
        request = CallRequest(
            microphone=self._microphone or self.settings.microphone,
            far_end=self.settings.far_end,
            model=self.settings.model,
            recording=self.recording,
        )
        self.controller.start(request)

    def stop_call(self) -> None:
        self.controller.stop()

    def toggle_call(self) -> None:
        if self.controller.busy:
            self.stop_call()
        else:
            self.start_call()

    def play_demo(self) -> None:
        """Switch this window to the bundled demo call and play it (the way out when there is no mic)."""
        self.recording = self._demo_call
        self.start_call()

    @Slot(object)
    def _on_preparing(self, request: CallRequest) -> None:
        self.panel.set_call(request)  # before the call opens the devices, the panel lets go of them
        self._set_state(CallState.LOADING)
        self.busy.show()
        self.start_button.setText("Stop")

    @Slot(str, str)
    def _on_started(self, source_name: str, notice: str) -> None:
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.busy.hide()
        self._talk = TalkTime()
        self._update_ratio()
        self._elapsed.start()
        self._ticker.start()
        self._set_state(CallState.LISTENING)
        self.status.setToolTip(f"Listening to {source_name}")
        if self.settings.consent_reminder:
            self.banner.show_message(CONSENT_REMINDER, [("Got it", self._end_consent_reminder)], kind="info")
            self._consent_timer.start(CONSENT_SECONDS * 1000)

    def _end_consent_reminder(self) -> None:
        self._consent_timer.stop()
        if self.banner.kind == "info":
            self.banner.clear()

    @Slot(str, str)
    def _on_failed(self, kind: str, message: str) -> None:
        self._call_over()
        self._set_state(CallState.ERROR)
        actions: list[BannerAction] = []
        if kind == FailureKind.INPUT and self._demo_call is not None:
            actions.append(("Play the demo call", self.play_demo))
        if kind in (FailureKind.INPUT, FailureKind.MODEL):
            actions.append(("Settings", self.toggle_settings))
        actions.append(("Try again", self.start_call))
        self.banner.show_message(message, actions)
        if self.collapsed:
            self.set_collapsed(False)
        self.call_ended.emit(message)

    @Slot(str)
    def _on_finished(self, error: str) -> None:
        self._call_over()
        if error:
            self._set_state(CallState.ERROR)
            self.banner.show_message(error, [("Reconnect", self.start_call)])
            if self.collapsed:
                self.set_collapsed(False)
        else:
            self._set_state(CallState.PAUSED)
        self.call_ended.emit(error)

    def _call_over(self) -> None:
        self._ticker.stop()
        self.busy.hide()
        self.panel.set_call(None)
        self._end_consent_reminder()
        self.start_button.setText("Start")
        for side in self.sides.values():
            side.meter.level = 0.0
            side.meter.update()
            side.line.clear_partial()

    def _set_state(self, state: CallState) -> None:
        self.state = state
        self.status.setText(state.value)
        self.dot.set_color(state.color(self.palette_))

    def _tick(self) -> None:
        self.timer_label.setText(_clock(self._elapsed.elapsed()))
        for side in self.sides.values():
            side.meter.decay()

    # ----------------------------------------------------------------------------------- call events
    @Slot(object)
    def handle_event(self, event: object) -> None:
        """One event from the call, on the GUI thread."""
        if isinstance(event, TranscriptEvent):
            self.sides[event.channel].line.apply(event)
            self._talk.advance(event.emitted)
            self.event_shown.emit(event)
        elif isinstance(event, LevelEvent):
            self.sides[event.channel].meter.set_db(event.rms_db)
            self.panel.show_call_level(event.channel, event.rms_db)
            self._talk.advance(event.t)
            self._update_ratio()
        elif isinstance(event, SpeechActivity):
            self._talk.apply(event)
            self._update_ratio()
        elif isinstance(event, CardEvent):
            self.show_card(event)

    def _update_ratio(self) -> None:
        share = self._talk.rep_share()
        self.ratio_bar.set_share(share)
        if share is None:
            self.ratio_text.setText("Talk time: nobody yet")
        else:
            self.ratio_text.setText(f"You {share:.0%} · Them {1 - share:.0%}")

    def show_card(self, card: CardEvent) -> None:
        """Slide a card in unless its kind is snoozed; the oldest leaves when there are too many."""
        if self._snoozed_until.get(card.kind, 0.0) > time.monotonic():
            return
        widget = CardWidget(card)
        widget.snoozed.connect(self.snooze)
        widget.closed.connect(self._drop_card)
        widget.shown.connect(self.card_shown)
        widget.copied.connect(lambda script: self._script_copied(card, script))
        self.cards.insert(0, widget)
        self.cards_box.insertWidget(0, widget)
        for old in [c for c in self.cards if not c.leaving][MAX_CARDS:]:
            old.leave()
        self.empty.hide()
        self.badge.setText(f"● {kind_title(card.kind)}")
        self.badge.setVisible(self.collapsed)
        widget.slide_in()
        self.event_shown.emit(card)

    def _script_copied(self, card: CardEvent, script: ScriptOption) -> None:
        self.controller.script_copied(card, script.id, max(card.t, self._talk.now))

    @Slot(object)
    def expire_card(self, card: CardEvent) -> None:
        """The coach says the call has moved on: the card leaves on its own."""
        for widget in self.cards:
            if widget.card == card:
                widget.leave()

    @Slot(str)
    def snooze(self, kind: str) -> None:
        self._snoozed_until[kind] = time.monotonic() + SNOOZE_MINUTES * 60
        for widget in self.cards:
            if widget.card.kind == kind:
                widget.leave()

    @Slot(object)
    def _drop_card(self, widget: CardWidget) -> None:
        if widget in self.cards:
            self.cards.remove(widget)
        widget.deleteLater()
        if not self.cards:
            self.empty.show()
            self.badge.setText("")
            self.badge.hide()

    # ------------------------------------------------------------------------------ window geometry
    def _restore_geometry(self) -> None:
        saved = self.settings.geometry
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        if saved is not None and any(s.intersects(saved) for s in screens):
            self.setGeometry(saved)
            return
        width, height = DEFAULT_SIZE
        self.setGeometry(available.right() - width - 24, available.top() + 48, width, height)

    def _remember_geometry(self) -> None:
        if self._restoring:
            return
        rect = self.geometry()
        if self.collapsed:
            saved = self.settings.geometry
            rect.setHeight(saved.height() if saved else DEFAULT_SIZE[1])
        self.settings.geometry = rect

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._remember_geometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._remember_geometry()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_geometry()
        self.settings.sync()
        super().closeEvent(event)
