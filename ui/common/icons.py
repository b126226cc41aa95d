"""Every icon of the window named once by what it means: `icon("print")`, `icon("members")`.

The glyphs are Material Design Icons 6 as qtawesome ships them ("mdi6.*"). qtawesome's own Python API
costs about 130 ms on the first paint (it star-imports Qt through qtpy and loads a dozen fonts), so
this module reads only the one font and charmap from qtawesome's package folder (found without
importing it), about 8 ms, on the first `icon()` call. The glyph is drawn at paint time in the
application palette's text colour (highlighted text when selected, the disabled colour when
disabled), so every icon already shown follows a light/dark switch. If the font cannot be loaded,
`icon()` returns an empty QIcon: a window without icons, never a crash.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

log = logging.getLogger(__name__)

# meaning -> Material Design Icons 6 glyph name (https://pictogrammers.com/library/mdi/)
GLYPHS = {
    # the navigation
    "today": "calendar-today",
    "members": "account-group",
    "structure": "sitemap",
    "events": "calendar-multiple",
    "outputs": "book-open-page-variant",
    "health": "heart-pulse",
    # actions
    "new_member": "account-plus",
    "new_event": "calendar-plus",
    "new_unit": "file-tree",
    "new_output": "file-document-plus",
    "import": "tray-arrow-down",
    "export": "tray-arrow-up",
    "print": "printer",
    "print_plan": "printer",
    "pdf": "file-pdf-box",
    "signin": "clipboard-text",
    "checkin": "door-open",
    "guests": "account-multiple-check",
    "plan": "clipboard-list-outline",
    "undo": "undo",
    "redo": "redo",
    "history": "history",
    "backup": "backup-restore",
    "search": "magnify",
    "edit": "pencil",
    "delete": "delete",
    "tag": "tag-plus",
    "zoom_in": "magnify-plus-outline",
    "zoom_out": "magnify-minus-outline",
    "fit": "fit-to-page-outline",
    "settings": "cog",
    "help": "help-circle-outline",
    "certificate": "certificate",
}
SCALE = 0.92  # the glyph's height in the icon's square

_font: tuple[str, dict[str, str]] | None = None  # (family, name -> character) once loaded
_failed = False
_icons: dict[str, QIcon] = {}
_pixmaps: dict[tuple, QPixmap] = {}


def icon(meaning: str) -> QIcon:
    """The icon for `meaning` (a key of GLYPHS; another key is a programming error: KeyError)."""
    name = GLYPHS[meaning]
    if meaning in _icons:
        return _icons[meaning]
    loaded = _load()
    if loaded is None or name not in loaded[1]:
        return QIcon()
    _icons[meaning] = QIcon(GlyphEngine(loaded[0], loaded[1][name]))
    return _icons[meaning]


def available() -> bool:
    """Whether the icon font loaded (False: every icon() is empty)."""
    return _load() is not None


def _font_folders() -> list[Path]:
    """qtawesome's fonts folder: in the installed package (found without running its __init__), or in
    a PyInstaller bundle, where build.spec ships just this font (the package is never imported)."""
    spec = importlib.util.find_spec("qtawesome")
    folders = [Path(p) / "fonts" for p in (spec.submodule_search_locations or [])] if spec else []
    if bundle := getattr(sys, "_MEIPASS", None):
        folders.append(Path(bundle) / "qtawesome" / "fonts")
    return folders


def _font_files() -> tuple[Path, Path]:
    found = [f for folder in _font_folders() for f in folder.glob("materialdesignicons6-webfont-*.ttf")]
    if not found:
        raise FileNotFoundError("the Material Design Icons 6 font of qtawesome is not installed")
    ttf = max(found)
    return ttf, ttf.with_name(ttf.name.replace("-webfont-", "-webfont-charmap-")).with_suffix(".json")


def _load() -> tuple[str, dict[str, str]] | None:
    global _font, _failed
    if _font is None and not _failed and QGuiApplication.instance() is not None:
        try:
            ttf, charmap = _font_files()
            font_id = QFontDatabase.addApplicationFont(str(ttf))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                raise OSError(f"Qt could not load {ttf.name}")
            codes = json.loads(charmap.read_text(encoding="utf-8"))
            _font = (families[0], {name: chr(int(code, 16)) for name, code in codes.items()})
        except (OSError, ValueError) as exc:
            log.warning("icons disabled: %s", exc)
            _failed = True
    return _font


def colour(mode: QIcon.Mode) -> QColor:
    """The palette colour a glyph is drawn in for `mode`."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)


class GlyphEngine(QIconEngine):
    """One glyph of the icon font, tinted when painted (not when created)."""

    def __init__(self, family: str, char: str) -> None:
        super().__init__()
        self.family, self.char = family, char

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * SCALE)))
        painter.save()
        painter.setFont(font)
        painter.setPen(colour(mode))
        painter.drawText(QRectF(rect), Qt.AlignmentFlag.AlignCenter, self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        key = (self.char, size.width(), size.height(), scale, colour(mode).rgba())
        if key not in _pixmaps:
            if len(_pixmaps) > 1000:  # palette switches leave old colours behind
                _pixmaps.clear()
            pm = QPixmap(size * scale)
            pm.setDevicePixelRatio(scale)
            pm.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pm)
            self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
            painter.end()
            _pixmaps[key] = pm
        return _pixmaps[key]

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.char)

    def isNull(self) -> bool:  # noqa: N802
        return False
