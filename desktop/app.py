"""The composition root: builds the Database and services, the QApplication and the main window.

Only what the first paint needs is imported here; pyqtgraph, Alembic, openpyxl, pypinyin and the
validators load on first use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED


def setup_logging() -> None:
    """Log to beehive.log (0600) in the data dir (0700), scrubbed of personal data (desktop.logs)."""
    from desktop.logs import setup_logging as setup

    setup()


def ensure_demo(path: Path, count: int = 300) -> Path:
    from desktop.services.core.database import Database
    from desktop.services.demo import create_demo

    db = Database(path)
    try:
        create_demo(db, count)
    finally:
        db.close()
    return path


class WindowManager:
    """Owns the main window; rebuilds it on the same open workspace when the language changes."""

    def __init__(self, app, prefs: settings.Settings) -> None:
        self.app, self.prefs = app, prefs
        self.window = None

    def open_workspace(self, path: Path, read_only: bool = False):
        from desktop.services.container import open_services

        return open_services(path, self.prefs.get("phone_region"), self.prefs.get("day_first"), read_only)

    def build(self, services, undo_stack=None):
        from ui.shell.main_window import MainWindow

        window = MainWindow(
            services,
            self.prefs,
            self.open_workspace,
            lambda: ensure_demo(settings.demo_workspace()),
            undo_stack,
        )
        window.language_changed.connect(self.switch_language)
        self.window = window
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        i18n.install(self.app, i18n.pick_language(language))
        new = self.build(old.services, old.undo_stack)  # the same workspace keeps its undo history
        new.resize(old.size())
        old.release_services()
        old.close()
        old.deleteLater()
        new.show()


def initial_view(args, prefs, has_events: bool = True) -> str:
    """--view, else the view the last session closed on (a screenshot without --view: members). Today
    (the first session's view) needs events: without any the window opens on the members."""
    if args.view:
        return args.view
    view = "members" if args.screenshot else prefs.get("last_view")
    if view == "today" and not has_events:
        return "members"
    return view if view in settings.VIEWS else "members"


def run_gui(args) -> int:
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.errors import DomainError
    from desktop.messages import message

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Beehive")
    app.setOrganizationName("Beehive")
    from ui.common import gui_thread_gc
    from ui.shell.palette import follow_system

    gui_thread_gc.install(app)  # a worker thread's collection could free a widget: collect here only

    follow_system(app)  # light or dark, as the system says (BEEHIVE_COLOR_SCHEME=dark|light to force)
    prefs = settings.Settings()
    i18n.install(app, i18n.pick_language(args.lang or prefs.get("language")))
    path = settings.workspace_for(args)
    if args.demo:
        ensure_demo(path)
    manager = WindowManager(app, prefs)
    try:
        services = manager.open_workspace(path, args.read_only)
    except DomainError as e:
        print(message(e), file=sys.stderr)
        if args.screenshot:
            return EXIT_REFUSED
        from ui.shell import encryption_actions

        if e.code in encryption_actions.LOCKED:  # the key is not on this computer: its recovery code
            if not encryption_actions.ask_unlock(None, Path(path)):
                return EXIT_REFUSED
            services = manager.open_workspace(path, args.read_only)
        elif e.code != "workspace_damaged_backup":
            QMessageBox.critical(None, "Beehive", message(e))
            return EXIT_REFUSED
        else:
            from ui.shell.backup_actions import offer_restore

            restored = offer_restore(None, e, message(e))
            if restored is None:
                return EXIT_REFUSED
            services = manager.open_workspace(restored)
    window = manager.build(services)
    if args.community and (found := services.communities.find(args.community)) is not None:
        window.show_community(found.id)
    window.go(initial_view(args, prefs, window.has_events()))
    if args.screenshot:
        window.resize(1280, 800)
        window.show()
        if window.structure_view is not None:
            window.structure_view.open_readable()
        for view in (window.health_view, window.today_view):
            if view is not None:
                view.wait()  # their numbers come from a background task
        app.processEvents()
        ok = window.grab().save(str(args.screenshot))
        window.close()
        return EXIT_OK if ok else EXIT_REFUSED
    from ui.common.error_dialog import install_excepthook

    install_excepthook()
    window.show()
    return app.exec()
