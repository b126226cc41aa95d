"""Merging two members: nothing of either lost, the organiser's picks kept, one undo step that
restores every table exactly, and an old export does not bring the merged member back."""

from __future__ import annotations

import pytest

from desktop.services.members.merge import bulk_merge_identical, identical_groups, merge
from desktop.services.members.merge_rows import HANDLERS, member_references
from models.errors import DomainError
from models.member_draft import MemberDraft
from tests.helpers import snapshot


def add(services, cid, name, *identities, **values):
    return services.member_writes.create(cid, MemberDraft(name=name, identities=tuple(identities), **values))


@pytest.fixture
def world(services, community_id):
    """张三 entered twice (once from a WeChat group, once from an Eventbrite list), each with a life."""
    cid = community_id
    w = {"cid": cid}
    w["inviter"] = add(services, cid, "李老师", ("phone", "13911112222"))
    w["keep"] = add(services, cid, "张三", ("phone", "13800138000"), ("wechat_id", "zhangsan_bj"), city="北京",
                    tags="读书", interests="摄影", inviter_id=w["inviter"], joined_on="2023-05-01")  # fmt: skip
    w["other"] = add(services, cid, "Zhang San", ("phone", "+86 138 0013 8000"), ("email", "zs@example.com"),
                     organisation="ACME", tags="志愿者; 读书", joined_on="2022-11-20", notes="Eventbrite")  # fmt: skip
    w["friend"] = add(services, cid, "王五", ("wechat_id", "wangwu"), inviter_id=w["other"])
    w["guest"] = add(services, cid, "Emily Clark", ("email", "emily.clark@gmail.com"))
    with services.db.write("world") as uow:
        new = uow.insert_one
        u1 = new("unit", community_id=cid, name="读书会", lead_id=w["other"])
        u2 = new("unit", community_id=cid, name="摄影组")
        new("unit_member", unit_id=u1, member_id=w["keep"], is_primary=True)
        new("unit_member", unit_id=u1, member_id=w["other"], is_primary=False)
        new("unit_member", unit_id=u2, member_id=w["other"], is_primary=True)
        new("role_assignment", member_id=w["other"], unit_id=u1, role="secretary", start_on="2024-01-01")
        for a, b in ((w["keep"], w["other"]), (w["keep"], w["friend"]), (w["friend"], w["other"]),
                     (w["guest"], w["other"])):  # fmt: skip
            new("connection", community_id=cid, a_id=min(a, b), b_id=max(a, b), strength=3)
        e1 = new("event", community_id=cid, title="周日读书会", start_utc="2024-03-24T06:00:00Z",
                 end_utc="2024-03-24T08:00:00Z")  # fmt: skip
        e2 = new("event", community_id=cid, title="Photo walk", start_utc="2024-04-06T01:00:00Z",
                 end_utc="2024-04-06T03:00:00Z")  # fmt: skip
        new("attendance", event_id=e1, member_id=w["keep"], rsvp="invited")
        new("attendance", event_id=e1, member_id=w["other"], rsvp="going", checked_in_at="2024-03-24T06:05:00Z")
        new("attendance", event_id=e2, member_id=w["other"], rsvp="going")
        new("agenda_item", event_id=e1, title="导读", owner_id=w["other"])
        new("duty", event_id=e1, role="photographer", member_id=w["other"])
        new("event_task", event_id=e1, what="借场地", member_id=w["other"])
        out = new("output", community_id=cid, title="读书笔记合集")
        new("contribution", output_id=out, member_id=w["keep"], role="author")
        new("contribution", output_id=out, member_id=w["other"], role="author")
        new("contribution", output_id=out, member_id=w["other"], role="editor")
        new("activity", community_id=cid, member_id=w["other"], on_date="2024-03-01", kind="chat", count=12)
        new("member_level", member_id=w["other"], level="core", since="2024-01-01")
        f = new("custom_field", community_id=cid, name="T-shirt size", kind="text")
        g = new("custom_field", community_id=cid, name="星球编号", kind="text")
        new("member_field_value", member_id=w["keep"], field_id=f, value="M")
        new("member_field_value", member_id=w["other"], field_id=f, value="L")
        new("member_field_value", member_id=w["other"], field_id=g, value="10086")
        new("member_alias", member_id=w["other"], old_uuid="a" * 32, old_name="张三 (old list)")
        new("not_duplicate", community_id=cid, a_id=min(w["other"], w["guest"]), b_id=max(w["other"], w["guest"]))
    w.update(u1=u1, u2=u2, e1=e1, e2=e2, out=out, f=f, g=g)
    return w


