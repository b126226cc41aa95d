"""Follow the system's light/dark choice.

Where the platform theme draws dark itself (Windows 11, macOS, a desktop with the colour-scheme
portal) the palette it gives is already dark and nothing is changed. Where the scheme is Dark but the
palette stayed light (Linux without a platform theme, the windowsvista style), Fusion is used with the
dark palette below; back to Light, the platform's palette and the style from before come back. Icons from
ui.common.icons are tinted when painted, so they follow without being set again.
BEEHIVE_COLOR_SCHEME=light|dark forces a scheme (screenshots, tests).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
DARK = {  # role: (active and inactive, disabled)
    QPalette.ColorRole.Window: ("#2d2d2d", "#2d2d2d"),
    QPalette.ColorRole.WindowText: ("#e6e6e6", "#7a7a7a"),
    QPalette.ColorRole.Base: ("#1e1e1e", "#262626"),
    QPalette.ColorRole.AlternateBase: ("#282828", "#282828"),
    QPalette.ColorRole.ToolTipBase: ("#3a3a3a", "#3a3a3a"),
    QPalette.ColorRole.ToolTipText: ("#f0f0f0", "#7a7a7a"),
    QPalette.ColorRole.PlaceholderText: ("#8c8c8c", "#5f5f5f"),
    QPalette.ColorRole.Text: ("#e6e6e6", "#7a7a7a"),
    QPalette.ColorRole.Button: ("#363636", "#303030"),
    QPalette.ColorRole.ButtonText: ("#e6e6e6", "#7a7a7a"),
    QPalette.ColorRole.BrightText: ("#ff6b6b", "#ff6b6b"),
    QPalette.ColorRole.Light: ("#4d4d4d", "#4d4d4d"),
    QPalette.ColorRole.Midlight: ("#404040", "#404040"),
    QPalette.ColorRole.Mid: ("#2a2a2a", "#2a2a2a"),
    QPalette.ColorRole.Dark: ("#1a1a1a", "#1a1a1a"),
    QPalette.ColorRole.Shadow: ("#000000", "#000000"),
    QPalette.ColorRole.Highlight: ("#3574c4", "#404040"),
    QPalette.ColorRole.HighlightedText: ("#ffffff", "#9a9a9a"),
    QPalette.ColorRole.Link: ("#6cb4ff", "#6c8aa8"),
    QPalette.ColorRole.LinkVisited: ("#b48cff", "#8a78a8"),
}
_before: str | None = None  # the style before ours, while our dark palette is on


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, (normal, disabled) in DARK.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def follow_system(app: QApplication, forced: str | None = None) -> Qt.ColorScheme:
    """Apply the system's scheme now and whenever it changes; `forced` ("light"/"dark", else the
    environment's BEEHIVE_COLOR_SCHEME) fixes one instead. Returns the scheme applied."""
    forced = (forced or os.environ.get("BEEHIVE_COLOR_SCHEME", "")).lower() or None
    hints = app.styleHints()
    if forced in SCHEMES:
        if hasattr(hints, "setColorScheme"):  # Qt 6.8: native styles that can draw dark do so
            hints.setColorScheme(SCHEMES[forced])
        apply(app, SCHEMES[forced])
        return SCHEMES[forced]
    if not hasattr(hints, "colorScheme"):  # Qt before 6.5: the platform's palette as it is
        return Qt.ColorScheme.Unknown
    hints.colorSchemeChanged.connect(lambda scheme: apply(app, scheme))
    apply(app, hints.colorScheme())
    return hints.colorScheme()


def apply(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Dark: our palette on Fusion unless the platform's palette is dark already. Otherwise: undo ours."""
    global _before
    if scheme == Qt.ColorScheme.Dark:
        if _before is None and not is_dark(app.palette()):
            _before = app.style().name()
            if app.style().name().lower() != "fusion":  # the native styles ignore a palette
                app.setStyle("Fusion")
            app.setPalette(dark_palette())
    elif _before is not None:
        style, _before = _before, None
        if app.style().name().lower() != style.lower():
            app.setStyle(style)
        app.setPalette(QPalette())  # no role set: the platform's palette again, following it from now on
