"""Colours and the style sheets of the overlay and the after-call windows, light and dark.

The window sits beside a video call for an hour: it must read at a glance in either desktop theme without
glaring. Every colour lives in one :class:`Palette` so the widgets that paint themselves (meters, the talk
ratio, the status dot) and the style sheet agree; "auto" follows the desktop's colour scheme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.shared.paths import REPO_ROOT

__all__ = ["DARK", "LIGHT", "Palette", "ThemeChoice", "palette_for", "stylesheet", "window_stylesheet"]

ThemeChoice = Literal["auto", "light", "dark"]


_CHEVRON = (REPO_ROOT / "assets" / "ui" / "chevron-down.svg").as_posix()
_COMBO_ARROW = (
    "QComboBox::drop-down { border: none; width: 20px; }\n"
    f'QComboBox::down-arrow {{ image: url("{_CHEVRON}"); width: 10px; height: 10px; }}'
)
"""A plain chevron for every combo box: with a style sheet Qt otherwise draws no arrow (or a boxed one)."""


@dataclass(frozen=True)
class Palette:
    """One theme's colours (``#rrggbb``), named by role rather than by hue."""

    name: str
    window: str
    surface: str
    raised: str
    border: str
    text: str
    muted: str
    faint: str
    rep: str
    prospect: str
    card_accent: str
    card_surface: str
    ok: str
    danger: str
    danger_surface: str
    track: str
    selection: str
    """A selected row: the rep's blue, faded into the window."""
    on_accent: str
    """Text on a filled accent (the blue primary button, the red delete)."""


LIGHT = Palette(
    name="light",
    window="#FBFBFC",
    surface="#F1F3F6",
    raised="#FFFFFF",
    border="#D8DCE3",
    text="#161A21",
    muted="#545C69",
    faint="#8A919C",
    rep="#2F6BEA",
    prospect="#0C8A62",
    card_accent="#D97706",
    card_surface="#FFF8EC",
    ok="#15803D",
    danger="#C62828",
    danger_surface="#FDECEC",
    track="#E3E6EB",
    selection="#DCE6FB",
    on_accent="#FFFFFF",
)

DARK = Palette(
    name="dark",
    window="#15171C",
    surface="#1D2027",
    raised="#252933",
    border="#323744",
    text="#ECEEF2",
    muted="#A4ABB7",
    faint="#6E7582",
    rep="#6C9BFF",
    prospect="#3CCB95",
    card_accent="#F5A524",
    card_surface="#2A251B",
    ok="#4ADE80",
    danger="#FF6B6B",
    danger_surface="#3A2024",
    track="#2C313C",
    selection="#25334F",
    on_accent="#10131A",
)


