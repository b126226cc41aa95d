"""The demo community on a workspace file and on a team server gives the same answers: the health
report with the members behind its numbers, the members list sorted and filtered, Today, the charts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.container import open_services
from desktop.services.demo import create_demo

TODAY = dt.date(2026, 12, 4)
NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def _answers(services) -> dict:
    cid = create_demo(services.db, 300)
    members = services.members
    out = {
        "report": services.health_reports.report(cid, today=TODAY, with_names=True),
        "today": services.today.today(cid, now=NOW),
    }
    out["follow_ups"] = services.today.follow_ups(cid, out["today"].next_event, TODAY)
    for sort in ("name", "joined_on"):
        for text in ("", "王", "li", "Wong"):
            ids = members.ordered_ids(cid, text, sort=sort)
            out[f"members {sort} {text!r}"] = [members.get(i).name for i in ids]
    out["first page"] = members.ordered_ids(cid, "", limit=20)
    return out


@pytest.fixture(scope="module")
def on_both(tmp_path_factory, pg_databases):
    answers = {}
    for store, where in (
        ("sqlite", tmp_path_factory.mktemp("same") / "demo.beehive"),
        ("pg", pg_databases.migrated()),
    ):
        services = open_services(where)
        try:
            answers[store] = _answers(services)
        finally:
            services.close()
    return answers


@pytest.mark.parametrize("what", ["report", "today", "follow_ups", "first page"])
def test_the_same_numbers_on_both_stores(on_both, what):
    assert on_both["pg"][what] == on_both["sqlite"][what]


def test_the_same_members_in_the_same_order(on_both):
    lists = [k for k in on_both["sqlite"] if k.startswith("members ")]
    assert len(lists) == 8 and any(on_both["sqlite"][k] for k in lists)
    for k in lists:
        assert on_both["pg"][k] == on_both["sqlite"][k], k


def test_the_report_has_numbers_to_compare(on_both):
    report = on_both["sqlite"]["report"]
    assert report != on_both["sqlite"]["today"]  # the comparison can fail: the records hold data
    assert on_both["sqlite"]["today"].ahead or on_both["sqlite"]["follow_ups"].any()