def rows(services, sql, *params):
    return services.db.query(sql, params)


def test_every_column_naming_a_member_has_a_handler():
    assert set(HANDLERS) == member_references()


def test_merge_keeps_everything_of_both(services, world):
    w = world
    keep, other = w["keep"], w["other"]
    uuid = rows(services, "SELECT uuid FROM member WHERE id = ?", other)[0][0]
    merge(services.db, keep, other)
    assert not rows(services, "SELECT 1 FROM member WHERE id = ?", other)
    rec = services.members.get(keep)
    assert rec.name == "张三" and rec.city == "北京" and rec.organisation == "ACME"
    assert rec.tags == "读书; 志愿者" and rec.joined_on == "2022-11-20" and rec.notes == "Eventbrite"
    assert sorted(rec.identities) == [("email", "zs@example.com"), ("phone", "+8613800138000"),
                                      ("wechat_id", "zhangsan_bj")]  # fmt: skip
    assert rec.inviter_id == w["inviter"]
    assert rows(services, "SELECT inviter_id FROM member WHERE id = ?", w["friend"]) == [(keep,)]
    assert rows(services, "SELECT lead_id FROM unit WHERE id = ?", w["u1"]) == [(keep,)]
    assert sorted(rows(services, "SELECT unit_id, is_primary FROM unit_member WHERE member_id = ?", keep)) == [
        (w["u1"], 1), (w["u2"], 0)]  # fmt: skip
    ties = rows(services, "SELECT a_id, b_id FROM connection ORDER BY a_id, b_id")
    assert ties == sorted([(min(keep, x), max(keep, x)) for x in (w["friend"], w["guest"])])
    att = rows(services, "SELECT event_id, rsvp, checked_in_at FROM attendance WHERE member_id = ? ORDER BY event_id",
               keep)  # fmt: skip
    assert att == [(w["e1"], "going", "2024-03-24T06:05:00Z"), (w["e2"], "going", "")]  # the attended row
    assert sorted(rows(services, "SELECT role FROM contribution WHERE member_id = ?", keep)) == [("author",),
                                                                                             ("editor",)]  # fmt: skip
    for table, column in (("agenda_item", "owner_id"), ("duty", "member_id"), ("event_task", "member_id"),
                          ("activity", "member_id"), ("member_level", "member_id")):  # fmt: skip
        assert rows(services, f"SELECT {column} FROM {table}") == [(keep,)], table
    assert rows(services, "SELECT role FROM role_assignment WHERE member_id = ?", keep) == [("secretary",)]
    assert sorted(rows(services, "SELECT field_id, value FROM member_field_value WHERE member_id = ?", keep)) == [
        (w["f"], "M"), (w["g"], "10086")]  # fmt: skip
    aliases = rows(services, "SELECT old_uuid FROM member_alias WHERE member_id = ? ORDER BY id", keep)
    assert aliases == [("a" * 32,), (uuid,)]
    assert rows(services, "SELECT a_id, b_id FROM not_duplicate") == [(min(keep, w["guest"]), max(keep, w["guest"]))]
    assert "zs@example.com" in rows(services, "SELECT search_text FROM member WHERE id = ?", keep)[0][0]


def test_chosen_values_survive(services, world):
    w = world
    merge(services.db, w["keep"], w["other"], {"name": "Zhang San", "tags": "志愿者", f"custom:{w['f']}": "L",
                                               "inviter_id": None})  # fmt: skip
    rec = services.members.get(w["keep"])
    assert rec.name == "Zhang San" and rec.tags == "志愿者" and rec.inviter_id is None
    assert rows(services, "SELECT value FROM member_field_value WHERE field_id = ?", w["f"]) == [("L",)]
    assert rows(services, "SELECT sort_key FROM member WHERE id = ?", w["keep"]) == [("zhang san",)]


