"""Event benchmarks: plan + sign-in sheet PDF for 500 attendees (≤ 1 s), a door check-in on a
2,000-person roster from key press to headcount (≤ 50 ms median), the events view opened on 2,000
events with 200,000 attendance rows (≤ 300 ms)."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(big: Path, out: Path) -> Path:
    """The 100k workspace plus 2,000 events, 100 attendance rows each (200k), one with 2,000 invited."""
    import shutil

    from desktop.services.core.database import Database
    from desktop.services.events.demo import demo_plan
    from desktop.services.events.plan import insert_plan
    from models.base import new_uuids

    target = out / "events.beehive"
    if target.exists():
        return target
    shutil.copy(big, target)
    db = Database(target)
    members = [r[0] for r in db.query("SELECT id FROM member ORDER BY id")]
    base = dt.datetime.combine(
        dt.date.today() - dt.timedelta(days=333), dt.time(11)
    )  # half past, half upcoming
    with db.write("bench events") as uow:
        ids = uow.new_ids("event", 2000)
        uow.insert("event", [{"id": i, "uuid": u, "community_id": 1, "series_id": None, "series_on": "",
                              "title": f"活动 {n}", "kind": "offline", "tz": "Asia/Shanghai",
                              "start_utc": (base + dt.timedelta(days=n // 3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                              "end_utc": (base + dt.timedelta(days=n // 3, hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                              "venue": "望京书房", "capacity": 0, "closed": False}
                             for n, (i, u) in enumerate(zip(ids, new_uuids(2000), strict=True))])  # fmt: skip
        rows = [(e, members[(n * 100 + k) % len(members)]) for n, e in enumerate(ids[1:]) for k in range(100)]
        rows += [(ids[0], m) for m in members[:2000]]
        keys = uow.new_ids("attendance", len(rows))
        uow.insert("attendance", [{"id": k, "uuid": u, "event_id": e, "member_id": m,
                                   "rsvp": "going" if k % 3 else "invited", "rsvp_at": "", "checked_in_at": "",
                                   "walk_in": False, "no_show": False}
                                  for k, u, (e, m) in zip(keys, new_uuids(len(rows)), rows, strict=True)])  # fmt: skip
        insert_plan(uow, ids[1], demo_plan(members[:8]))
    db.close()
    return target


def main(big: Path, out: Path) -> list[tuple]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.services.container import open_services
    from ui.events.checkin_dialog import CheckInDialog
    from ui.events.printing import export_pdf
    from ui.events.view import EventsView

    app = QApplication.instance() or QApplication([])
    path = build(big, out)
    services = open_services(path)
    first = services.events.events(1, when="all")
    services.rsvp_writes.invite(first[1].id, list(range(1, 401)))  # 500 on the second event's list
    opens = []
    for _ in range(3):
        t = time.perf_counter()
        view = EventsView(services, 1)  # as it opens: upcoming events (about 1,000 of the 2,000)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        opens.append(time.perf_counter() - t)
        view.close()
        view.deleteLater()
    pdfs = []
    for _ in range(3):
        t = time.perf_counter()
        export_pdf("plan", services.printouts.plan(first[1].id), out / "plan.pdf")
        export_pdf("signin", services.printouts.signin(first[1].id), out / "signin.pdf")
        pdfs.append(time.perf_counter() - t)
    dialog = CheckInDialog(services, services.events.event(first[0].id))
    dialog.show()
    app.processEvents()
    checks = []
    for n in range(15):
        dialog.table.selectRow(n * 7)
        t = time.perf_counter()
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
        app.processEvents()
        checks.append(time.perf_counter() - t)
    assert dialog.headcount.text().startswith("Checked in 15"), dialog.headcount.text()
    dialog.reject()
    services.close()
    o, p, c = statistics.median(opens), statistics.median(pdfs), statistics.median(checks)
    return [
        ("events: view open, 2k events / 200k rows (s)", o, 0.3, o / 0.3, 1.0),
        ("events: plan + sign-in PDF, 500 on list (s)", p, 1.0, p / 1.0, 1.0),
        ("events: check-in, 2k roster (ms)", c * 1000, 50.0, c * 20, 1.0),
    ]
