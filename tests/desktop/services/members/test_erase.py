"""Erasing a person: every count and chart unchanged, no personal value left in any text column of any
table, one undo step that restores everything; sealed at the next backup (journal and older copies)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sqlite3
from dataclasses import replace

import pytest

from desktop.app import ensure_demo
from desktop.services.core.backups import erasure as sealing
from desktop.services.core.backups import listing, take
from desktop.services.core.backups.take import table_counts, verify
from desktop.services.core.database import Database
from desktop.services.health.report import HealthReports
from desktop.services.members.erase import Erasure
from models.errors import DomainError
from tests.helpers import snapshot

TODAY = dt.date(2026, 12, 4)
# every value below says who the person is: none may survive the erasure anywhere in the file
PERSONAL = ("Xiaoqing Erasable", "13911998877", "xq.erasable@example.com", "xq_wechat_77", "Chengdu-Zz",
            "Erasable Org Ltd", "Chief Erasable", "rare-interest-kite", "tag-erasable", "moved to Erasable City",
            "note-about-xq-9", "XL-erasable", "Old Erasable Name", "signup-form-erasable", "chat note erasable")  # fmt: skip


def _journal(db: Database):
    """What the undo journal on disk keeps: each step as a journal_step row (the format of the schema),
    written here only while the journal's own persistence (core/journal_store.py) is not in the tree."""
    if importlib.util.find_spec("desktop.services.core.journal_store") is not None:
        return

    def record(step) -> None:
        members = {c.key for c in step.changes if c.table == "member"}
        members |= {
            r["member_id"] for c in step.changes for r in (c.before, c.after) if r and "member_id" in r
        }
        changes = [[c.table, c.key, c.before, c.after] for c in step.changes]
        con = sqlite3.connect(db.path)
        with con:
            con.execute("INSERT INTO journal_step (done_at, label, changes, undone, members) VALUES (?, ?, ?, 0, ?)",
                        ("2026-12-04T10:00:00", step.label, json.dumps(changes), f" {' '.join(map(str, sorted(members)))} "))  # fmt: skip
        con.close()

    db.on_step.append(record)


@pytest.fixture
def world(tmp_path):
    path = ensure_demo(tmp_path / "w.beehive", 80)
    db = Database(path)
    _journal(db)
    cid = db.query("SELECT id FROM community")[0][0]
    other, unit, event, output = (db.query(sql)[0][0] for sql in (
        "SELECT id FROM member ORDER BY id LIMIT 1", "SELECT id FROM unit LIMIT 1",
        "SELECT id FROM event LIMIT 1", "SELECT id FROM output LIMIT 1"))  # fmt: skip
    with db.write("a person with a life") as uow:
        new = uow.insert_one
        m = new("member", community_id=cid, name=PERSONAL[0], sort_key="xiaoqing", search_text=PERSONAL[0].lower(),
                city=PERSONAL[4], organisation=PERSONAL[5], title=PERSONAL[6], interests=PERSONAL[7],
                tags=PERSONAL[8], status="left", status_on="2024-05-01", status_reason=PERSONAL[9],
                notes=PERSONAL[10], joined_on="2022-01-01", inviter_id=other)  # fmt: skip
        for kind, value in (("phone", PERSONAL[1]), ("email", PERSONAL[2]), ("wechat_id", PERSONAL[3])):
            new("member_identity", member_id=m, kind=kind, value=value)
        field = new("custom_field", community_id=cid, name="T-shirt", kind="text")
        new("member_field_value", member_id=m, field_id=field, value=PERSONAL[11])
        new("member_alias", member_id=m, old_uuid="ab" * 16, old_name=PERSONAL[12], merged_on="2023-01-01")
        new(
            "member_consent",
            member_id=m,
            kind="photos",
            granted=True,
            given_on="2022-01-01",
            source=PERSONAL[13],
        )
        new(
            "activity",
            community_id=cid,
            member_id=m,
            on_date="2024-03-01",
            kind="chat",
            count=7,
            note=PERSONAL[14],
        )
        new("unit_member", unit_id=unit, member_id=m, is_primary=True)
        new("role_assignment", member_id=m, unit_id=unit, role="secretary", start_on="2023-01-01")
        new("attendance", event_id=event, member_id=m, rsvp="going", checked_in_at="2024-03-24T06:05:00Z")
        new("contribution", output_id=output, member_id=m, role="author")
        new("connection", community_id=cid, a_id=min(m, other), b_id=max(m, other), strength=4)
        invited = new("member", community_id=cid, name="Invited By Xq", sort_key="invited", inviter_id=m)
    yield {"db": db, "cid": cid, "m": m, "invited": invited, "path": path}
    db.close()


