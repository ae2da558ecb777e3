"""The windows of the minutes after a call: its summary, opened as soon as it ends, and the history.

They never appear during a call on their own: the summary opens when a call the history kept has simply
ended (a call cut short by a lost headset leaves the overlay offering to reconnect instead), and the
history only when the rep asks for it. One summary window per call: reopening raises it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.session.history import HistoryService
from app.shared.errors import UserFacingError
from app.ui.history_window import HistoryWindow
from app.ui.settings import OverlaySettings
from app.ui.summary_window import PathChooser, SummaryWindow, ask_save_path
from app.ui.theme import palette_for
from app.ui.worker import CallController

__all__ = ["PostCallWindows"]


class PostCallWindows(QObject):
    """Opens, raises, re-themes and closes the summary and history windows."""

    summary_shown = Signal(object)
    """A :class:`SummaryWindow` was opened or raised."""
    history_shown = Signal(object)
    """The :class:`HistoryWindow` was opened or raised."""

    def __init__(
        self,
        history: HistoryService,
        controller: CallController,
        settings: OverlaySettings,
        ask_path: PathChooser = ask_save_path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self._controller = controller
        self._settings = settings
        self._ask_path = ask_path
        self.summaries: dict[int, SummaryWindow] = {}
        self.history_window: HistoryWindow | None = None
        worker = controller.worker
        for signal in (worker.preparing, worker.failed, worker.finished):
            signal.connect(self._call_changed, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def call_ended(self, error: str) -> None:
        """The overlay's call ended: show its summary if it simply ended and the history kept it."""
        record = self._controller.record
        if not error and record is not None:
            self.show_summary(record.call_id)

    def show_summary(self, call_id: int) -> SummaryWindow | None:
        window = self.summaries.get(call_id)
        if window is None:
            try:
                window = SummaryWindow(self.history, call_id, palette_for(self._settings.theme), self._ask_path)
            except UserFacingError as exc:  # deleted meanwhile, or the history became unreadable
                if self.history_window is not None:
                    self.history_window.count.setText(str(exc))
                return None
            window.destroyed.connect(lambda _=None, call_id=call_id: self.summaries.pop(call_id, None))
            self.summaries[call_id] = window
        self._raise(window)
        self.summary_shown.emit(window)
        return window

    def show_history(self) -> HistoryWindow:
        window = self.history_window
        if window is None:
            window = HistoryWindow(self.history, palette_for(self._settings.theme), lambda: self._controller.busy)
            window.summary_requested.connect(self.show_summary)
            window.deleted.connect(self._forget)
            self.history_window = window
        else:
            window.refresh()
        self._raise(window)
        self.history_shown.emit(window)
        return window

    @Slot()
    def apply_theme(self) -> None:
        palette = palette_for(self._settings.theme)
        windows: list[SummaryWindow | HistoryWindow] = list(self.summaries.values())
        if self.history_window is not None:
            windows.append(self.history_window)
        for window in windows:
            window.apply_palette(palette)

    def close_all(self) -> None:
        for window in list(self.summaries.values()):
            window.close()
        if self.history_window is not None:
            self.history_window.close()

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot(int)
    def _forget(self, call_id: int) -> None:
        """A deleted call's summary must not stay on screen."""
        window = self.summaries.pop(call_id, None)
        if window is not None:
            window.close()
            window.deleteLater()

    def _call_changed(self) -> None:
        """A call started or ended: the history lists it and allows deleting only between calls."""
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh()
