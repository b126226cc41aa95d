"""Units, leads with history, ring coverage, ties and splits: refusals write nothing, undo restores."""

from __future__ import annotations

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.structure.queries import StructureQueries
from desktop.services.structure.writes import StructureWrites
from models.errors import ConflictError, ValidationError
from models.structure import propose_split
from tests.helpers import snapshot


@pytest.fixture
def env(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    people = [services.member_writes.create(community_id, MemberDraft(name=f"成员{i}")) for i in range(12)]
    return StructureWrites(services.db), StructureQueries(services.db), people, steps


def test_unit_tree_refuses_cycles_and_bad_caps(services, community_id, env):
    w, q, people, _ = env
    top = w.create_unit(community_id, "总群")
    a = w.create_unit(community_id, "一群", parent_id=top)
    b = w.create_unit(community_id, "一群A", parent_id=a)
    before = snapshot(services.path)
    with pytest.raises(ConflictError):
        w.move_unit(top, b)
    with pytest.raises(ValidationError):
        w.update_unit(a, cap=0)
    with pytest.raises(ValidationError):
        w.create_unit(community_id, "一群")  # same name
    assert snapshot(services.path) == before
    w.move_unit(b, top)
    assert next(u for u in q.units(community_id) if u.id == b).parent_id == top


def test_changing_a_lead_closes_the_old_term_and_opens_a_new_one(services, community_id, env):
    w, q, people, steps = env
    unit = w.create_unit(community_id, "读书组", lead_id=people[0])
    assert [m for m, _, _ in q.unit_members(unit)] == [people[0]]  # the lead joined the unit
    w.set_lead(unit, people[1], on="2099-01-01")
    history = q.roles(community_id)
    assert [(r.member, r.role, r.end_on) for r in history][-2:] == [
        ("成员0", "subgroup_lead", "2099-01-01"),
        ("成员1", "subgroup_lead", ""),
    ]
    before_undo = snapshot(services.path)
    services.db.undo(steps[-1])
    assert q.roles(community_id, current_only=True)[0].member == "成员0"
    services.db.redo(steps[-1])
    assert snapshot(services.path) == before_undo


def test_lead_from_another_community_is_refused(services, community_id, env):
    from desktop.services.communities import CommunityInfo

    w, _, _, _ = env
    other = services.communities.create(CommunityInfo(name="别的社群"))
    stranger = services.member_writes.create(other, MemberDraft(name="外人"))
    with pytest.raises(ValidationError) as e:
        w.create_unit(community_id, "组", lead_id=stranger)
    assert e.value.code == "lead_not_member"


def test_ring_coverage_in_the_report(services, community_id, env):
    w, q, people, _ = env
    from desktop.services.communities import CommunityInfo

    services.communities.update(
        CommunityInfo(community_id, "测试社群", wanted_specialties="演讲; 设计; 财务")
    )
    ring = w.create_unit(community_id, "核心圈", kind="ring")
    for m, spec in zip(people[:3], ("演讲", "设计", "设计"), strict=True):
        w.assign_role(m, "core_member", ring, spec)
    row = next(u for u in q.report(community_id)["units"] if u["name"] == "核心圈")
    assert row["covered"] == ["演讲", "设计"] and row["missing"] == ["财务"] and row["doubled"] == ["设计"]
    assert row["size"] == 3 and row["over_cap"] is False


def test_ties_refuse_self_and_merge_duplicates(services, community_id, env):
    w, q, people, _ = env
    with pytest.raises(ValidationError):
        w.connect(community_id, people[0], people[0])
    first = w.connect(community_id, people[0], people[1], 3)
    assert w.connect(community_id, people[1], people[0], 7) == first
    assert w.connect(community_id, people[0], people[1], 2) == first
    assert q.ties(community_id) == [(people[0], people[1], 7)]


def test_split_is_one_undo_step(services, community_id, env):
    w, q, people, steps = env
    unit = w.create_unit(community_id, "大群", cap=6)
    w.add_members(unit, people)
    for grp in (people[:6], people[6:]):
        for i, a in enumerate(grp):
            for b in grp[i + 1 :]:
                w.connect(community_id, a, b, 8)
    proposal = propose_split(people, q.ties(community_id), cap=6)
    before = snapshot(services.path)
    subs = w.apply_split(unit, proposal)
    assert len(subs) == 2 and all(u.size == 6 and u.lead for u in q.units(community_id) if u.id in subs)
    assert q.unit_members(unit) == []
    after = snapshot(services.path)
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before
    services.db.redo(steps[-1])
    assert snapshot(services.path) == after


def test_deleting_a_lead_keeps_the_unit_and_undo_restores_everything(services, community_id, env):
    w, q, people, steps = env
    unit = w.create_unit(community_id, "组", lead_id=people[0])
    w.connect(community_id, people[0], people[1], 4)
    before = snapshot(services.path)
    services.member_writes.delete([people[0]])
    assert q.units(community_id)[0].lead_id is None and q.ties(community_id) == []
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before
    assert unit


def test_new_chapter_copies_rules_and_tree_without_members(services, community_id, env):
    from desktop.services.communities import CommunityInfo
    from desktop.services.structure.writes import replicate

    w, q, people, steps = env
    services.communities.update(
        CommunityInfo(
            community_id,
            "测试社群",
            rule_entry="老成员邀请",
            management_mode="subgroups",
            wanted_specialties="演讲; 设计",
        )  # fmt: skip
    )
    top = w.create_unit(community_id, "总群", lead_id=people[0])
    w.create_unit(community_id, "一群", parent_id=top, cap=12, kind="ring")
    before = snapshot(services.path)
    new = replicate(services.db, community_id, "测试社群·上海分会")
    info = services.communities.get(new)
    assert info.rule_entry == "老成员邀请" and info.management_mode == "subgroups"
    assert q.wanted_specialties(new) == ["演讲", "设计"]
    units = {u.name: u for u in q.units(new)}
    assert set(units) == {"总群", "一群"} and units["一群"].parent_id == units["总群"].id
    assert (
        units["一群"].cap == 12
        and units["一群"].kind == "ring"
        and all(u.size == 0 and u.lead_id is None for u in units.values())
    )
    with pytest.raises(ValidationError):
        replicate(services.db, community_id, "测试社群·上海分会")
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before


def test_deleting_a_unit_moves_its_children_up_and_undo_restores(services, community_id, env):
    w, q, people, steps = env
    top = w.create_unit(community_id, "总群")
    mid = w.create_unit(community_id, "一群", parent_id=top, lead_id=people[0])
    low = w.create_unit(community_id, "一群A", parent_id=mid)
    w.add_members(mid, people[1:4])
    before = snapshot(services.path)
    w.delete_unit(mid)
    units = {u.id: u for u in q.units(community_id)}
    assert mid not in units and units[low].parent_id == top
    assert q.roles(community_id, people[0]) == [] and q.units_of(people[1]) == []
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before
