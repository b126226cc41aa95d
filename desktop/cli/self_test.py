"""`beehive --self-test`: in a temp dir, migrate a new workspace, open the window offscreen, print a PDF."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BEEHIVE_DATA_DIR"] = tmp
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        from desktop.app import ensure_demo
        from ui.common import gui_thread_gc

        gui_thread_gc.install(app)
        from desktop.services.container import open_services
        from desktop.settings import Settings
        from ui.members import printing as member_printing
        from ui.shell import window_printing
        from ui.shell.main_window import MainWindow

        path = ensure_demo(Path(tmp) / "selftest.beehive", 50)
        services = open_services(path)
        window = MainWindow(services, Settings(), open_services, lambda: path)
        window.show()
        app.processEvents()
        pdf = Path(tmp) / "members.pdf"
        member_printing.write_pdf(window_printing.members_html(window), pdf)
        rows = window.members_view.model.rowCount()
        from ui.events.printing import export_pdf

        window.go("events")
        app.processEvents()
        events = services.events.events(1)
        plan = Path(tmp) / "plan.pdf"
        pages = export_pdf("plan", services.printouts.plan(events[0].id), plan) if events else 0
        from ui.common.pages import cjk_family, keeps_ideographs

        cjk = f"{cjk_family()} ({'text as written' if keeps_ideographs(cjk_family()) else '日 read as ⽇'})"
        window.go("today")  # the next event and this week's lists (a background task)
        window.today_view.wait()
        today = window.today_view.info is not None
        window.go("outputs")
        app.processEvents()
        works = window.outputs_view.model.rowCount()
        window.go("health")  # numbers from the background task (numpy, threads)
        window.health_view.wait()
        health = window.health_view.report
        from desktop.services.transfer.header_names import header_key

        headers = header_key("1、您的電話：") == "电话"  # OpenCC's dictionaries made it into the bundle
        from desktop.services.events.import_plan import plan as plan_events

        ics = Path(tmp) / "events.ics"  # icalendar's zones and recurring-ical-events made it too
        services.export_ics([e.id for e in events], ics)
        calendar = len(plan_events(services.db, 1, ics, kind="events").rows) == len(events) > 0
        encrypted = _encrypted_round_trip(path, Path(tmp) / "encrypted.beehive")
        ok = (
            encrypted
            and headers
            and calendar
            and rows == 50
            and pdf.stat().st_size > 1000
            and not window.grab().isNull()
            and pages >= 1
            and works > 0
            and today
            and health is not None
            and health.members > 0
        )
        window.close()
        services.close()
        print(
            f"self-test: {'ok' if ok else 'FAILED'} ({rows} members shown, PDF {pdf.stat().st_size} bytes,"
            f" {len(events)} events, plan {pages} page(s), today {'read' if today else 'NOT read'}, {works} outputs, health of {health.members} members,"
            f" headers {'read' if headers else 'NOT read'}, .ics {'read back' if calendar else 'NOT read back'},"
            f" SQLCipher {'ok' if encrypted else 'FAILED'}, printout CJK font {cjk})"
        )
        return 0 if ok else 1


def _encrypted_round_trip(path: Path, copy: Path) -> bool:
    """SQLCipher made it into the bundle: a copy encrypted (passphrase: no keyring needed), then read."""
    import shutil

    from desktop.services.core import encryption
    from desktop.services.core.database import Database

    shutil.copy(path, copy)
    encryption.encrypt(copy, passphrase="self-test passphrase")
    db = Database(copy)
    try:
        return encryption.is_encrypted(copy) and db.query("SELECT count(*) FROM member")[0][0] == 50
    finally:
        db.close()
