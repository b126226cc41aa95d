"""Member import: encodings, delimiters, header synonyms, all-or-nothing, matching and re-import."""

from __future__ import annotations

import pytest

from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import
from models.errors import ValidationError
from tests.helpers import snapshot, write_csv

ROWS = "姓名,手机,邮箱,微信号,标签,入群时间,邀请人\n张三,13812345678,zs@example.com,zhangsan01,读书;跑步,2024年3月5日,\n李四,+86 139 1234 5678,,lisi,写作,2024/3/6,张三\n"


def _import(services, cid, path, **kw):
    plan = plan_import(services.db, cid, path, **kw)
    return plan, apply_import(services.db, plan) if not plan.rejected else None


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_encodings(services, community_id, tmp_path, encoding):
    path = write_csv(tmp_path / "m.csv", ROWS, encoding)
    plan, result = _import(services, community_id, path)
    assert result.created == 2
    ids = services.members.ordered_ids(community_id)
    rows = services.members.rows(ids)
    assert [rows[i].name for i in ids] == ["李四", "张三"]
    assert rows[ids[0]].inviter == "张三"


@pytest.mark.parametrize("sep", [";", "\t"])
def test_semicolon_and_tab_separated(services, community_id, tmp_path, sep):
    text = f"Name{sep}EMAIL{sep} Phone \nAmy{sep}amy@example.com{sep}13800001111\n"
    plan, result = _import(services, community_id, write_csv(tmp_path / "m.csv", text))
    assert result.created == 1 and plan.mapping == {"Name": "name", "EMAIL": "email", "Phone": "phone"}


def test_unknown_encoding_is_refused_naming_the_encodings_tried(services, community_id, tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b"name\n\xff\xfe\x00\x81\x00garbage\n")
    with pytest.raises(ValidationError) as e:
        plan_import(services.db, community_id, path)
    assert e.value.code == "unknown_encoding" and "GBK" in e.value.value


@pytest.mark.parametrize(
    "text,code", [("", "empty_file"), ("姓名,邮箱\n", "no_rows"), ("foo,bar\n1,2\n", "no_name_column")]
)
def test_empty_header_only_and_no_name_column(services, community_id, tmp_path, text, code):
    with pytest.raises(ValidationError) as e:
        plan_import(services.db, community_id, write_csv(tmp_path / "m.csv", text))
    assert e.value.code == code


def test_unknown_columns_are_reported_and_ignored(services, community_id, tmp_path):
    plan, result = _import(
        services, community_id, write_csv(tmp_path / "m.csv", "name,shoe size,城市\nAmy,38,上海\n")
    )
    assert plan.unknown_columns == ["shoe size"] and result.created == 1


def test_rejected_rows_refuse_the_whole_import_and_list_every_row(services, community_id, tmp_path):
    text = "name,email,phone,joined,inviter\nGood,g@example.com,,,\n,,,2024-01-02,\nBad,bad@,,,\nP,,12345,,\nD,,,2024-13-40,\nI,,,,Nobody\n"
    before = snapshot(services.path)
    plan = plan_import(services.db, community_id, write_csv(tmp_path / "m.csv", text))
    assert [(r.line, r.code) for r in plan.rejected] == [
        (3, "name_required"),
        (4, "bad_email"),
        (5, "bad_phone"),
        (6, "bad_date"),
        (7, "unknown_inviter"),
    ]
    assert snapshot(services.path) == before


def test_skip_invalid_imports_the_rest(services, community_id, tmp_path):
    text = "name,email\nGood,g@example.com\nBad,bad@\n"
    plan = plan_import(services.db, community_id, write_csv(tmp_path / "m.csv", text))
    result = apply_import(services.db, plan)
    assert result.created == 1 and len(plan.rejected) == 1


def test_reimport_changes_nothing_and_blank_never_overwrites(services, community_id, tmp_path):
    path = write_csv(tmp_path / "m.csv", ROWS)
    _import(services, community_id, path)
    before = snapshot(services.path)
    steps = []
    services.db.on_step.append(steps.append)
    plan, result = _import(services, community_id, path)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)
    assert snapshot(services.path) == before and steps == []
    # same people by phone, blank email and a new tag: tags merge, email stays
    update = "name,phone,email,tags,city\n张三,138-1234-5678,,新人,北京\n"
    plan, result = _import(services, community_id, write_csv(tmp_path / "u.csv", update))
    assert result.updated == 1
    m = services.members.get(services.members.find(community_id, "zs")[0][0])
    assert ("email", "zs@example.com") in m.identities and m.tags == "读书; 跑步; 新人" and m.city == "北京"


def test_duplicate_rows_inside_one_file_become_one_member(services, community_id, tmp_path):
    text = "name,email,phone,tags\nAmy,amy@example.com,,a\nAmy Li,AMY@example.com,13800001111,b\n"
    plan, result = _import(services, community_id, write_csv(tmp_path / "m.csv", text))
    assert result.created == 1 and plan.merged_lines == [(3, 2)]
    m = services.members.get(services.members.ordered_ids(community_id)[0])
    assert m.name == "Amy Li" and m.tags == "a; b" and len(m.identities) == 2


def test_row_matching_two_members_is_rejected(services, community_id, tmp_path):
    _import(
        services,
        community_id,
        write_csv(tmp_path / "a.csv", "name,email,phone\nA,a@example.com,\nB,,13800001111\n"),
    )
    plan = plan_import(
        services.db,
        community_id,
        write_csv(tmp_path / "b.csv", "name,email,phone\nAB,a@example.com,13800001111\n"),
    )
    assert [r.code for r in plan.rejected] == ["matches_several"]


def test_inviter_later_in_the_file_and_cycles(services, community_id, tmp_path):
    ok = "name,email,inviter\nB,b@example.com,a@example.com\nA,a@example.com,\n"
    _, result = _import(services, community_id, write_csv(tmp_path / "ok.csv", ok))
    assert result.created == 2
    b = services.members.get(services.members.find(community_id, "b@example")[0][0])
    assert b.inviter_name == "A"
    cycle = "name,email,inviter\nA,a@example.com,b@example.com\n"
    plan = plan_import(services.db, community_id, write_csv(tmp_path / "cycle.csv", cycle))
    assert [r.code for r in plan.rejected] == ["inviter_cycle"]


def test_day_first_dates_and_chinese_status(services, community_id, tmp_path):
    text = "姓名,入群时间,状态\n王五,05/03/2024,已退出\n"
    _import(services, community_id, write_csv(tmp_path / "m.csv", text), day_first=True)
    m = services.members.get(services.members.ordered_ids(community_id)[0])
    assert m.joined_on == "2024-03-05" and m.status == "left"


def test_import_is_one_undo_step(services, community_id, tmp_path):
    steps = []
    services.db.on_step.append(steps.append)
    before = snapshot(services.path)
    _import(services, community_id, write_csv(tmp_path / "m.csv", ROWS))
    assert len(steps) == 1 and steps[0].label == "Import members"
    services.db.undo(steps[0])
    assert snapshot(services.path) == before


def test_cancelled_import_writes_nothing(services, community_id, tmp_path):
    from desktop.services.core.progress import Cancelled, Progress

    plan = plan_import(services.db, community_id, write_csv(tmp_path / "m.csv", ROWS))
    before = snapshot(services.path)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        apply_import(services.db, plan, progress)
    assert snapshot(services.path) == before
    assert apply_import(services.db, plan).created == 2  # the plan is still usable
