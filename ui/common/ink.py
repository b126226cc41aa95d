"""Text colours that stay readable on the light and the dark palette (ui.shell.palette).

Instead of a fixed `color: #555` (nearly invisible on a dark window) a widget asks for the meaning:
`ink.muted()`, `ink.alert()`, `ink.warn()` give a CSS colour for the palette in use; a row tinted with a
fixed light background (BackgroundRole) also returns `ink.on(background)` as its ForegroundRole, so
its text is dark whatever the palette. Read them when drawing or filling (not once at import), so a
light/dark switch is followed at the next refresh. Printouts are paper: they keep their own colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MUTED = ("#555555", "#a8a8a8")  # (on a light palette, on a dark one)
ALERT = ("#b00020", "#ff7070")
WARN = ("#9a5b00", "#e8a848")
GOOD = ("#2e7d32", "#81c784")


def dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if dark() else pair[0]


def muted() -> str:
    """Secondary text: notes, evidence, counts."""
    return _pick(MUTED)


def alert() -> str:
    """Errors, over capacity, stalled."""
    return _pick(ALERT)


def warn() -> str:
    return _pick(WARN)


def good() -> str:
    return _pick(GOOD)


def on(background: QColor | str) -> QColor:
    """Text colour for a cell painted `background` (a fixed tint stays light on a dark palette)."""
    return QColor("#1a1a1a") if QColor(background).lightness() >= 128 else QColor("#f0f0f0")