def palette_for(choice: ThemeChoice) -> Palette:
    """The palette for a user's choice; ``auto`` asks the desktop (Qt 6.5+), light when it cannot tell."""
    if choice == "light":
        return LIGHT
    if choice == "dark":
        return DARK
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def stylesheet(p: Palette) -> str:
    """The overlay's style sheet; sizes in points so QT_SCALE_FACTOR and high-DPI screens scale it."""
    return f"""
    QWidget#overlay {{ background: {p.window}; }}
    QFrame#frame {{ background: {p.window}; border: 1px solid {p.border}; }}
    QWidget#header {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
    QLabel {{ color: {p.text}; background: transparent; }}
    QLabel#status {{ font-weight: 600; font-size: 9pt; }}
    QLabel#timer {{ color: {p.muted}; font-size: 9pt; font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; }}
    QLabel#badge {{ color: {p.card_accent}; font-weight: 600; font-size: 9pt; }}
    QLabel#sideName {{ font-size: 7.5pt; font-weight: 700; }}
    QLabel#sideName[channel="rep"] {{ color: {p.rep}; }}
    QLabel#sideName[channel="prospect"] {{ color: {p.prospect}; }}
    QLabel#line {{ font-size: 10pt; color: {p.text}; }}
    QLabel#ratioText {{ font-size: 8pt; color: {p.muted}; }}
    QLabel#empty {{ color: {p.faint}; font-size: 9pt; }}
    QLabel#fieldLabel {{ color: {p.muted}; font-size: 8pt; font-weight: 600; }}
    QLabel#note {{ color: {p.faint}; font-size: 8pt; }}

    QToolButton {{
        color: {p.muted}; background: transparent; border: none; border-radius: 4px;
        padding: 2px 6px; font-size: 10pt;
    }}
    QToolButton:hover {{ background: {p.raised}; color: {p.text}; }}
    QToolButton#primary {{ color: {p.text}; border: 1px solid {p.border}; font-size: 8.5pt; font-weight: 600; padding: 2px 8px; }}
    QToolButton#primary:hover {{ border-color: {p.muted}; }}

    QFrame#card {{ background: {p.card_surface}; border: 1px solid {p.border}; border-left: 3px solid {p.card_accent}; border-radius: 6px; }}
    QLabel#cardKind {{ color: {p.card_accent}; font-size: 8pt; font-weight: 700; }}
    QLabel#cardTime {{ color: {p.faint}; font-size: 8pt; }}
    QLabel#evidence {{ color: {p.muted}; font-size: 9pt; font-style: italic; }}
    QLabel#cardNote {{ color: {p.danger}; font-size: 8.5pt; }}
    QToolButton#cardAction {{ font-size: 8pt; color: {p.faint}; padding: 1px 5px; }}
    QToolButton#cardAction:hover {{ color: {p.text}; }}
    QFrame#script {{ background: {p.raised}; border: 1px solid {p.border}; border-radius: 5px; }}
    QFrame#script:hover {{ border-color: {p.card_accent}; }}
    QFrame#script[copied="true"] {{ border-color: {p.ok}; }}
    QLabel#scriptTitle {{ color: {p.muted}; font-size: 7.5pt; font-weight: 700; }}
    QLabel#scriptTitle[copied="true"] {{ color: {p.ok}; }}
    QLabel#scriptText {{ color: {p.text}; font-size: 10pt; }}

    QFrame#banner {{ background: {p.danger_surface}; border: 1px solid {p.danger}; border-radius: 6px; }}
    QFrame#banner[kind="info"] {{ background: {p.surface}; border: 1px solid {p.border}; border-left: 3px solid {p.rep}; }}
    QLabel#bannerText {{ color: {p.text}; font-size: 9pt; }}
    QFrame#banner QToolButton {{ color: {p.text}; border: 1px solid {p.border}; background: {p.raised}; font-size: 8.5pt; font-weight: 600; padding: 3px 8px; }}
    QFrame#banner QToolButton:hover {{ border-color: {p.text}; }}

    QFrame#panel {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px; }}
    QComboBox {{
        color: {p.text}; background: {p.raised}; border: 1px solid {p.border}; border-radius: 4px;
        padding: 3px 8px; font-size: 9pt;
    }}
    QProgressBar#busy {{ background: {p.track}; border: none; }}
    QProgressBar#busy::chunk {{ background: {p.rep}; }}
    QComboBox QAbstractItemView {{ color: {p.text}; background: {p.raised}; selection-background-color: {p.surface}; selection-color: {p.text}; }}
    {_COMBO_ARROW}
    QToolTip {{ color: {p.text}; background: {p.raised}; border: 1px solid {p.border}; }}
    QCheckBox {{ color: {p.text}; font-size: 8.5pt; spacing: 6px; }}
    """