def _text_values(path) -> list[tuple[str, str, str]]:
    """Every text value of every column of every table: (table, column, value)."""
    con = sqlite3.connect(path)
    try:
        out = []
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            for row in con.execute(f'SELECT * FROM "{table}"'):
                out += [(table, c, v) for c, v in zip(columns, row, strict=True) if isinstance(v, str)]
        return out
    finally:
        con.close()


def _leaks(path) -> list[tuple[str, str, str]]:
    return [(t, c, p) for t, c, v in _text_values(path) for p in PERSONAL if p.lower() in v.lower()]


def _plain(text: str) -> str:
    """A journal_step's changes as text (a big step's are compressed: "z:" + zlib + base64)."""
    import base64
    import zlib

    return zlib.decompress(base64.b64decode(text[2:])).decode("utf-8") if text.startswith("z:") else text


def _numbers(value):
    """The health report with every text blanked: the counts and charts only."""
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    return "" if isinstance(value, str) else value


def _counts(db, m):
    return [db.query(sql, (m,))[0][0] for sql in (
        "SELECT count(*) FROM attendance WHERE member_id = ?", "SELECT count(*) FROM contribution WHERE member_id = ?",
        "SELECT count(*) FROM role_assignment WHERE member_id = ?", "SELECT sum(count) FROM activity WHERE member_id = ?",
        "SELECT count(*) FROM unit_member WHERE member_id = ?", "SELECT count(*) FROM member WHERE inviter_id = ?",
        "SELECT count(*) FROM connection WHERE a_id = ? OR b_id = ?".replace("b_id = ?", "b_id = a_id"))]  # fmt: skip


def test_erase_keeps_every_count_and_removes_every_personal_value(world):
    db, cid, m = world["db"], world["cid"], world["m"]
    members_before = db.query("SELECT count(*) FROM member")[0][0]
    health_before = HealthReports(db).report(cid, today=TODAY).as_dict()
    counts_before = _counts(db, m)
    assert len(_leaks(world["path"])) > 15  # the fixture does hold the person (the scan can fail)
    summary = Erasure(db).summary([m])
    assert (summary.identities, summary.custom_values, summary.consents, summary.aliases) == (3, 1, 1, 1)
    assert (summary.attendance, summary.contributions, summary.roles, summary.invited) == (1, 1, 1, 1)

    assert Erasure(db).erase([m], today="2026-12-04") == [m]

    assert db.query("SELECT count(*) FROM member")[0][0] == members_before
    assert _counts(db, m) == counts_before
    assert _numbers(HealthReports(db).report(cid, today=TODAY).as_dict()) == _numbers(health_before)
    name, erased_on, search = db.query("SELECT name, erased_on, search_text FROM member WHERE id = ?", (m,))[
        0
    ]
    assert (name, erased_on) == ("Erased person 1", "2026-12-04") and "erased person 1" in search
    assert db.query("SELECT inviter_id FROM member WHERE id = ?", (world["invited"],))[0][0] == m
    leaks = [t for t, _c, _p in _leaks(world["path"])]
    assert leaks and set(leaks) == {"journal_step"}  # only the undo journal, until the next backup


def test_undo_restores_everything_and_a_second_erase_is_numbered_on(world):
    db, m = world["db"], world["m"]
    before = snapshot(world["path"])
    steps = []
    db.on_step.append(steps.append)
    Erasure(db).erase([m])
    assert len(steps) == 1 and steps[0].label.startswith("Erase 1 member")
    db.undo(steps[0])
    after = snapshot(world["path"])
    assert {t: v for t, v in after.items() if t != "journal_step"} == {
        t: v for t, v in before.items() if t != "journal_step"}  # fmt: skip
    Erasure(db).erase([m, world["invited"]])
    names = [r[0] for r in db.query("SELECT name FROM member WHERE erased_on != '' ORDER BY name")]
    assert names == ["Erased person 1", "Erased person 2"]
    assert Erasure(db).erase([m]) == []  # already erased: nothing written
    with pytest.raises(DomainError):
        Erasure(db).erase([])


def test_left_people_lists_those_gone_longer_than_the_setting(world):
    db, cid, m = world["db"], world["cid"], world["m"]
    listed = {p.id: p for p in Erasure(db).left_people(cid, 12, TODAY)}
    assert m in listed and listed[m].left_on == "2024-05-01" and listed[m].reason == PERSONAL[9]
    assert m not in {p.id for p in Erasure(db).left_people(cid, 40, TODAY)}  # 31 months ago
    Erasure(db).erase([m])
    assert m not in {p.id for p in Erasure(db).left_people(cid, 12, TODAY)}


