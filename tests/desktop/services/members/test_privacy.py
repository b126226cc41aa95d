"""Private fields and audiences: what a members-audience export leaves out (columns and members)."""

from __future__ import annotations

import csv

import pytest
import vobject
from python_calamine import CalamineWorkbook

from desktop.services.drafts import MemberDraft
from desktop.services.members.export import export_members, member_table
from desktop.services.members.privacy import DEFAULT, NOTHING, parse_private, spell_private
from models.errors import ValidationError
from tests.helpers import snapshot

PRIVATE_HEADERS = {"phone", "email", "wechat", "qq", "notes", "尺码备注"}


@pytest.fixture
def people(services, community_id):
    w = services.member_writes
    ids = {
        "张三": w.create(
            community_id,
            MemberDraft(
                name="张三",
                identities=(
                    ("phone", "13812345670"),
                    ("email", "zs@example.com"),
                    ("wechat_id", "zhangsan88"),
                    ("qq", "123456"),
                    ("wechat_nickname", "三哥"),
                ),
                city="北京",
                notes="欠会费",
            ),
        ),  # fmt: skip
        "李四": w.create(
            community_id,
            MemberDraft(name="李四", identities=(("email", "ls@example.com"),), city="上海", inviter_id=None),
        ),  # fmt: skip
        "王五": w.create(community_id, MemberDraft(name="王五", identities=(("phone", "13812345672"),))),
    }
    cf = services.custom_fields
    shirt = cf.add_field(community_id, "T恤尺码", "choice", "S; M; L")
    secret = services.privacy.add_field(community_id, "尺码备注", "text", "", private=True)
    cf.set_values(community_id, ids["张三"], {shirt: "L", secret: "要宽松"})
    services.consents.set(ids["王五"], "directory", False, "2026-11-01", "报名表")
    services.consents.set(ids["李四"], "directory", True, "2026-11-02", "报名表")
    return ids


def test_the_fields_that_can_be_private_are_the_identities_and_the_notes():
    from desktop.services.members.privacy import FIELDS
    from models.vocabulary import IDENTITY_KINDS

    assert set(FIELDS) == {*IDENTITY_KINDS, "notes"} and DEFAULT == set(FIELDS) - {"wechat_nickname"}


def test_the_stored_spelling_of_private_fields():
    assert parse_private("") == DEFAULT and spell_private(DEFAULT) == ""
    assert parse_private(NOTHING) == frozenset() and spell_private([]) == NOTHING
    assert spell_private(["notes", "phone"]) == "phone; notes" and parse_private("phone; notes") == {
        "phone",
        "notes",
    }
    with pytest.raises(ValidationError) as e:
        spell_private(["city"])
    assert e.value.code == "unknown_private_field"


