"""The summary of one call: what happened, where it stalled, and the follow-up to send and do.

It opens once a call has ended (or from the history), never during one, so it is an ordinary window that
may take focus. The minutes after a bad call decide whether the prospect is lost, so the follow-up plan
and the email sit beside the figures rather than below them: the rep edits the draft in place (every edit
is kept in the history), copies it, and exports the whole summary for the CRM or a manager.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.session.history import EXPORT_FORMATS, HistoryService
from app.shared.errors import UserFacingError
from app.summary import CallSummary
from app.summary.document import clock
from app.summary.report import Figure
from app.summary.timeline import Stall
from app.ui import clipboard
from app.ui.style import repolish
from app.ui.theme import Palette, window_stylesheet
from app.ui.wrapped_label import WrappedLabel

__all__ = ["PathChooser", "SummaryWindow", "ask_save_path"]

PathChooser = Callable[[QWidget, str, str], Path | None]
"""Asks where to save: (parent window, suggested file name, format name) → the chosen path or None."""
SAVE_DELAY_MS = 600
"""An email edit is saved once typing pauses this long (and on close), not on every key."""
FIGURE_COLUMNS = 4
LONG_VALUE = 22
"""A figure's value longer than this (the agreed next step, quoted) is set smaller so its tile stays a tile."""
DEFAULT_SIZE = (1040, 860)