def test_the_next_backup_seals_the_erasure_in_the_journal_and_every_older_copy(world):
    db, m, path = world["db"], world["m"], world["path"]
    old = take(path, "manual", now=dt.datetime(2026, 12, 4, 9, 0))  # before the erasure: holds the person
    assert _leaks(old.path)
    sealed: list[frozenset[int]] = []
    sealing.on_sealed.append(lambda _ws, ids: sealed.append(ids))
    try:
        Erasure(db).erase([m])
        new = take(path, "hourly", now=dt.datetime(2026, 12, 4, 11, 0))
    finally:
        sealing.on_sealed.clear()
    assert sealed == [frozenset({m})]
    assert _leaks(path) == []
    copies = listing(path)
    assert {c.path for c in copies} == {old.path, new.path}
    for copy in copies:
        assert _leaks(copy.path) == [], copy.path
        assert copy.verified and verify(copy.path, copy.counts) == ""
        assert copy.counts["member_identity"] == db.query("SELECT count(*) FROM member_identity")[0][0]
    # not even in the file's bytes (freed pages are vacuumed away)
    wal = path.with_name(path.name + "-wal")
    for file in (path, old.path, new.path, *([wal] if wal.exists() else [])):
        raw = file.read_bytes()
        assert not [p for p in PERSONAL if p.encode() in raw], file
    # the erasure's own journal step is wiped: nothing left to undo from disk
    erase_steps = db.query("SELECT changes FROM journal_step WHERE label LIKE 'Erase 1 member%'")
    assert erase_steps and all(t in ("[]",) or t.startswith('{"kept":"forgotten"') for (t,) in erase_steps)
    assert [
        p for (t,) in db.query("SELECT changes FROM journal_step") for p in PERSONAL if p in _plain(t)
    ] == []
    assert (
        sealing.seal(path, (table_counts, verify)) == frozenset()
    )  # sealed once: the next backups leave the copies alone


def test_an_undone_erasure_is_not_sealed(world):
    db, m, path = world["db"], world["m"], world["path"]
    steps = []
    db.on_step.append(steps.append)
    Erasure(db).erase([m])
    db.undo(steps[-1])
    take(path, "manual")
    assert db.query("SELECT name FROM member WHERE id = ?", (m,))[0][0] == PERSONAL[0]
    assert db.query("SELECT count(*) FROM member_identity WHERE member_id = ?", (m,))[0][0] == 3


def test_an_erasure_holds_the_hourly_backup_so_undo_stays_possible(world):
    from desktop.services.core.backups.schedule import BackupSchedule

    db = world["db"]
    schedule = BackupSchedule(db)
    schedule.last_taken = dt.datetime.now() - dt.timedelta(hours=3)  # an edit now would take a copy
    started = []
    schedule._take = lambda reason: started.append(reason)
    Erasure(db).erase([world["m"]])
    schedule.on_close()  # waits for a thread, if one was started
    assert started == ["close"]  # no hourly copy right after the erasure; the one on close seals it


def test_an_older_revision_copy_and_one_kept_aside_are_erased_too(world):
    """A copy from before revision 0009 (no consents, no journal, no erased_on) and a copy that failed
    its check when taken (kept aside, never pruned) hold the person too."""
    from desktop.services.core.backups import store

    db, m, path = world["db"], world["m"], world["path"]
    older = take(path, "migration", now=dt.datetime(2026, 11, 1, 9, 0))
    con = sqlite3.connect(older.path)
    for table in ("member_consent", "journal_step"):
        con.execute(f"DROP TABLE {table}")
    con.execute("ALTER TABLE member DROP COLUMN erased_on")
    con.commit()
    counts = {t: n for t, n in older.counts.items() if t not in ("member_consent", "journal_step")}
    con.close()
    store.write_record(replace(older, counts=counts))
    kept = take(path, "manual", now=dt.datetime(2026, 11, 2, 9, 0))
    aside = store.private_dir(store.folder_for(path) / store.ASIDE) / kept.path.name
    kept.path.rename(aside)
    store.sidecar(kept.path).unlink()
    store.write_record(replace(kept, path=aside, verified=False, problem="counts"))
    assert _leaks(older.path) and _leaks(aside)
    Erasure(db).erase([m])
    take(path, "hourly", now=dt.datetime(2026, 12, 4, 11, 0))
    for copy in listing(path):
        assert _leaks(copy.path) == [], copy.path
    assert aside.exists() and older.path.exists()
    assert verify(older.path, store.read_record(store.sidecar(older.path)).counts) == ""
