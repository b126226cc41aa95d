"""The undo journal on disk: a step and its journal row commit together; the history survives a
restart (undo, redo, conflicts); undone rows go when a new step is written; pruning; forget."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from desktop.services.container import open_services
from desktop.services.core import journal, journal_codec, journal_store
from desktop.services.core.changeset import Change
from desktop.services.drafts import MemberDraft
from models.errors import ConflictError


def _rows(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, label, undone FROM journal_step ORDER BY id").fetchall()
    finally:
        con.close()


def _add(services, cid, name, **kw) -> int:
    return services.member_writes.create(cid, MemberDraft(name=name, **kw))


def _name(services, mid) -> str | None:
    found = services.db.query("SELECT name FROM member WHERE id = ?", (mid,))
    return found[0][0] if found else None


def _reopen(services):
    path = services.path
    services.close()
    return open_services(path)


def test_each_step_writes_one_journal_row_and_the_journal_is_not_journaled(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    _add(services, community_id, "张三", tags="读书")
    assert [r[1:] for r in _rows(services.path)][-1] == ("Add member", 0)
    assert steps[-1].id == _rows(services.path)[-1][0]
    assert all(c.table != "journal_step" for c in steps[-1].changes)


def test_a_failing_write_leaves_neither_the_step_nor_its_journal_row(services, community_id):
    before = _rows(services.path)
    with pytest.raises(RuntimeError), services.db.write("Broken") as uow:
        uow.insert_one("member", community_id=community_id, name="半个", sort_key="b", search_text="b")
        raise RuntimeError("fails after writing")
    assert _rows(services.path) == before
    assert not services.db.query("SELECT id FROM member WHERE name = '半个'")


def test_a_failing_journal_write_rolls_the_step_back(services, community_id, monkeypatch):
    def broken(*_a, **_k):
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(journal_store, "encode", broken)
    before = _rows(services.path)
    with pytest.raises(Exception, match="disk full"):
        _add(services, community_id, "李四")
    assert _rows(services.path) == before
    assert not services.db.query("SELECT id FROM member WHERE name = '李四'")


def test_restart_then_undo_restores_the_value_and_redo_applies_it_again(services, community_id):
    mid = _add(services, community_id, "张三")
    services.member_writes.update(mid, MemberDraft(name="张三丰", city="武当"))
    services = _reopen(services)
    try:
        stack = services.history.undo_stack()
        assert [s.label for s, _ in stack][-2:] == ["Add member", "Edit member"]
        edit, undone = stack[-1]
        assert not undone and edit.changes == ()  # read from disk on undo
        services.undo_step(edit)
        assert _name(services, mid) == "张三"
        assert _rows(services.path)[-1][2] == 1
        services = _reopen(services)
        (edit, undone) = services.history.undo_stack()[-1]
        assert undone  # still redoable after another restart
        services.redo_step(edit)
        assert _name(services, mid) == "张三丰"
        assert _rows(services.path)[-1][2] == 0
    finally:
        services.close()


def test_a_conflict_after_restart_is_refused_with_nothing_written(services, community_id):
    mid = _add(services, community_id, "张三")
    services.member_writes.update(mid, MemberDraft(name="张三丰"))
    services = _reopen(services)
    try:
        edit, _ = services.history.undo_stack()[-1]
        con = sqlite3.connect(services.path)  # another hand changed the row since
        con.execute("UPDATE member SET name = '王五' WHERE id = ?", (mid,))
        con.commit()
        con.close()
        with pytest.raises(ConflictError) as refused:
            services.undo_step(edit)
        assert refused.value.code == "changed_since"
        assert _name(services, mid) == "王五"
        assert _rows(services.path)[-1][2] == 0  # not marked undone
    finally:
        services.close()


def test_a_new_step_after_undos_drops_the_undone_rows(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    a = _add(services, community_id, "甲")
    _add(services, community_id, "乙")
    services.undo_step(steps[-1])
    assert [r[2] for r in _rows(services.path)][-2:] == [0, 1]
    services.member_writes.update(a, MemberDraft(name="甲甲"))
    assert [r[1:] for r in _rows(services.path)][-2:] == [("Add member", 0), ("Edit member", 0)]


def test_the_stack_skips_undone_rows_below_a_done_one_and_stops_at_a_big_step(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    _add(services, community_id, "甲")
    con = sqlite3.connect(services.path)
    con.execute('UPDATE journal_step SET changes = \'{"kept":"big","count":30000,"changes":[]}\'')
    con.commit()
    con.close()
    _add(services, community_id, "乙")
    _add(services, community_id, "丙")
    assert [s.label for s, _ in services.history.undo_stack()] == ["Add member", "Add member"]
    with services.db.write("mark") as uow:
        journal_store.mark(uow.conn, steps[1].id, True)  # as if undone, then another process wrote
    assert [s.id for s, _ in services.history.undo_stack()] == [steps[2].id]


def test_big_steps_keep_a_summary_and_cannot_be_undone_after_a_restart(services, community_id, monkeypatch):
    monkeypatch.setattr(journal_codec, "BIG_STEP", 3)
    monkeypatch.setattr(journal_codec, "SUMMARY_CHANGES", 2)
    steps = []
    services.db.on_step.append(steps.append)
    mid = _add(services, community_id, "张三", identities=(("phone", "13812345678"), ("email", "a@b.cn"),
                                                          ("qq", "12345")))  # fmt: skip
    step = steps[-1]
    assert len(step.changes) == 4
    (h,) = [s for s in services.history.steps() if s.id == step.id]
    assert h.kept == "big"
    detail = services.history.detail(step.id)
    assert detail.total == 4 and len(detail.changes) == 2
    lazy = type(step)(step.label, (), step.id)
    with pytest.raises(ConflictError) as refused:
        services.undo_step(lazy)
    assert refused.value.code == "step_not_kept"
    services.undo_step(step)  # in memory (before the restart) it still can
    assert _name(services, mid) is None


def test_steps_past_64_kb_are_compressed_and_still_undo_after_a_restart(services, community_id):
    mid = _add(services, community_id, "张三")
    services.member_writes.update(mid, MemberDraft(name="张三", notes="长" * 70_000))
    head = services.db.query("SELECT substr(changes, 1, 2) FROM journal_step ORDER BY id DESC LIMIT 1")
    assert head == [("z:",)]
    assert [s.label for s in services.history.steps(text="长长长")] == ["Edit member"]
    services = _reopen(services)
    try:
        services.undo_step(services.history.undo_stack()[-1][0])
        assert services.db.query("SELECT notes FROM member WHERE id = ?", (mid,)) == [("",)]
    finally:
        services.close()


def test_pruning_keeps_the_journal_bounded_by_count_and_age(services, community_id, monkeypatch):
    monkeypatch.setattr(journal_store, "KEEP_STEPS", 3)
    for i in range(6):
        _add(services, community_id, f"人{i}")
    assert len(_rows(services.path)) == 3
    old = (datetime.now() - timedelta(days=journal_store.KEEP_DAYS + 1)).isoformat(timespec="seconds")
    con = sqlite3.connect(services.path)
    con.execute("UPDATE journal_step SET done_at = ? WHERE id = (SELECT min(id) FROM journal_step)", (old,))
    con.commit()
    con.close()
    _add(services, community_id, "新")
    assert len(_rows(services.path)) == 3
    assert old not in [r[0] for r in services.db.query("SELECT done_at FROM journal_step")]


def test_forget_wipes_the_values_and_the_step_can_no_longer_be_replayed(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    mid = _add(services, community_id, "张三", identities=(("phone", "13812345678"),))
    services.member_writes.update(mid, MemberDraft(name="张三丰", identities=(("phone", "13812345678"),)))
    with services.db.write("erase") as uow:
        ids = journal.steps_touching(uow.conn, mid)
        assert ids == [steps[0].id, steps[1].id]
        journal.forget(uow.conn, ids)
    texts = [
        t for (t,) in services.db.query("SELECT changes FROM journal_step WHERE id IN (?, ?)", tuple(ids))
    ]
    assert all("张三" not in t and "13812345678" not in t for t in texts)
    assert services.history.detail(ids[1]).changes[0].fields == ()
    assert [s.kept for s in services.history.steps() if s.id in ids] == ["forgotten", "forgotten"]
    with pytest.raises(ConflictError) as refused:
        services.undo_step(steps[1])  # the window's step in memory too
    assert refused.value.code == "step_not_kept"


def test_history_lists_newest_first_and_filters_by_member_and_text(services, community_id):
    a = _add(services, community_id, "张三", identities=(("phone", "13812345678"),))
    b = _add(services, community_id, "李四")
    services.member_writes.update(
        a, MemberDraft(name="张三", city="武当", identities=(("phone", "13812345678"),))
    )
    labels = [s.label for s in services.history.steps()]
    assert labels[:3] == ["Edit member", "Add member", "Add member"]
    assert len(services.history.steps(member_id=a)) == 2
    assert len(services.history.steps(member_id=b)) == 1
    assert [s.label for s in services.history.steps(text="武当")] == ["Edit member"]
    assert services.history.steps(text="100%_none") == []
    edit = services.history.steps(member_id=a)[0]
    (change,) = services.history.detail(edit.id).changes
    assert (change.table, change.kind, change.name) == ("member", "updated", "张三")
    assert [(f.field, f.before, f.after) for f in change.fields] == [("city", "", "武当")]


def test_codec_round_trip_keeps_types():
    changes = [Change("member", 1, None, {"id": 1, "name": "张", "closed": True, "weight": 0.5, "x": None})]
    assert journal_codec.decode(journal_codec.encode(changes)) == tuple(changes)
    assert journal_codec.members_of(changes) == " 1 "