def window_stylesheet(p: Palette) -> str:
    """The summary and history windows: read at a desk after the call, so roomier type than the overlay."""
    mono = '"DejaVu Sans Mono", "Menlo", "Consolas", monospace'
    return f"""
    QWidget#postCall {{ background: {p.window}; }}
    QLabel {{ color: {p.text}; background: transparent; font-size: 9.5pt; }}
    QScrollArea, QWidget#scrollBody {{ background: {p.window}; border: none; }}
    QLabel#title {{ font-size: 15pt; font-weight: 700; }}
    QLabel#subtitle {{ color: {p.muted}; }}
    QLabel#sectionTitle {{ color: {p.muted}; font-size: 8pt; font-weight: 700; }}
    QLabel#faint {{ color: {p.faint}; font-size: 8.5pt; }}
    QLabel#chip {{ border-radius: 8px; padding: 3px 10px; font-size: 8.5pt; font-weight: 700; }}
    QLabel#chip[tone="good"] {{ color: {p.ok}; border: 1px solid {p.ok}; }}
    QLabel#chip[tone="bad"] {{ color: {p.danger}; border: 1px solid {p.danger}; }}
    QLabel#status {{ color: {p.faint}; font-size: 8.5pt; }}
    QLabel#status[tone="good"] {{ color: {p.ok}; }}
    QLabel#status[tone="bad"] {{ color: {p.danger}; }}

    QFrame#tile, QFrame#section {{ background: {p.raised}; border: 1px solid {p.border}; border-radius: 8px; }}
    QLabel#tileLabel {{ color: {p.muted}; font-size: 8pt; font-weight: 600; }}
    QLabel#tileValue {{ font-size: 13pt; font-weight: 600; }}
    QLabel#tileValue[long="true"] {{ font-size: 10.5pt; }}
    QLabel#tileValue[off="true"] {{ color: {p.danger}; }}
    QLabel#tileBenchmark {{ color: {p.faint}; font-size: 8pt; }}

    QLabel#stallTime {{ color: {p.muted}; font-family: {mono}; font-size: 9pt; }}
    QLabel#stallKind {{ color: {p.card_accent}; font-size: 8.5pt; font-weight: 700; }}
    QLabel#stallNote {{ color: {p.faint}; font-size: 8.5pt; }}
    QLabel#stallUsed {{ color: {p.ok}; font-size: 9pt; }}
    QFrame#rule {{ background: {p.border}; border: none; max-height: 1px; }}
    QFrame#nextStep {{ background: {p.card_surface}; border: 1px solid {p.border}; border-left: 3px solid {p.card_accent}; border-radius: 6px; }}
    QLabel#nextStepDue {{ color: {p.card_accent}; font-size: 8.5pt; font-weight: 700; }}
    QLabel#nextStepText {{ font-size: 10.5pt; }}

    QLineEdit, QPlainTextEdit {{
        color: {p.text}; background: {p.window}; border: 1px solid {p.border}; border-radius: 6px;
        padding: 5px 8px; font-size: 10pt; selection-background-color: {p.rep}; selection-color: {p.on_accent};
    }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {p.rep}; }}
    QPushButton {{
        color: {p.text}; background: {p.raised}; border: 1px solid {p.border}; border-radius: 6px;
        padding: 5px 12px; font-size: 9pt; font-weight: 600;
    }}
    QPushButton:hover {{ border-color: {p.muted}; }}
    QPushButton:disabled {{ color: {p.faint}; border-color: {p.track}; }}
    QPushButton#primary {{ color: {p.on_accent}; background: {p.rep}; border-color: {p.rep}; }}
    QPushButton#primary:disabled {{ background: {p.track}; border-color: {p.track}; color: {p.faint}; }}
    QPushButton#danger {{ color: {p.on_accent}; background: {p.danger}; border-color: {p.danger}; }}
    QComboBox {{
        color: {p.text}; background: {p.raised}; border: 1px solid {p.border}; border-radius: 6px;
        padding: 4px 10px; font-size: 9pt;
    }}
    QComboBox QAbstractItemView {{ color: {p.text}; background: {p.raised}; selection-background-color: {p.selection}; selection-color: {p.text}; }}
    {_COMBO_ARROW}

    QTreeWidget {{
        color: {p.text}; background: {p.raised}; alternate-background-color: {p.surface};
        border: 1px solid {p.border}; border-radius: 8px; font-size: 9.5pt; outline: none;
    }}
    QTreeWidget::item {{ padding: 7px 6px; border: none; }}
    QTreeWidget::item:selected {{ background: {p.selection}; color: {p.text}; }}
    QHeaderView::section {{
        color: {p.muted}; background: {p.surface}; border: none; border-bottom: 1px solid {p.border};
        padding: 6px 8px; font-size: 8.5pt; font-weight: 700;
    }}
    QFrame#confirm {{ background: {p.danger_surface}; border: 1px solid {p.danger}; border-radius: 6px; }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
    QScrollBar::handle:vertical {{ background: {p.track}; border-radius: 4px; min-height: 30px; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QToolTip {{ color: {p.text}; background: {p.raised}; border: 1px solid {p.border}; }}
    """
