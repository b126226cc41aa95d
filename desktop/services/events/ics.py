"""iCalendar (RFC 5545) export through the icalendar library, which folds and writes each zone's
VTIMEZONE; the values are escaped by our own rules (ics_values.py: a lone CR or a control character
never reaches the file). Times carry their IANA zone (TZID); a series whose every date is exported is
one VEVENT with RRULE and EXDATE, its moved or changed dates RECURRENCE-ID overrides (ics_series.py);
attendees carry PARTSTAT from their RSVP, the waitlisted ROLE=OPT-PARTICIPANT and X-BEEHIVE-RSVP, the
people they bring X-NUM-GUESTS; ORGANIZER is the event's host (its duty), else the community.
For the "members" audience (members/privacy.py) a private email becomes the member's urn:uuid and those
who said no to the directory are not attendees.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_lib
from collections.abc import Sequence
from pathlib import Path

from icalendar import Calendar, Event

from desktop.services.core.database import Database
from desktop.services.events.ics_series import EventRow, Series, series_vevents
from desktop.services.events.ics_values import Address, Text, Uri, address, categories
from desktop.services.members.privacy import ORGANISERS, Audience, Privacy, check_audience
from models.event_times import to_local
from models.events import PARTSTAT

_COLUMNS = ("id, uuid, title, kind, start_utc, end_utc, tz, venue, address, online_link, description,"
            " series_id, series_on, community_id")  # fmt: skip
_CHUNK = 500  # ids per IN (...) list, well under every database's parameter limit


def _address(email: str | None, key: str) -> str:
    return f"mailto:{email}" if email else f"urn:uuid:{uuid_lib.UUID(hex=key)}"


class _Writer:
    def __init__(self, db: Database, audience: Audience = ORGANISERS) -> None:
        self.db, self.audience = db, audience
        self.emails = audience.shows("email")
        self.stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def rows(self, event_ids: Sequence[int]) -> list[EventRow]:
        out = []
        for i in range(0, len(event_ids), _CHUNK):
            chunk = list(event_ids[i : i + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            for r in self.db.query(f"SELECT {_COLUMNS} FROM event WHERE id IN ({marks})", chunk):
                out.append(EventRow(r[0], r[1], r[2], r[3], to_local(r[4], r[6]), to_local(r[5], r[6]), r[6],
                                    *r[7:11], r[11], r[12], r[13]))  # fmt: skip
        order = {eid: n for n, eid in enumerate(event_ids)}
        return sorted(out, key=lambda r: order[r.id])

    def organizer(self, row: EventRow) -> Address:
        host = self.db.query(
            "SELECT m.name, m.uuid, (SELECT value FROM member_identity i WHERE i.member_id = m.id"
            " AND i.kind = 'email' ORDER BY i.id LIMIT 1) FROM duty d JOIN member m ON m.id = d.member_id"
            " WHERE d.event_id = ? AND d.role = 'host' ORDER BY d.id LIMIT 1",
            (row.id,),
        )
        if host:
            name, key, email = host[0]
            email = email if self.emails else None
        else:
            ((name, key),) = self.db.query(
                "SELECT name, uuid FROM community WHERE id = ?", (row.community_id,)
            )
            email = None
        return address(_address(email, key), name)

    def attendees(self, event_id: int) -> list[Address]:
        out = []
        for name, rsvp, email, key, guests, mid in self.db.query(
            "SELECT m.name, a.rsvp, (SELECT value FROM member_identity i WHERE i.member_id = m.id"
            " AND i.kind = 'email' ORDER BY i.id LIMIT 1), m.uuid, a.guests, m.id FROM attendance a"
            " JOIN member m ON m.id = a.member_id WHERE a.event_id = ? ORDER BY m.sort_key, m.id",
            (event_id,),
        ):  # fmt: skip
            if not self.audience.lists(mid):
                continue
            a = address(_address(email if self.emails else None, key), name)
            a.params.update({"PARTSTAT": PARTSTAT[rsvp], "X-BEEHIVE-RSVP": rsvp.upper(),
                                   "ROLE": "OPT-PARTICIPANT" if rsvp == "waitlisted" else "REQ-PARTICIPANT"})  # fmt: skip
            if guests:
                a.params["X-NUM-GUESTS"] = str(guests)  # Google Calendar's count of the +1s
            out.append(a)
        return out

    def vevent(self, row: EventRow, uid: str, details: EventRow | None = None) -> Event:
        """The event's properties; `details` (the series' typical date) when writing a series master."""
        d = details or row
        ev = Event()
        ev.add("uid", uid)
        ev.add("dtstamp", self.stamp)
        ev.add("dtstart", row.start)
        ev.add("dtend", row.end)
        ev.add("summary", Text(d.title))
        location = ", ".join(x for x in (d.venue, d.address) if x)
        if location:
            ev.add("location", Text(location))
        if d.description:
            ev.add("description", Text(d.description))
        if d.online_link:
            ev.add("url", Uri(d.online_link))
        ev.add("categories", categories(d.kind))
        ev.add("organizer", self.organizer(d))
        if details is None:
            for a in self.attendees(row.id):
                ev.add("attendee", a, encode=False)
        return ev

    def series(self, series_id: int) -> Series | None:
        found = self.db.query(
            "SELECT uuid, freq, interval, first_on, until_on, count FROM event_series WHERE id = ?",
            (series_id,),
        )
        ids = {r[0] for r in self.db.query("SELECT id FROM event WHERE series_id = ?", (series_id,))}
        return Series(*found[0], ids) if found else None


def ics_calendar(db: Database, event_ids: Sequence[int], audience: str = "organisers") -> Calendar:
    shown = ORGANISERS
    if check_audience(audience) != "organisers" and event_ids:  # the events of one community
        ((community_id,),) = db.query("SELECT community_id FROM event WHERE id = ?", (event_ids[0],))
        shown = Privacy(db).audience(community_id, audience)
    w = _Writer(db, shown)
    cal = Calendar()
    cal.add("prodid", "-//Beehive//社群蜂巢//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    rows = w.rows(event_ids)
    chosen = {r.id for r in rows}
    done: set[int] = set()
    for row in rows:
        if row.id in done:
            continue
        series = w.series(row.series_id) if row.series_id is not None else None
        if series is not None and series.event_ids <= chosen:  # the whole series: one VEVENT with RRULE
            members = [r for r in rows if r.series_id == row.series_id]
            written = series_vevents(series, members, w.vevent, w.attendees)
            if written is not None:
                for ev in written:
                    cal.add_component(ev)
                done |= series.event_ids
                continue
        cal.add_component(w.vevent(row, f"{row.uuid}@beehive"))
        done.add(row.id)
    cal.add_missing_timezones()
    return cal


def ics_text(db: Database, event_ids: Sequence[int], audience: str = "organisers") -> str:
    return ics_calendar(db, event_ids, audience).to_ical().decode("utf-8")


def write_ics(db: Database, event_ids: Sequence[int], path: Path, audience: str = "organisers") -> int:
    Path(path).write_bytes(ics_calendar(db, event_ids, audience).to_ical())
    return len(event_ids)
