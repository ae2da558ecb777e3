"""The call history: every past call, searchable by what was said, filterable by how it stalled.

From here the rep reopens any call's summary or deletes a call for good. Deleting asks first, in the
window itself, and is only possible between calls: a confirmation must never pop up while the rep is
talking, and the call being recorded is not the rep's to erase half-way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.session.history import CallRow, HistoryService
from app.shared.errors import UserFacingError
from app.summary.document import clock
from app.ui.theme import Palette, window_stylesheet
from app.ui.wrapped_label import WrappedLabel

__all__ = ["ALL_SIGNALS", "HistoryWindow"]

ALL_SIGNALS = "All signals"
COLUMNS = ("When", "Length", "Call", "Signals")
SIGNALS_COLUMN = 3
NO_SIGNALS = "—"
DURING_CALL = "Calls can be deleted once this call has ended."


def _when(row: CallRow) -> str:
    started = row.started_at
    return f"{started:%a} {started.day} {started:%b %Y}, {started:%H:%M}"


class HistoryWindow(QWidget):
    """Past calls from ``history``; ``call_running`` says whether a call is on right now."""

    summary_requested = Signal(int)
    """The rep asked to reopen the summary of this call."""
    deleted = Signal(int)
    """This call was deleted for good."""

    def __init__(
        self,
        history: HistoryService,
        palette: Palette,
        call_running: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("postCall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle("Call history — Reset Button")
        self.history = history
        self._call_running = call_running
        self.rows: list[CallRow] = []
        self._build()
        self.apply_palette(palette)
        self.resize(860, 560)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(10)
        title = QLabel("Call history")
        title.setObjectName("title")
        top.addWidget(title)
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search what was said…")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.refresh)
        self.signal = QComboBox()
        self.signal.addItem(ALL_SIGNALS, None)
        for label in self.history.signal_labels():
            self.signal.addItem(label, label)
        self.signal.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.search)
        top.addWidget(self.signal)
        layout.addLayout(top)

        self.table = QTreeWidget()
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.itemActivated.connect(lambda item, column: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel("")
        self.empty.setObjectName("faint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)

        self.confirm = QFrame()
        self.confirm.setObjectName("confirm")
        confirm = QHBoxLayout(self.confirm)
        confirm.setContentsMargins(12, 8, 8, 8)
        self.confirm_text = WrappedLabel("")
        self.confirm_delete = QPushButton("Delete for good")
        self.confirm_delete.setObjectName("danger")
        self.confirm_delete.clicked.connect(self.delete_selected)
        keep = QPushButton("Keep it")
        keep.clicked.connect(self.confirm.hide)
        confirm.addWidget(self.confirm_text, 1)
        confirm.addWidget(keep)
        confirm.addWidget(self.confirm_delete)
        self.confirm.hide()
        layout.addWidget(self.confirm)

        bottom = QHBoxLayout()
        self.count = QLabel("")
        self.count.setObjectName("faint")
        self.delete_button = QPushButton("Delete…")
        self.delete_button.clicked.connect(self.ask_delete)
        self.open_button = QPushButton("Open summary")
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_selected)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    def apply_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.setStyleSheet(window_stylesheet(palette))
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None:
                self._color(item)

    def _color(self, item: QTreeWidgetItem) -> None:
        """Signals in the card colour, so a column of stalls reads at a glance; "—" stays quiet."""
        stalled = item.text(SIGNALS_COLUMN) != NO_SIGNALS
        color = self._palette.card_accent if stalled else self._palette.faint
        item.setForeground(SIGNALS_COLUMN, QColor(color))

    # ------------------------------------------------------------------------------------------ listing
    def refresh(self) -> None:
        """Re-read the history with the current search and filter, keeping the selected call selected."""
        selected = self.selected_call()
        signal = self.signal.currentData()
        self.rows = self.history.calls(self.search.text(), signal)
        self.table.clear()
        for row in self.rows:
            title = row.title if row.status != "interrupted" else f"{row.title}  (interrupted)"
            item = QTreeWidgetItem([_when(row), clock(row.duration), title, " · ".join(row.signals) or NO_SIGNALS])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self._color(item)
            item.setToolTip(2, f"{row.source}\n{row.title}")
            self.table.addTopLevelItem(item)
            if row.id == selected:
                item.setSelected(True)
        if self.table.topLevelItemCount() and not self.table.selectedItems():
            first = self.table.topLevelItem(0)
            if first is not None:
                first.setSelected(True)
        filtered = bool(self.search.text().strip()) or signal is not None
        if self.rows:
            self.empty.hide()
        else:
            self.empty.setText(
                "No call matches." if filtered else "No calls yet: calls you take with the coach appear here."
            )
            self.empty.show()
        self.count.setText(f"{len(self.rows)} call{'s' if len(self.rows) != 1 else ''}")
        self._update_actions()

    def selected_call(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def select_call(self, call_id: int) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None:
                item.setSelected(int(item.data(0, Qt.ItemDataRole.UserRole)) == call_id)

    def _update_actions(self) -> None:
        """Open needs a selection; delete also needs the line to be quiet (no confirmation during a call)."""
        chosen = self.selected_call() is not None
        running = self._call_running()
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and not running)
        self.delete_button.setToolTip(DURING_CALL if running else "Delete the selected call and all its data")
        if running or not chosen:
            self.confirm.hide()

    # ------------------------------------------------------------------------------------------ actions
    def open_selected(self) -> None:
        call_id = self.selected_call()
        if call_id is not None:
            self.summary_requested.emit(call_id)

    def ask_delete(self) -> None:
        """Show the confirmation in the window (never during a call)."""
        call_id = self.selected_call()
        if call_id is None or self._call_running():
            return
        row = next(r for r in self.rows if r.id == call_id)
        self.confirm_text.setText(
            f"Delete the call of {_when(row)} for good? Its transcript, cards, summary and email draft are "
            "erased from this computer and cannot be recovered."
        )
        self.confirm.show()

    def delete_selected(self) -> None:
        """Delete the selected call; only from the confirmation, and not while a call is on."""
        call_id = self.selected_call()
        self.confirm.hide()
        if call_id is None or self._call_running():
            return
        try:
            self.history.delete(call_id)
        except UserFacingError as exc:
            self.count.setText(str(exc))
            return
        self.deleted.emit(call_id)
        self.refresh()
