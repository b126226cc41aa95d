"""Other organisers' changes reach an open workspace as they commit (LISTEN/NOTIFY, pg_listen.py):
their rows, not a reload; one's own writes are not echoed back; undo is told too."""

from __future__ import annotations

import time

from desktop.services.communities import CommunityInfo
from desktop.services.container import open_services
from desktop.services.drafts import MemberDraft


def _wait_for(fetch, timeout: float = 3.0) -> list:
    deadline = time.monotonic() + timeout
    got: list = []
    while time.monotonic() < deadline:
        got += fetch()
        if got:
            return got
        time.sleep(0.02)
    return got


def test_a_change_in_one_client_reaches_the_other_with_its_rows(pg_database, qtbot):
    mine, theirs = open_services(pg_database), open_services(pg_database)
    try:
        assert theirs.db.remote_changes() == []  # starts listening
        cid = mine.communities.create(CommunityInfo(name="晨读会"))
        mid = mine.member_writes.create(cid, MemberDraft(name="张三"))
        got = _wait_for(theirs.db.remote_changes)
        while len(got) < 2:
            got += _wait_for(theirs.db.remote_changes)
        assert got[1].keys("member", "inserted") == {mid} and not got[1].reset and got[1].by
        assert mine.db.remote_changes() == [] and _wait_for(mine.db.remote_changes, 0.5) == []  # not echoed
        steps = []
        mine.db.on_step.append(steps.append)
        mine.member_writes.update(mid, MemberDraft(name="张三", city="上海"))
        (edit,) = _wait_for(theirs.db.remote_changes)
        assert edit.keys("member", "updated") == {mid}
        mine.db.undo(steps[-1])
        (undo,) = _wait_for(theirs.db.remote_changes)
        assert undo.keys("member") == {mid}
        # the window's hub turns them into its change signal
        with qtbot.waitSignal(theirs.changes.changed, timeout=3000) as signal:
            mine.member_writes.update(mid, MemberDraft(name="张三", city="杭州"))
        assert signal.args[0].keys("member") == {mid}
    finally:
        mine.db.close()
        theirs.db.close()
