"""The tray icon: the overlay's main controls where the desktop has a tray, for when the window is hidden,
and the way to the call history."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.ui.overlay import OverlayWindow

__all__ = ["OverlayTray", "app_icon"]


def app_icon() -> QIcon:
    """A round blue "R" drawn at run time (no image files to ship or lose)."""
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2F6BEA"))
        painter.drawEllipse(QRectF(0, 0, size, size))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.6))
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "R")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class OverlayTray(QObject):
    """Show/hide, start/stop, collapse, history and quit from the tray; labels follow the window's state.

    "Call history" is there when the history is kept (the window says so); it asks the window for it.
    """

    def __init__(self, window: OverlayWindow, history: bool = False) -> None:
        super().__init__(window)
        self._window = window
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip("Reset Button")
        menu = QMenu()
        self.show_action = QAction("Hide window", menu)
        self.call_action = QAction("Start call", menu)
        self.collapse_action = QAction("Collapse", menu)
        quit_action = QAction("Quit", menu)
        self.show_action.triggered.connect(self._toggle_window)
        self.call_action.triggered.connect(window.toggle_call)
        self.collapse_action.triggered.connect(lambda: window.set_collapsed(not window.collapsed))
        quit_action.triggered.connect(window.quit_requested.emit)
        for action in (self.show_action, self.call_action, self.collapse_action):
            menu.addAction(action)
        self.history_action = QAction("Call history", menu)
        self.history_action.triggered.connect(window.history_requested.emit)
        if history:
            menu.addAction(self.history_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        menu.aboutToShow.connect(self._refresh)
        self._menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.show()

    def _refresh(self) -> None:
        self.show_action.setText("Hide window" if self._window.isVisible() else "Show window")
        self.call_action.setText("Stop call" if self._window.controller.busy else "Start call")
        self.collapse_action.setText("Expand" if self._window.collapsed else "Collapse")

    def _toggle_window(self) -> None:
        self._window.setVisible(not self._window.isVisible())

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._toggle_window()
