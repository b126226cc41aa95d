"""A bring-back killed (SIGKILL) after writing every row but before its commit leaves the workspace as
it was: one transaction. Then the same file brings back whole."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop.services.offline.apply import apply_bring_back
from desktop.services.offline.bring_back import plan_bring_back
from desktop.services.offline.take_out import take_out
from tests.desktop.services.offline.helpers import source

CHILD = textwrap.dedent("""
    import sys, time
    from desktop.services.core.database import Database
    from desktop.services.offline import apply
    from desktop.services.offline.bring_back import plan_bring_back

    def stall(uow, merge, decisions):  # every row written, the commit not yet
        print("written", len(uow.changes), flush=True)
        time.sleep(60)

    apply._record = stall
    db = Database(sys.argv[1])
    apply.apply_bring_back(db, plan_bring_back(db, sys.argv[2]), {})
""")


def _state(path):
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT * FROM attendance ORDER BY id").fetchall(),
                con.execute("SELECT count(*) FROM member").fetchone(),
                con.execute("SELECT count(*) FROM offline_merge").fetchone(),
                con.execute("PRAGMA integrity_check").fetchone())  # fmt: skip
    finally:
        con.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_bring_back_leaves_the_source_as_it_was(services, community_id, tmp_path):
    eid, ids = source(services, community_id)
    door = tmp_path / "door.beehive"
    take_out(services.db, eid, door)
    from desktop.services.container import open_services

    d = open_services(door)
    try:
        (event,) = d.events.events(d.communities.all()[0].id)
        for name in ("张三", "王五"):
            d.rsvp_writes.check_in(event.id, ids[name], "door", "2026-12-05T18:50:00Z")
        d.rsvp_writes.walk_in_guest(
            event.id, event.community_id, "陈静", "13500001111", "door", "2026-12-05T18:55:00Z"
        )
    finally:
        d.close()
    path = services.db.path
    before = _state(path)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(door)], stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    line = child.stdout.readline()
    assert line.startswith("written") and int(line.split()[1]) >= 4  # rows were written in the transaction
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert _state(path) == before and before[3] == ("ok",)
    apply_bring_back(services.db, plan_bring_back(services.db, door), {})
    after = _state(path)
    assert len(after[0]) == len(before[0]) + 2 and after[1][0] == before[1][0] + 1 and after[2] == (1,)