def ask_save_path(parent: QWidget, suggested: str, format_name: str) -> Path | None:
    """The platform's save dialog, starting in the rep's documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suffix = Path(suggested).suffix
    chosen, _ = QFileDialog.getSaveFileName(
        parent, f"Export summary as {format_name}", str(Path(folder) / suggested), f"{format_name} (*{suffix})"
    )
    return Path(chosen) if chosen else None


def _day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B}"


def _label(text: str, name: str, *, wrap: bool = False) -> QLabel:
    label: QLabel = WrappedLabel(text) if wrap else QLabel(text)
    label.setObjectName(name)
    return label


def _set_tone(widget: QWidget, tone: str) -> None:
    widget.setProperty("tone", tone)
    repolish(widget)


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("section")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    layout.addWidget(_label(title.upper(), "sectionTitle"))
    return frame, layout


class _FigureTile(QFrame):
    """One headline figure with its benchmark; a figure off the benchmark is shown in the danger colour."""

    def __init__(self, figure: Figure) -> None:
        super().__init__()
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(3)
        self.label = _label(figure.label, "tileLabel")
        layout.addWidget(self.label)
        self.value = _label(figure.display, "tileValue", wrap=True)
        self.value.setProperty("off", "true" if figure.off_benchmark else "false")
        self.value.setProperty("long", "true" if len(figure.display) > LONG_VALUE else "false")
        layout.addWidget(self.value)
        benchmark = figure.benchmark.target if figure.benchmark else "No published benchmark"
        if figure.off_benchmark:
            benchmark = "Off benchmark: " + benchmark
        self.benchmark = _label(benchmark, "tileBenchmark", wrap=True)
        layout.addWidget(self.benchmark)
        layout.addStretch(1)


class _StallRow(QWidget):
    """One stall: when, what, the evidence, whether a card was shown and which scripts the rep used."""

    def __init__(self, stall: Stall) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        when = _label(clock(stall.t), "stallTime")
        when.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(_label(stall.label.upper(), "stallKind"))
        column.addWidget(_label(stall.evidence, "stallEvidence", wrap=True))
        if stall.card is None:
            note = "No card was shown."
        else:
            count = len(stall.card.scripts)
            note = f"Card shown with {count} script{'s' if count != 1 else ''}" + (
                "." if stall.scripts_used else "; none copied."
            )
        column.addWidget(_label(note, "stallNote", wrap=True))
        for used in stall.scripts_used:
            column.addWidget(_label(f"✓ You used: “{used.text}”", "stallUsed", wrap=True))
        row.addLayout(column, 1)


class SummaryWindow(QWidget):
    """The summary of call ``call_id``, read through ``history``."""

    def __init__(
        self,
        history: HistoryService,
        call_id: int,
        palette: Palette,
        ask_path: PathChooser = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("postCall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.history = history
        self.call_id = call_id
        self._ask_path = ask_path
        self.summary: CallSummary = history.summary(call_id)
        self._saved_draft = self.summary.follow_up.email.body
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_email)
        self.setWindowTitle(f"Call summary — {self.summary.started_at:%d %b %Y, %H:%M}")
        self._build()
        self.apply_palette(palette)
        self._fit_to_screen()

    # ------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        s = self.summary
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("scrollBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 4, 20, 20)
        column.setSpacing(14)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles = [_FigureTile(f) for f in s.figures]
        for i, tile in enumerate(self.tiles):
            grid.addWidget(tile, i // FIGURE_COLUMNS, i % FIGURE_COLUMNS)
        for c in range(FIGURE_COLUMNS):
            grid.setColumnStretch(c, 1)
        column.addLayout(grid)

        halves = QHBoxLayout()
        halves.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._timeline())
        left.addWidget(self._ending())
        left.addWidget(self._openers())
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self._plan())
        right.addWidget(self._email(), 1)
        halves.addLayout(left, 1)
        halves.addLayout(right, 1)
        column.addLayout(halves, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def _header(self) -> QWidget:
        s = self.summary
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 16, 20, 12)
        row.setSpacing(10)
        text = QVBoxLayout()
        text.setSpacing(2)
        started = s.started_at
        text.addWidget(_label(f"{started:%A} {started.day} {started:%B %Y}, {started:%H:%M}", "title"))
        duration = next((f.display for f in s.figures if f.key == "duration"), "")
        parts = [s.source, duration, f"{len(s.timeline)} stall{'s' if len(s.timeline) != 1 else ''}"]
        if s.status == "interrupted":
            parts.append("interrupted: the app stopped before the call ended")
        text.addWidget(_label(" · ".join(parts), "subtitle"))
        row.addLayout(text, 1)
        went_well = s.follow_up.went_well
        self.verdict = _label("Went well" if went_well else "Went badly", "chip")
        self.verdict.setToolTip("Because " + ", ".join(s.follow_up.reasons) + ".")
        _set_tone(self.verdict, "good" if went_well else "bad")
        row.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(8)
        self.export_buttons: dict[str, QPushButton] = {}
        for suffix in (".md", ".html"):
            name = EXPORT_FORMATS[suffix][0]
            button = QPushButton(f"Export {name}…")
            button.setToolTip(f"Save this summary as a {name} file")
            button.clicked.connect(lambda checked=False, suffix=suffix: self.export(suffix))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.export_buttons[suffix] = button
        return header

    def _timeline(self) -> QFrame:
        frame, layout = _section("Where it stalled")
        if not self.summary.timeline:
            layout.addWidget(_label("No stalls: the conversation kept moving.", "faint"))
        for i, stall in enumerate(self.summary.timeline):
            if i:
                rule = QFrame()
                rule.setObjectName("rule")
                layout.addWidget(rule)
            layout.addWidget(_StallRow(stall))
        return frame

    def _ending(self) -> QFrame:
        frame, layout = _section("How it ended")
        ending = self.summary.ending
        if ending.next_step:
            text = f"A next step was agreed: “{ending.evidence}”"
        elif ending.evidence:
            text = f"No next step: the prospect closed it with “{ending.evidence}”"
        else:
            text = "No concrete next step was agreed."
        self.ending_label = _label(text, "body", wrap=True)
        layout.addWidget(self.ending_label)
        return frame

    def _openers(self) -> QFrame:
        frame, layout = _section("Openers to avoid next time")
        for opener in self.summary.follow_up.openers_to_avoid:
            layout.addWidget(_label(f"•  {opener}", "body", wrap=True))
        return frame

    def _plan(self) -> QFrame:
        plan = self.summary.follow_up
        frame, layout = _section("Follow-up plan")
        step = QFrame()
        step.setObjectName("nextStep")
        inner = QVBoxLayout(step)
        inner.setContentsMargins(12, 8, 12, 10)
        inner.setSpacing(3)
        self.due = _label(f"NEXT STEP · BY {_day(plan.due).upper()}", "nextStepDue")
        inner.addWidget(self.due)
        inner.addWidget(_label(plan.next_step, "nextStepText", wrap=True))
        layout.addWidget(step)
        layout.addWidget(_label(f"Why: {', '.join(plan.reasons)}.", "faint", wrap=True))
        return frame

    def _email(self) -> QFrame:
        email = self.summary.follow_up.email
        title = "Apology email draft" if email.tone == "apology" else "Recap email draft"
        frame, layout = _section(title)
        self.subject = QLineEdit(email.subject)
        self.subject.setReadOnly(True)
        self.subject.setToolTip("Subject line")
        layout.addWidget(self.subject)
        self.editor = QPlainTextEdit(email.body)
        self.editor.setMinimumHeight(220)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.editor.textChanged.connect(self._on_edited)
        layout.addWidget(self.editor, 1)
        actions = QHBoxLayout()
        self.status = _label("Fill in the [placeholders], then copy it into your email.", "faint")
        self.status.setObjectName("status")
        self.copy_button = QPushButton("Copy email")
        self.copy_button.setObjectName("primary")
        self.copy_button.setToolTip("Copy the email text to the clipboard")
        self.copy_button.clicked.connect(self.copy_email)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.copy_button)
        layout.addLayout(actions)
        return frame

    def apply_palette(self, palette: Palette) -> None:
        self.setStyleSheet(window_stylesheet(palette))

    def _fit_to_screen(self) -> None:
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, int(room.width() * 0.92)), min(height, int(room.height() * 0.92))
        self.resize(width, height)

    # ----------------------------------------------------------------------------------------- actions
    def _on_edited(self) -> None:
        self._say("Editing…", "")
        self._save_timer.start()

    def save_email(self) -> None:
        """Keep the rep's edit of the draft in the history (shown instead of the generated draft from then on)."""
        self._save_timer.stop()
        body = self.editor.toPlainText()
        if body == self._saved_draft:
            return
        try:
            self.history.save_email_draft(self.call_id, body)
        except UserFacingError as exc:
            self._say(f"Not saved: {exc}", "bad")
            return
        self._saved_draft = body
        self._say("Saved ✓", "good")

    def copy_email(self) -> None:
        if clipboard.copy_text(self.editor.toPlainText()):
            self._say("Email copied ✓ — the subject is above it.", "good")
        else:
            self._say("Couldn't reach the clipboard: select the text and copy it by hand.", "bad")

    def export(self, suffix: str) -> Path | None:
        """Ask where, then write the summary (with the edited email) as ``suffix``; returns the file written."""
        self.save_email()
        name, _ = EXPORT_FORMATS[suffix]
        suggested = f"call-{self.call_id}-{self.summary.started_at:%Y-%m-%d}{suffix}"
        path = self._ask_path(self, suggested, name)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(suffix)
        try:
            written = self.history.export(self.call_id, path)
        except UserFacingError as exc:
            self._say(str(exc), "bad")
            return None
        self._say(f"Exported to {written.name} ✓", "good")
        self.status.setToolTip(str(written))
        return written

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        _set_tone(self.status, tone)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_email()
        super().closeEvent(event)
