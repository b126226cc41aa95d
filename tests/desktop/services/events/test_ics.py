"""The .ics export read by two parsers (icalendar with recurring-ical-events, and vobject): zones,
one VEVENT per series with RRULE/EXDATE/RECURRENCE-ID, ORGANIZER, waitlisted guests, RFC 5545 escaping;
and the round trip back through the events import."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import recurring_ical_events
import vobject

from desktop.cli.main import main
from desktop.services.communities import Communities
from desktop.services.core.database import Database
from desktop.services.events.ics import ics_text
from desktop.services.events.plan import Plan, save_plan
from desktop.services.events.rsvp import RsvpWrites
from desktop.services.events.signup_chain import ChainAnswer
from desktop.services.events.writes import EventWrites
from models.event_draft import EventDraft
from models.recurrence import Rule
from tests.helpers import write_csv

MEMBERS = '姓名,邮箱\n张三,zs@example.com\n"Li ""Leo"", Jr; X",leo@example.com\n王五,\n'
TZ = "Europe/London"  # summer time ends inside the series: the zone must travel, not an offset


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "w.beehive"
    assert main(["--db", str(path), "import", "members", str(write_csv(tmp_path / "m.csv", MEMBERS))]) == 0
    db = Database(path)
    cid = Communities(db).ensure("").id
    members = {name: mid for mid, name in db.query("SELECT id, name FROM member")}
    writes = EventWrites(db)
    start = dt.datetime(2026, 10, 7, 19, 0)
    draft = EventDraft(title='Book club; "三体", part 2\\', start=start, end=start + dt.timedelta(hours=2), tz=TZ,
                       venue="The Crown, upstairs", address="1 High St")  # fmt: skip
    ids = writes.create(cid, draft, Rule("weekly", start.date(), count=6))
    moved = dt.datetime(2026, 10, 22, 20, 0)  # the third one an hour later, a day later
    writes.update(
        ids[2], EventDraft(**{**draft.__dict__, "start": moved, "end": moved + dt.timedelta(hours=2)})
    )
    writes.delete(ids[4])  # 4 Nov skipped
    rsvp = RsvpWrites(db)
    rsvp.invite(ids[0], list(members.values()))
    rsvp.set_rsvp(ids[0], members["张三"], "going")
    rsvp.record_chain(ids[0], cid, [ChainAnswer(members["张三"], "going", 2)])  # 张三 +2
    rsvp.set_rsvp(ids[0], members['Li "Leo", Jr; X'], "waitlisted")
    save_plan(db, ids[0], Plan(duties=[{"role": "host", "member_id": members["张三"], "done": False}]))
    single = writes.create(cid, EventDraft(title="线上分享", start=dt.datetime(2026, 12, 8, 20), tz="Asia/Shanghai",
                                           end=dt.datetime(2026, 12, 8, 21), kind="online"))  # fmt: skip
    series = [i for i in ids if i != ids[4]]
    return path, db, series, single, members


def _expand(text: str) -> list:
    cal = icalendar.Calendar.from_ical(text)
    return recurring_ical_events.of(cal).between(dt.datetime(2026, 1, 1), dt.datetime(2028, 1, 1))


def test_a_series_is_one_vevent_with_its_rule_skips_and_moves(workspace):
    path, db, series, single, _ = workspace
    text = ics_text(db, [*series, *single])
    cal = icalendar.Calendar.from_ical(text)
    masters = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert len(masters) == 1
    master = masters[0]
    assert dict(master["RRULE"]) == {"FREQ": ["WEEKLY"], "COUNT": [6]}
    assert master["DTSTART"].params["TZID"] == TZ and [z["TZID"] for z in cal.walk("VTIMEZONE")]
    assert {str(z["TZID"]) for z in cal.walk("VTIMEZONE")} == {TZ, "Asia/Shanghai"}
    assert [d.dt.date() for d in master["EXDATE"].dts] == [dt.date(2026, 11, 4)]
    overrides = {e.decoded("RECURRENCE-ID").date(): e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e}
    assert overrides[dt.date(2026, 10, 21)].decoded("DTSTART").isoformat() == "2026-10-22T20:00:00+01:00"
    stored = sorted(s for (s,) in db.query("SELECT start_utc FROM event"))
    got = sorted(
        e.decoded("DTSTART").astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") for e in _expand(text)
    )
    assert got == stored  # 18:00Z before the clocks go back on 25 Oct, 19:00Z after


def test_guests_organizer_and_escaping_read_back_in_a_second_parser(workspace):
    _, db, series, _, _ = workspace
    text = ics_text(db, series[:1])  # one date of a series: written as itself
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = vobject.readOne(text)
    (ev,) = cal.vevent_list
    assert ev.summary.value == 'Book club; "三体", part 2\\'
    assert 'SUMMARY:Book club\\; "三体"\\, part 2\\\\' in text  # RFC 5545 TEXT escaping
    assert ev.location.value == "The Crown, upstairs, 1 High St"
    assert ev.organizer.params["CN"] == ["张三"] and ev.organizer.value == "mailto:zs@example.com"
    guests = {a.params["CN"][0]: a for a in ev.attendee_list}
    leo = guests["Li ^'Leo^', Jr; X"]  # a quote in a parameter, as RFC 6868 writes it (vobject keeps it raw)
    (first,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert 'Li "Leo", Jr; X' in {a.params["CN"] for a in first["ATTENDEE"]}  # icalendar reads it back
    assert leo.params["ROLE"] == ["OPT-PARTICIPANT"] and leo.params["X-BEEHIVE-RSVP"] == ["WAITLISTED"]
    assert guests["张三"].params["PARTSTAT"] == ["ACCEPTED"] and guests["张三"].params["X-NUM-GUESTS"] == ["2"]
    assert guests["王五"].value.startswith("urn:uuid:")  # no email: the member's UUID


def test_organizer_is_the_community_without_a_host(workspace):
    _, db, _, single, _ = workspace
    (ev,) = icalendar.Calendar.from_ical(ics_text(db, single)).walk("VEVENT")
    assert str(ev["ORGANIZER"]).startswith("urn:uuid:") and ev["ORGANIZER"].params["CN"]


def test_the_export_imports_back_as_the_same_series(workspace, tmp_path, capsys):
    path, db, series, single, _ = workspace
    ics = tmp_path / "out.ics"
    assert main(["--db", str(path), "export", "events", str(ics)]) == 0
    fresh = tmp_path / "fresh.beehive"
    assert main(["--db", str(fresh), "import", "events", str(ics)]) == 0
    new = Database(fresh)
    query = "SELECT title, start_utc, end_utc, tz, series_on, kind FROM event ORDER BY start_utc"
    assert new.query(query) == db.query(query)
    rule = "SELECT title, freq, interval, first_on, until_on, count, skipped FROM event_series"
    assert new.query(rule) == db.query(rule)
    capsys.readouterr()
    assert main(["--db", str(fresh), "import", "events", str(ics)]) == 0
    assert "0 new, 0 updated" in capsys.readouterr().err
