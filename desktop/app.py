"""The composition root: builds the Database and services, the QApplication and the main window.

Only what the first paint needs is imported here; pyqtgraph, Alembic, openpyxl, pypinyin and the
validators load on first use.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from desktop import i18n, settings
from desktop.cli import EXIT_OK, EXIT_REFUSED


def setup_logging() -> None:
    """Log to a file in the data dir. Personal data never goes to the log: only codes and counts."""
    try:
        folder = settings.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(
            filename=folder / "beehive.log",
            level=logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    except OSError:
        logging.basicConfig(level=logging.WARNING)


def ensure_demo(path: Path, count: int = 300) -> Path:
    from desktop.services.database import Database
    from desktop.services.demo import create_demo

    db = Database(path)
    try:
        create_demo(db, count)
    finally:
        db.close()
    return path


def run_gui(args) -> int:
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.errors import DomainError
    from desktop.messages import message
    from desktop.services.container import open_services

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Beehive")
    app.setOrganizationName("Beehive")
    prefs = settings.Settings()
    i18n.install(app, i18n.pick_language(args.lang or prefs.get("language")))
    path = args.db or (settings.demo_workspace() if args.demo else settings.default_workspace())
    if args.demo:
        ensure_demo(path)

    def open_workspace(p: Path):
        return open_services(p, prefs.get("phone_region"), prefs.get("day_first"))

    try:
        services = open_workspace(path)
    except DomainError as e:
        print(message(e), file=sys.stderr)
        if not args.screenshot:
            QMessageBox.critical(None, "Beehive", message(e))
        return EXIT_REFUSED
    from ui.error_dialog import install_excepthook
    from ui.main_window import MainWindow

    def build_window(services) -> MainWindow:
        window = MainWindow(services, prefs, open_workspace, lambda: ensure_demo(settings.demo_workspace()))
        window.language_changed.connect(lambda lang: switch_language(window, lang))
        return window

    def switch_language(old: MainWindow, language: str) -> None:
        """Rebuild the window in the new language on the same open workspace."""
        i18n.install(app, i18n.pick_language(language))
        new = build_window(old.services)
        new.resize(old.size())
        old.release_services()
        old.close()
        old.deleteLater()
        new.show()
        windows[:] = [new]

    window = build_window(services)
    windows = [window]
    if args.community:
        found = services.communities.find(args.community)
        if found is not None:
            window.show_community(found.id)
    if args.screenshot:
        window.resize(1280, 800)
        window.show()
        if window.members_view is not None and window.members_view.model.rowCount():
            window.members_view.table.selectRow(0)  # show the detail pane filled
        app.processEvents()
        ok = window.grab().save(str(args.screenshot))
        window.close()
        return EXIT_OK if ok else EXIT_REFUSED
    install_excepthook()
    window.show()
    return app.exec()
