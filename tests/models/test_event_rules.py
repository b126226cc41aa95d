"""Series expansion and exceptions, capacity placement, run-sheet times, RSVP -> PARTSTAT."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.events import (
    PARTSTAT,
    RSVP_STATUSES,
    attendance_rate,
    placed_status,
    promotions,
    run_sheet,
    run_time,
)
from models.recurrence import Rule, occurrences, rule_dates

D = dt.date


def test_weekly_and_every_n_weeks():
    assert occurrences(Rule("weekly", D(2026, 1, 5), count=3)) == [
        D(2026, 1, 5),
        D(2026, 1, 12),
        D(2026, 1, 19),
    ]
    assert occurrences(Rule("weekly", D(2026, 1, 5), interval=2, until_on=D(2026, 2, 2))) == [
        D(2026, 1, 5), D(2026, 1, 19), D(2026, 2, 2)]  # fmt: skip


def test_monthly_by_date_skips_months_without_that_day():
    got = occurrences(Rule("monthly_date", D(2026, 1, 31), count=4))
    assert got == [D(2026, 1, 31), D(2026, 3, 31), D(2026, 5, 31), D(2026, 7, 31)]


def test_monthly_by_weekday_keeps_the_nth_weekday():
    # 2026-01-13 is the second Tuesday of January
    got = occurrences(Rule("monthly_weekday", D(2026, 1, 13), count=3))
    assert got == [D(2026, 1, 13), D(2026, 2, 10), D(2026, 3, 10)]
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 for d in got)


def test_skipped_dates_still_count_towards_the_count():
    rule = Rule("weekly", D(2026, 1, 5), count=3)
    assert occurrences(rule, {D(2026, 1, 12)}) == [D(2026, 1, 5), D(2026, 1, 19)]
    assert len(rule_dates(rule)) == 3


@pytest.mark.parametrize("rule, skipped", [
    (Rule("weekly", D(2026, 3, 1), until_on=D(2026, 2, 1)), set()),  # ends before it starts
    (Rule("weekly", D(2026, 3, 1), count=1), {D(2026, 3, 1)}),  # its only date skipped
])  # fmt: skip
def test_a_rule_that_yields_no_dates_is_refused(rule, skipped):
    with pytest.raises(ValidationError) as e:
        occurrences(rule, skipped)
    assert e.value.code == "series_empty"


@pytest.mark.parametrize("rule, code", [
    (Rule("daily", D(2026, 1, 1), count=2), "bad_freq"),
    (Rule("weekly", D(2026, 1, 1), interval=0, count=2), "bad_interval"),
    (Rule("weekly", D(2026, 1, 1)), "series_unbounded"),
    (Rule("weekly", D(2026, 1, 1), until_on=D(2099, 1, 1)), "series_too_long"),
])  # fmt: skip
def test_bad_rules_are_refused_with_their_reason(rule, code):
    with pytest.raises(ValidationError) as e:
        occurrences(rule)
    assert e.value.code == code


def test_going_beyond_capacity_waitlists_and_freed_places_promote_oldest_first():
    assert placed_status("going", 2, 1) == "going"
    assert placed_status("going", 2, 2) == "waitlisted"
    assert placed_status("going", 0, 500) == "going"  # no limit
    assert placed_status("maybe", 2, 2) == "maybe"
    assert promotions(3, 1, [7, 8, 9]) == [7, 8]
    assert promotions(3, 3, [7]) == []


def test_run_sheet_recomputes_following_times_and_honours_pinned_starts():
    lines = run_sheet([(None, 10), (None, 30), (60, 15), (None, 5)])
    assert [(x.start_min, x.end_min) for x in lines] == [(0, 10), (10, 40), (60, 75), (75, 80)]
    longer = run_sheet([(None, 20), (None, 30)])
    assert longer[1].start_min == 20 and run_time(longer) == 50


def test_every_rsvp_status_has_a_partstat():
    assert set(PARTSTAT) == set(RSVP_STATUSES)
    assert PARTSTAT["going"] == "ACCEPTED" and PARTSTAT["declined"] == "DECLINED"
    assert PARTSTAT["maybe"] == "TENTATIVE"


def test_attendance_rate():
    assert attendance_rate(4, 3, 1) == 0.75
    assert attendance_rate(0, 1, 0) == 1.0  # a walk-in counts as expected
    assert attendance_rate(0, 0, 0) is None


def test_output_rules():
    from models.outputs import check_dates, is_backwards, is_stalled, parse_contributors, weight

    assert parse_contributors("张三:author; Li Wei：editor；王五") == [("张三", "author"), ("Li Wei", "editor"),
                                                                     ("王五", "author")]  # fmt: skip
    assert is_backwards("review", "drafting") and not is_backwards("idea", "review")
    assert not is_backwards("published", "dropped")
    assert weight("book", "author") > weight("article", "author") > weight("article", "reviewer")
    assert is_stalled("drafting", "2026-01-01", D(2026, 3, 1), 30)
    assert not is_stalled("published", "2026-01-01", D(2026, 3, 1), 30)
    with pytest.raises(ValidationError) as e:
        check_dates("2026-03-01", "2026-02-01")
    assert e.value.code == "published_before_idea"
