"""Calendar files as the tools write them (tests/fixtures/ics): Meetup's group feed, a Google Calendar
export (RRULE, EXDATE, a moved and a cancelled date, an all-day event, UTC times with X-WR-TIMEZONE,
an endless twice-weekly rule), Outlook's Windows zone names; and hostile ones, never a traceback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.events.import_plan import plan
from models.errors import DomainError

ICS = Path(__file__).parents[3] / "fixtures" / "ics"


def _plan(services, community_id, path):
    return plan(services.db, community_id, path, kind="events", tz="Europe/Berlin")


def test_meetups_feed_gives_one_event_per_date_with_its_zone(services, community_id):
    p = _plan(services, community_id, ICS / "meetup_group_feed.ics")
    got = [(r["title"], r["start_utc"], r["tz"], r["kind"], r["venue"]) for r in p.rows]
    assert got == [
        ("读书会：《三体》第二部", "2026-03-19T11:00:00Z", "Asia/Shanghai", "offline", "望京书房 (望京SOHO T1, 北京, cn)"),
        ("读书会：《三体》第三部", "2026-03-26T11:00:00Z", "Asia/Shanghai", "offline", "望京书房 (望京SOHO T1, 北京, cn)"),
        ("Online: Reading Liu Cixin in English", "2026-04-02T12:00:00Z", "Asia/Shanghai", "online", ""),
    ]  # fmt: skip
    assert (
        "We  read 黑暗森林" not in p.rows[0]["description"]
        and "https://www.meetup.com/" in p.rows[0]["description"]
    )
    assert p.rejected == []


def test_googles_series_keeps_its_rule_skips_and_moved_date(services, community_id):
    p = _plan(services, community_id, ICS / "google_calendar_export.ics")
    circle = [r for r in p.rows if r["series"] == "私董会 Founders circle"]
    assert [(r["series_on"], r["start_utc"]) for r in circle] == [
        ("2026-01-07", "2026-01-07T11:30:00Z"), ("2026-01-14", "2026-01-14T11:30:00Z"),
        ("2026-01-21", "2026-01-21T11:30:00Z"), ("2026-02-04", "2026-02-05T12:00:00Z"),  # moved to Thursday
        ("2026-02-11", "2026-02-11T11:30:00Z"), ("2026-02-25", "2026-02-25T11:30:00Z"),
    ]  # 28 Jan is an EXDATE, 18 Feb cancelled  # fmt: skip
    rule = circle[0]["series_rule"]
    assert (rule.rule.freq, rule.rule.until_on.isoformat(), rule.skipped) == ("weekly", "2026-02-25",
                                                                              ("2026-01-28", "2026-02-18"))  # fmt: skip
    by_title = {r["title"]: r for r in p.rows}
    assert (by_title["年度开放日"]["start_utc"], by_title["年度开放日"]["end_utc"]) == (
        "2026-03-13T16:00:00Z",
        "2026-03-14T16:00:00Z",
    )  # all day in the calendar's zone
    online = by_title["线上复盘"]
    assert (online["tz"], online["kind"], online["online_link"]) == ("Asia/Shanghai", "online",
                                                                     "https://meet.google.com/abc-defg-hij")  # fmt: skip
    twice = [r for r in p.rows if r["title"] == "午间英语角"]
    assert twice[0]["series_rule"] is None  # two weekdays: a set of dates, read for a year past today
    last = dt.date.fromisoformat(twice[-1]["series_on"])
    assert dt.timedelta(days=358) < last - dt.date.today() <= dt.timedelta(days=366)


def test_outlooks_windows_zone_and_monthly_weekday_rule(services, community_id):
    p = _plan(services, community_id, ICS / "outlook_monthly.ics")
    assert {r["tz"] for r in p.rows} == {"Asia/Shanghai"}
    assert [r["series_on"] for r in p.rows] == ["2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14",
                                               "2026-05-12", "2026-06-09"]  # fmt: skip
    assert p.rows[0]["series_rule"].rule.freq == "monthly_weekday"


@pytest.mark.parametrize("text,code", [
    ("", "empty_file"),
    ("hello", "unreadable_calendar"),
    ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "no_rows"),
])  # fmt: skip
def test_files_that_are_no_calendar_are_refused(services, community_id, tmp_path, text, code):
    path = tmp_path / "x.ics"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DomainError) as e:
        _plan(services, community_id, path)
    assert e.value.code == code


def test_a_bad_event_is_a_rejected_row_at_its_line(services, community_id, tmp_path):
    path = tmp_path / "x.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:ok\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n"
                     b"BEGIN:VEVENT\r\nSUMMARY:bad\r\nDTSTART:2026-13-45\r\nEND:VEVENT\r\n"
                     b"BEGIN:VEVENT\r\nSUMMARY:forever\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=100000\r\n"
                     b"END:VEVENT\r\nEND:VCALENDAR\r\n")  # fmt: skip
    p = _plan(services, community_id, path)
    assert [r["title"] for r in p.rows] == ["ok"]
    assert [(r.line, r.code) for r in p.rejected] == [(6, "bad_datetime"), (10, "series_too_long")]


_LINES = st.sampled_from(["BEGIN:VEVENT", "END:VEVENT", "SUMMARY:读书会", "DTSTART:20260101T100000Z",
                          "DTSTART;TZID=Asia/Nowhere:20260101T100000", "DTEND;VALUE=DATE:20250101",
                          "RRULE:FREQ=WEEKLY;COUNT=3", "RRULE:FREQ=MONTHLY;BYDAY=5FR", "EXDATE:2026",
                          "RECURRENCE-ID:20260108T100000Z", "UID:a", "DURATION:P1D", "DTSTART:99991231T235959Z",
                          "\x00", "\r", "BEGIN:VTIMEZONE", "END:VTIMEZONE"])  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_LINES, max_size=25))
def test_fuzzed_calendars_plan_or_refuse_never_crash(services, community_id, tmp_path, lines):
    path = tmp_path / "f.ics"
    path.write_text("\r\n".join(["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]), encoding="utf-8")
    try:
        _plan(services, community_id, path)
    except DomainError:
        pass
