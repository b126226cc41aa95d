"""The typed health report: `as_dict()` is the JSON shape `report health --json` always printed (keys in
order, nested rows as plain dicts and lists), `from_dict()` reads it back to an equal report, and the
three steps are published as HealthStates, then HealthNumbers, before the HealthReport returned."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from desktop.services.core.progress import Progress
from desktop.services.drafts import MemberDraft
from desktop.services.health.report_types import HealthNumbers, HealthReport, HealthStates, from_dict

# activity_since (issue 14) comes after windows; the rest in the order `report health --json` printed them
KEYS = ["members", "active_members", "new_members", "drifting", "inactive", "quiet", "retention", "absence_factor",
        "window_days", "windows", "activity_since", "density", "isolated", "strong_nodes", "top_share", "units", "levels",
        "conditions", "lists", "invitations"]  # fmt: skip


def early_month() -> str:
    """The month 李四 and 王五 joined in: one over the one-a-month rule."""
    return (dt.date.today() - dt.timedelta(days=120)).isoformat()[:7]


@pytest.fixture
def filled(services, community_id):
    """Three members (one invited by another), activity, a tie and a unit: every part has rows."""
    w = services.member_writes
    early = (dt.date.today() - dt.timedelta(days=120)).isoformat()
    zs = w.create(community_id, MemberDraft(name="张三", interests="读书"))
    ls = w.create(community_id, MemberDraft(name="李四", inviter_id=zs, joined_on=early))
    w.create(community_id, MemberDraft(name="王五", inviter_id=zs, joined_on=early))
    with services.db.write("test activity") as uow:
        for m, ago in ((zs, 1), (ls, 100)):  # 李四 drifting
            uow.insert_one("activity", community_id=community_id, member_id=m, kind="chat", count=2, weight=1.0,
                           on_date=(dt.date.today() - dt.timedelta(days=ago)).isoformat(), source="import",
                           note="")  # fmt: skip
    services.structure_writes.connect(community_id, zs, ls)
    unit = services.structure_writes.create_unit(community_id, "北京分群", cap=10)
    services.structure_writes.add_members(unit, [zs, ls])
    return services


def test_the_report_is_the_old_json_shape_and_reads_back_equal(filled, community_id):
    report = filled.health_reports.report(community_id)
    d = report.as_dict()
    assert list(d) == KEYS  # the order `report health --json` printed them in
    assert json.loads(json.dumps(d)) == d  # plain dicts, lists and numbers only (no tuples, no dataclasses)
    assert d["windows"] == {"days": 28, "drifting": 91, "inactive": 365}
    assert d["strong_nodes"][0] == {"name": "张三", "degree": 1, "betweenness": 0.0}
    assert d["units"] == [{"name": "北京分群", "size": 2, "cap": 10, "over_cap": False, "absence_factor": 1}]
    assert list(d["lists"]) == ["follow_up", "new_needing_second_activity", "removal_candidates"]
    assert d["invitations"] == [
        {"name": "张三", "invited": 2, "successful": 0, "months_over_rule": [early_month()]}
    ]
    for c in d["conditions"].values():  # score first, the evidence, fix last: as models.scorecard has them
        assert list(c)[0] == "score" and list(c)[-1] == "fix"
    assert list(d["conditions"]["output"]) == ["score", "published_per_month", "contributors", "fix"]
    back = from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert isinstance(back, HealthReport) and back == report and back.as_dict() == d
    assert (
        report.isolated == 1
        and report.lists.follow_up == ("李四",)
        and report.conditions["output"].score == 0
    )


def test_the_steps_are_published_in_order_with_the_names_behind_the_numbers(filled, community_id):
    published: list[object] = []
    report = filled.health_reports.report(
        community_id, with_names=True, progress=Progress(publish=published.append)
    )
    states, numbers = published
    assert type(states) is HealthStates and type(numbers) is HealthNumbers and type(report) is HealthReport
    assert set(numbers.numbers()) - set(states.numbers()) == {"density", "isolated", "top_share"}
    assert states.names.numbers["active_members"] == ("张三",) and "isolated" not in states.names.numbers
    assert numbers.names.numbers["isolated"] == ("王五",) and not numbers.names.levels
    assert report.names.levels["following"] == ("张三", "李四", "王五")
    d = report.as_dict()
    assert list(d)[-1] == "names" and d["names"]["level:following"] == ["张三", "李四", "王五"]
    assert from_dict(d) == report
    partial = from_dict(states.as_dict())  # a states-only report reads back as the first step
    assert type(partial) is HealthStates and partial == states
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.isolated = 0  # type: ignore[misc]
