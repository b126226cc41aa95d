"""A community's first runs (issue 14): imported a minute ago with no activity, Health says nothing is
recorded yet instead of calling all 60 members inactive removal candidates (提纯); candidates come back
once there is a whole activity window of data; nobody is one in their first `removal_grace_days`."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.cli.main import main
from desktop.errors import ValidationError
from desktop.services.health import settings as health_settings
from desktop.services.health.report_types import from_dict
from tests.helpers import write_csv

OLD = (dt.date.today() - dt.timedelta(days=200)).isoformat()
NEW = (dt.date.today() - dt.timedelta(days=10)).isoformat()


def imported(tmp_path):
    """A workspace with 60 members imported through the CLI: 59 joined 200 days ago, 新人 10 days ago."""
    rows = "".join(f"成员{n},{OLD}\n" for n in range(1, 60)) + f"新人,{NEW}\n"
    path = tmp_path / "first.beehive"
    assert (
        main(
            [
                "--db",
                str(path),
                "import",
                "members",
                str(write_csv(tmp_path / "m.csv", "name,joined\n" + rows)),
            ]
        )
        == 0
    )
    return path


@pytest.fixture
def fresh(tmp_path):
    from desktop.services.container import open_services

    s = open_services(imported(tmp_path))
    yield s, s.db.query("SELECT id FROM community")[0][0]
    s.close()


def _activity(services, community_id, name: str, days_ago: int) -> None:
    (member,) = services.db.query("SELECT id FROM member WHERE name = ?", (name,))[0]
    with services.db.write("test activity") as uow:
        uow.insert_one("activity", community_id=community_id, member_id=member, kind="chat", count=1, weight=1.0,
                       on_date=(dt.date.today() - dt.timedelta(days=days_ago)).isoformat(), source="import",
                       note="")  # fmt: skip


def test_a_community_with_no_activity_calls_nobody_inactive(fresh):
    services, cid = fresh
    report = services.health_reports.report(cid, with_names=True)
    assert report.members == 60 and not report.has_activity and report.activity_since is None
    assert report.lists.removal_candidates == () and report.lists.follow_up == ()
    assert report.inactive == 0 and report.drifting == 0 and report.names.numbers["inactive"] == ()
    assert report.strong_nodes == ()  # no ties: no "strong" members of degree 0
    assert report.as_dict()["activity_since"] is None


def test_one_whole_window_of_activity_brings_the_candidates_back(fresh):
    services, cid = fresh
    _activity(services, cid, "成员1", 40)  # 40 days of data ≥ the 28-day window
    report = services.health_reports.report(cid)
    since = (dt.date.today() - dt.timedelta(days=40)).isoformat()
    assert report.has_activity and report.activity_since == since
    candidates = report.lists.removal_candidates
    assert len(candidates) == 58 and "成员1" not in candidates  # active 40 days ago: not gone a year
    assert "新人" not in candidates  # joined 10 days ago
    assert report.inactive == 58 + 1  # 新人 too is inactive; just not a candidate yet
    assert from_dict(report.as_dict()) == report


def test_less_than_a_window_of_data_makes_no_candidates_yet(fresh):
    services, cid = fresh
    _activity(services, cid, "成员1", 5)
    report = services.health_reports.report(cid)
    assert report.has_activity and report.lists.removal_candidates == ()
    assert report.active_members == 1 and report.inactive == 59  # the states themselves are real


def test_the_grace_days_are_a_setting_and_a_new_member_is_never_a_candidate(fresh):
    services, cid = fresh
    _activity(services, cid, "成员1", 400)  # a year and more of data
    settings = health_settings.load(services.db, cid)
    assert settings.removal_grace_days == 30
    assert "新人" not in services.health_reports.report(cid).lists.removal_candidates
    health_settings.save(services.db, cid, dataclasses.replace(settings, removal_grace_days=5))
    assert health_settings.load(services.db, cid).removal_grace_days == 5  # stored with the others
    assert "新人" in services.health_reports.report(cid).lists.removal_candidates
    health_settings.save(
        services.db, cid, dataclasses.replace(settings, removal_grace_days=0)
    )  # 0 is allowed
    with pytest.raises(ValidationError):
        health_settings.save(services.db, cid, dataclasses.replace(settings, removal_grace_days=-1))


def test_an_older_json_report_without_activity_since_still_reads(fresh):
    services, cid = fresh
    _activity(services, cid, "成员1", 40)
    d = services.health_reports.report(cid).as_dict()
    del d["activity_since"]
    assert from_dict(d).activity_since is None
