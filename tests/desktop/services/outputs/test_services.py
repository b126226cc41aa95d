"""Outputs: status history (backwards recorded), contributor roles and weights, refusals, undo."""

from __future__ import annotations

import pytest

from desktop.services.drafts import MemberDraft
from models.errors import ValidationError
from models.output_draft import OutputDraft
from tests.helpers import snapshot


@pytest.fixture
def env(services, community_id):
    steps = []
    people = [
        services.member_writes.create(community_id, MemberDraft(name=n)) for n in ("张三", "李四", "王五")
    ]
    services.db.on_step.append(steps.append)
    return services.output_writes, services.outputs, people, steps


def test_status_history_keeps_every_move_backwards_too(services, community_id, env):
    w, q, people, steps = env
    before = snapshot(services.path)
    oid = w.create(community_id, OutputDraft(title="八人合写的书", kind="book", created_on="2026-01-10",
                                             contributors=((people[0], "author"), (people[1], "editor"))))  # fmt: skip
    for status in ("drafting", "review", "drafting", "published"):
        w.set_status(oid, status)
    assert [s for s, _ in q.history(oid)] == ["idea", "drafting", "review", "drafting", "published"]
    assert q.history(oid)[0][1] == "2026-01-10"
    o = q.output(oid)
    assert o.status == "published" and o.published_on  # reaching published dates it
    assert len(steps) == 5
    for step in reversed(steps):
        services.db.undo(step)
    assert snapshot(services.path) == before


def test_contributors_roles_and_weights(services, community_id, env):
    w, q, people, _ = env
    oid = w.create(community_id, OutputDraft(title="课程", kind="course",
                                             contributors=((people[0], "speaker"), (people[1], "designer"))))  # fmt: skip
    assert [(n, r) for _, n, r in q.output(oid).contributors] == [("张三", "speaker"), ("李四", "designer")]
    w.update(oid, OutputDraft(title="课程", kind="course", status="review",
                              contributors=((people[0], "speaker"), (people[2], "reviewer"))))  # fmt: skip
    assert [(n, r) for _, n, r in q.output(oid).contributors] == [("张三", "speaker"), ("王五", "reviewer")]
    weights = dict(services.db.query("SELECT role, weight FROM contribution WHERE output_id = ?", (oid,)))
    assert weights["speaker"] > weights["reviewer"] > 0
    assert q.member_outputs(people[0]) == [("课程", "course", "speaker", "review")]
    report = q.report(community_id)
    assert report["outputs"][0]["contributors"] == [
        {"name": "张三", "role": "speaker"},
        {"name": "王五", "role": "reviewer"},
    ]
    w.update(
        oid,
        OutputDraft(title="课程", kind="course", status="published", contributors=((people[0], "speaker"),)),
    )
    assert q.output(oid).published_on  # published through the editor is dated too


@pytest.mark.parametrize("bad, code", [
    (dict(title=" "), "output_title_required"),
    (dict(status="finished"), "bad_output_status"),
    (dict(created_on="2026-03-01", published_on="2026-02-01"), "published_before_idea"),
    (dict(reads=-1), "bad_figure"),
    (dict(contributors=((999, "author"),)), "contributor_not_member"),
])  # fmt: skip
def test_bad_outputs_are_refused_and_nothing_is_written(services, community_id, env, bad, code):
    w = env[0]
    before = snapshot(services.path)
    with pytest.raises(ValidationError) as e:
        w.create(community_id, OutputDraft(**{"title": "文章", **bad}))
    assert e.value.code == code
    assert snapshot(services.path) == before


def test_deleting_a_member_or_event_keeps_the_output(services, community_id, env):
    import datetime as dt

    from models.event_draft import EventDraft

    w, q, people, _ = env
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="年会", start=dt.datetime(2026, 12, 5, 14), end=dt.datetime(2026, 12, 5, 17), tz="UTC"))  # fmt: skip
    oid = w.create(community_id, OutputDraft(title="演讲", kind="talk", event_id=eid,
                                             contributors=((people[0], "speaker"), (people[1], "co_author"))))  # fmt: skip
    assert [o.title for o in q.event_outputs(eid)] == ["演讲"]
    services.member_writes.delete([people[0]])
    services.event_writes.delete(eid)
    o = q.output(oid)
    assert o.event_id is None and [n for _, n, _ in o.contributors] == ["李四"]
