"""Rows sharing an email or phone with someone of another name are listed, never merged silently."""

from __future__ import annotations

import pytest

from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_conflicts import same_person
from desktop.services.members.import_plan import plan_import
from tests.helpers import write_csv

FAMILY = "姓名,手机,邮箱\n张伟,13800138000,\n李娜,13800138000,\nZhang Wei,,zw@example.com\n张伟,,zw@example.com\n"


@pytest.mark.parametrize(
    "a,b,same",
    [("张伟", "Zhang Wei", True), ("Amy", "Amy Chen", True), ("Smith, John", "John Smith", True),
     ("张伟", "李娜", False), ("Amy Chen", "Bob Lee", False)],
)  # fmt: skip
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_another_name_on_a_shared_phone_is_kept_apart_and_listed(services, community_id, tmp_path):
    plan = plan_import(services.db, community_id, write_csv(tmp_path / "f.csv", FAMILY))
    assert [(c.line, c.name, c.other, c.other_line, c.shared[0], c.decision) for c in plan.conflicts] == [
        (3, "李娜", "张伟", 2, "phone", "keep")
    ]
    assert plan.merged_lines == [(5, 4)]  # Zhang Wei and 张伟 are one person: merged, as before
    assert apply_import(services.db, plan).created == 3


@pytest.mark.parametrize(
    "decision,names", [("merge", ["张伟", "张伟"]), ("skip", ["张伟", "张伟"]), ("keep", ["张伟", "张伟", "李娜"])]
)
def test_each_decision(services, community_id, tmp_path, decision, names):
    path = write_csv(tmp_path / "f.csv", FAMILY)
    plan = plan_import(services.db, community_id, path, conflicts={3: decision})
    assert plan.conflicts[0].decision == decision
    apply_import(services.db, plan)
    rows = services.members.rows(services.members.ordered_ids(community_id))
    assert sorted(r.name for r in rows.values()) == sorted(names)  # a merge keeps the other's name


def test_an_existing_member_is_never_renamed_by_a_stranger_on_her_phone(services, community_id, tmp_path):
    apply_import(services.db, plan_import(services.db, community_id, write_csv(tmp_path / "a.csv",
                                                                               "姓名,手机\n李娜,13912345678\n")))  # fmt: skip
    plan = plan_import(services.db, community_id, write_csv(tmp_path / "b.csv", "姓名,手机\n王芳,13912345678\n"))
    assert [(c.other, c.other_line) for c in plan.conflicts] == [("李娜", 0)]
    apply_import(services.db, plan)
    names = sorted(r.name for r in services.members.rows(services.members.ordered_ids(community_id)).values())
    assert names == ["李娜", "王芳"]
    again = write_csv(tmp_path / "c.csv", "姓名,手机\n赵敏,13912345678\n")
    assert plan_import(services.db, community_id, again, on_conflict="skip").targets == []