def test_merge_is_one_undo_step_that_restores_every_table(services, world):
    before = snapshot(services.path)
    steps = []
    services.db.on_step.append(steps.append)
    merge(services.db, world["other"], world["keep"])
    assert len(steps) == 1 and snapshot(services.path) != before
    services.db.undo(steps[0])
    assert snapshot(services.path) == before
    services.db.redo(steps[0])
    assert not rows(services, "SELECT 1 FROM member WHERE id = ?", world["keep"])


def test_survivors_inviter_is_never_a_cycle(services, world):
    w = world
    # the other invited the survivor: after the merge the survivor would invite themself
    services.member_writes.update(w["keep"], MemberDraft(name="张三", inviter_id=w["other"]))
    merge(services.db, w["keep"], w["other"])
    assert services.members.get(w["keep"]).inviter_id is None
    with pytest.raises(DomainError):  # the organiser's own pick: someone the survivor invited
        merge(services.db, w["keep"], w["guest"], {"inviter_id": w["friend"]})


@pytest.mark.parametrize("bad", [{"colour": "red"}, {"name": "  "}, {"status": "gone"}])
def test_bad_choices_are_refused_and_nothing_written(services, world, bad):
    before = snapshot(services.path)
    with pytest.raises(DomainError):
        merge(services.db, world["keep"], world["other"], bad)
    assert snapshot(services.path) == before


def test_a_member_with_itself_or_another_community_is_refused(services, world):
    from desktop.services.communities import CommunityInfo

    elsewhere = services.communities.create(CommunityInfo(name="Book Club London"))
    stranger = add(services, elsewhere, "Zhang San", ("phone", "13800138000"))
    for a, b in ((world["keep"], world["keep"]), (world["keep"], stranger), (world["keep"], 999999)):
        with pytest.raises(DomainError):
            merge(services.db, a, b)


def test_deleting_a_survivor_with_aliases_works(services, world):
    merge(services.db, world["keep"], world["other"])
    services.member_writes.delete([world["keep"]])
    assert not rows(services, "SELECT 1 FROM member_alias")


def test_bulk_merge_identical_is_one_step(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    a = add(services, community_id, "Emily Clark", ("email", "emily.clark@gmail.com"))
    b = add(services, community_id, "Clark, Emily", ("email", "Emily.Clark@gmail.com"))
    c = add(services, community_id, "Emily Clark", ("email", "emily.clark@gmail.com"), ("phone", "+44 20 7946 0958"))
    d = add(services, community_id, "刘洋", ("phone", "13700001111"))
    e = add(services, community_id, "刘洋", ("phone", "137 0000 1111"))
    add(services, community_id, "王芳")  # no identities: never merged blindly
    add(services, community_id, "王芳")
    assert identical_groups(services.db, community_id) == [[a, b], [d, e]]
    from desktop.services.members.duplicates import mark_not_duplicate

    mark_not_duplicate(services.db, e, d)  # the organiser said so: never merged in bulk either
    assert identical_groups(services.db, community_id) == [[a, b]]
    services.db.undo(steps[-1])
    steps.clear()
    assert bulk_merge_identical(services.db, community_id) == 2
    assert len(steps) == 1
    assert services.members.count(community_id) == 5 and services.members.get(c) is not None
    assert bulk_merge_identical(services.db, community_id) == 0 and len(steps) == 1


def test_reimporting_an_old_export_does_not_resurrect(services, world, tmp_path):
    from desktop.services.members.export import export_members
    from desktop.services.members.import_apply import apply_import
    from desktop.services.members.import_plan import plan_import

    cid = world["cid"]
    twin = add(services, cid, "Clark, Emily", city="Leeds")  # no contact: only the UUID names this row
    old = tmp_path / "members.csv"
    export_members(services.db, cid, old)
    gone = rows(services, "SELECT uuid FROM member WHERE id = ?", twin)[0][0]
    merge(services.db, world["keep"], world["other"])
    merge(services.db, world["guest"], twin)
    n = services.members.count(cid)
    apply_import(services.db, plan_import(services.db, cid, old))
    assert services.members.count(cid) == n
    assert rows(services, "SELECT count(*) FROM member WHERE uuid = ?", gone) == [(0,)]
    assert rows(services, "SELECT city FROM member WHERE id = ?", world["guest"]) == [("Leeds",)]
