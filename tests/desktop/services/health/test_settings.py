"""Health settings: windows and weights change the numbers; bad values are refused with nothing written;
saving is one undo step. The report stops when cancelled."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.services.core.progress import Cancelled, Progress
from desktop.services.drafts import MemberDraft
from desktop.services.health import settings as health_settings
from tests.helpers import snapshot


def _active(services, community_id, days_ago: int, count: int = 1):
    m = services.member_writes.create(community_id, MemberDraft(name=f"成员{days_ago}"))
    on = (dt.date.today() - dt.timedelta(days=days_ago)).isoformat()
    with services.db.write("test activity") as uow:
        uow.insert_one("activity", community_id=community_id, member_id=m, on_date=on, kind="chat", count=count,
                       weight=1.0, source="import", note="")  # fmt: skip
    return m


def test_windows_and_weights_change_the_numbers_and_saving_is_one_undo_step(services, community_id):
    _active(services, community_id, 10, count=4)
    _active(services, community_id, 2, count=1)
    report = services.health_reports.report(community_id)
    assert report.active_members == 2 and report.absence_factor == 1
    steps = []
    services.db.on_step.append(steps.append)
    before = snapshot(services.path)
    settings = health_settings.load(services.db, community_id)
    changed = dataclasses.replace(settings, active_days=7, weights={**settings.weights, "chat": 0.0})
    health_settings.save(services.db, community_id, changed)
    report = services.health_reports.report(community_id)
    assert report.active_members == 1 and report.window_days == 7
    assert report.absence_factor == 0  # chat weighs nothing now: no activity to share
    assert len(steps) == 1
    services.db.undo(steps[0])
    assert snapshot(services.path) == before


@pytest.mark.parametrize(
    ("change", "code"),
    [({"active_days": 0}, "bad_window"), ({"drifting_after_days": 400}, "bad_drift_window"),
     ({"weights": {"duty": -1.0}}, "bad_weight")],
)  # fmt: skip
def test_bad_settings_are_refused_with_nothing_written(services, community_id, change, code):
    before = snapshot(services.path)
    settings = health_settings.load(services.db, community_id)
    with pytest.raises(ValidationError) as e:
        health_settings.save(services.db, community_id, dataclasses.replace(settings, **change))
    assert e.value.code == code and snapshot(services.path) == before


def test_a_cancelled_report_stops(services, community_id):
    _active(services, community_id, 1)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        services.health_reports.report(community_id, progress=progress)


def test_checking_in_together_at_enough_events_counts_as_a_tie(services, community_id):
    from desktop.services.structure.ties import ties
    from models.event_draft import EventDraft
    from models.recurrence import Rule

    a, b, c = (_active(services, community_id, n) for n in (1, 2, 3))
    draft = EventDraft(title="共读", start=dt.datetime(2026, 1, 6, 19), end=dt.datetime(2026, 1, 6, 21))
    events = services.event_writes.create(community_id, draft, Rule("weekly", dt.date(2026, 1, 6), count=3))
    for n, e in enumerate(events):
        services.rsvp_writes.invite(e, [a, b, c] if n == 0 else [a, b])  # 丙 only once
    with services.db.write("test check-ins") as uow:
        uow.update("attendance", {k: {"checked_in_at": "2026-01-06T12:00:00Z"}
                                  for (k,) in services.db.query("SELECT id FROM attendance")})  # fmt: skip
    assert ties(services.db, community_id, {a, b, c}, 3) == [(min(a, b), max(a, b))]  # three times together
    assert ties(services.db, community_id, {a, b, c}, 1) == sorted(
        {tuple(sorted(p)) for p in ((a, b), (a, c), (b, c))}
    )
    assert services.health_reports.report(community_id).isolated == 1  # 丙
    settings = health_settings.load(services.db, community_id)
    health_settings.save(services.db, community_id, dataclasses.replace(settings, shared_events=0))
    assert services.health_reports.report(community_id).isolated == 3  # connections only: nobody is tied


def test_a_flagged_member_is_a_removal_candidate_however_active(services, community_id):
    busy = _active(services, community_id, 1)
    services.member_writes.update(busy, MemberDraft(name="成员1", tags="待清退"))
    _active(services, community_id, 2)
    lists = services.health_reports.report(community_id).lists
    assert lists.removal_candidates == ("成员1",)  # 成员2 is active and not flagged