def test_private_fields_change_in_one_undo_step(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    assert services.privacy.private_fields(community_id) == DEFAULT
    services.privacy.set_private_fields(community_id, ["notes"])
    assert services.privacy.private_fields(community_id) == {"notes"} and len(steps) == 1
    services.undo_step(steps[0])
    assert services.privacy.private_fields(community_id) == DEFAULT


def test_organisers_get_everything(services, community_id, people, tmp_path):
    out = tmp_path / "all.csv"
    assert export_members(services.db, community_id, out) == 3
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    assert PRIVATE_HEADERS <= set(rows[0]) and {r["name"] for r in rows} == {"张三", "李四", "王五"}


def test_members_csv_has_no_private_column_and_no_one_outside_the_directory(services, community_id, people,
                                                                          tmp_path):  # fmt: skip
    out = tmp_path / "directory.csv"
    assert export_members(services.db, community_id, out, audience="members") == 2
    text = out.read_text("utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert not PRIVATE_HEADERS & set(rows[0]), rows[0].keys()  # no column at all, not an empty one
    assert {"name", "nickname", "city", "T恤尺码"} <= set(rows[0])
    assert [r["name"] for r in rows] == ["李四", "张三"]  # 王五 said no to the directory
    for leak in ("13812345670", "zs@example.com", "zhangsan88", "123456", "欠会费", "要宽松", "王五"):
        assert leak not in text
    assert rows[1]["nickname"] == "三哥" and rows[1]["T恤尺码"] == "L"


def test_members_xlsx_the_same(services, community_id, people, tmp_path):
    out = tmp_path / "directory.xlsx"
    export_members(services.db, community_id, out, audience="members")
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    header, body = sheet[0], sheet[1:]
    assert not PRIVATE_HEADERS & set(header) and len(body) == 2
    assert "王五" not in {str(c) for row in body for c in row}


def test_members_vcards_have_no_private_line(services, community_id, people, tmp_path):
    out = tmp_path / "directory.vcf"
    assert export_members(services.db, community_id, out, audience="members") == 2
    text = out.read_text("utf-8")
    cards = list(vobject.readComponents(text))
    assert sorted(c.fn.value for c in cards) == ["张三", "李四"]
    for line in ("TEL", "EMAIL", "X-WECHAT", "X-QQ", "IMPP", "NOTE"):
        assert f"\n{line}" not in text
    assert "NICKNAME:三哥" in text and "ADR:;;;北京;;;" in text


def test_making_nothing_private_and_a_custom_field_visible(services, community_id, people, tmp_path):
    services.privacy.set_private_fields(community_id, [])
    secret = next(f.id for f in services.custom_fields.fields(community_id) if f.name == "尺码备注")
    services.privacy.set_field_private(secret, False)
    out = tmp_path / "open.csv"
    export_members(services.db, community_id, out, audience="members")
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    assert PRIVATE_HEADERS <= set(rows[0]) and len(rows) == 2  # the directory consent still holds


def test_an_inviter_is_not_named_by_a_private_identity(services, community_id, people):
    w = services.member_writes
    w.create(community_id, MemberDraft(name="赵六", inviter_id=people["张三"]))
    w.create(community_id, MemberDraft(name="钱七", inviter_id=people["王五"]))
    from desktop.services.members.export import export_headers

    headers = export_headers(services.db, community_id, "members")
    table = {r[headers.index("name")]: r for r in member_table(services.db, community_id, "members")}
    at = headers.index("inviter")
    assert table["赵六"][at] == "张三"  # the name, not zs@example.com
    assert table["钱七"][at] == ""  # 王五 is not in the directory


def test_an_unknown_audience_is_refused(services, community_id, tmp_path):
    before = snapshot(services.path)
    with pytest.raises(ValidationError) as e:
        export_members(services.db, community_id, tmp_path / "x.csv", audience="public")
    assert e.value.code == "bad_audience" and snapshot(services.path) == before


def test_attendance_export_for_members(services, community_id, people, tmp_path):
    import datetime as dt

    from desktop.services.events.export import export_attendance
    from models.event_draft import EventDraft

    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 20), tz="UTC"))  # fmt: skip
    services.rsvp_writes.invite(eid, list(people.values()))
    out = tmp_path / "att.csv"
    assert export_attendance(services.db, community_id, out) == 3
    assert "zs@example.com" in out.read_text("utf-8-sig")
    assert export_attendance(services.db, community_id, out, "members") == 2
    members = {r["member"] for r in csv.DictReader(out.read_text("utf-8-sig").splitlines())}
    assert members == {"张三", "李四"}


def test_ics_attendees_for_members(services, community_id, people, tmp_path):
    import datetime as dt

    from desktop.services.events.export import export_events
    from desktop.services.events.ics import ics_text
    from models.event_draft import EventDraft

    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 20), tz="UTC"))  # fmt: skip
    services.rsvp_writes.invite(eid, list(people.values()))
    everyone = ics_text(services.db, [eid])
    assert "mailto:zs@example.com" in everyone and "王五" in everyone
    shown = ics_text(services.db, [eid], "members")
    assert "mailto:" not in shown and "王五" not in shown and "张三" in shown and "李四" in shown
    out = tmp_path / "e.ics"
    export_events(services.db, community_id, out, "members")
    assert "mailto:" not in out.read_text("utf-8") and "王五" not in out.read_text("utf-8")
    with pytest.raises(ValidationError):
        export_events(services.db, community_id, tmp_path / "e.csv", "public")
