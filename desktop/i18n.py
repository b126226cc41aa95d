"""Translation helpers for code outside QObject classes, and loading the catalogs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Same arguments as QCoreApplication.translate, so lupdate reads the calls."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    return text


def catalog_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "resources" / "translations"


def pick_language(requested: str | None) -> str:
    if requested:
        return requested
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


_installed: list[QTranslator] = []


def current_language() -> str:
    """The interface language of the installed catalog: "en", "zh_CN" ("en" before any is installed)."""
    return (_installed[0].language() or "en") if _installed else "en"


def install_for_console(language: str | None) -> QCoreApplication:
    """A command line's translations: the running Qt application (or a console one), its catalog loaded."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install(app, pick_language(language))
    return app


def install(app: QCoreApplication, language: str) -> bool:
    """Install the catalog for `language` (English has one too, for its plural forms)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    if not translator.load(str(catalog_dir() / f"beehive_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    qt_own = QTranslator(app)  # Qt's own words: OK/Cancel, context menus, the print preview
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True
