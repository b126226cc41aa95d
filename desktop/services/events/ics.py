"""iCalendar (RFC 5545) export: one VEVENT per event, attendees with PARTSTAT from their RSVP.

A series is written as its occurrences (each with the moves and skips already applied), which
every calendar app reads the same way; the series is named in CATEGORIES and RELATED-TO.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.transfer.content_lines import escape_text, fold
from models.event_times import now_utc
from models.events import PARTSTAT


def _stamp(utc: str) -> str:
    return utc.replace("-", "").replace(":", "")


def _param(value: str) -> str:
    return '"' + value.replace('"', "'") + '"'


def ics_text(db: Database, event_ids: Sequence[int]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beehive//社群蜂巢//ZH", "CALSCALE:GREGORIAN"]
    stamp = _stamp(now_utc())
    for eid in event_ids:
        (e,) = db.query(
            "SELECT e.uuid, e.title, e.kind, e.start_utc, e.end_utc, e.venue, e.address, e.online_link,"
            " e.description, COALESCE(s.uuid, ''), COALESCE(s.title, '') FROM event e"
            " LEFT JOIN event_series s ON s.id = e.series_id WHERE e.id = ?",
            (eid,),
        )
        uuid, title, kind, start, end, venue, address, link, description, s_uuid, s_title = e
        lines += ["BEGIN:VEVENT", f"UID:{uuid}@beehive", f"DTSTAMP:{stamp}", f"DTSTART:{_stamp(start)}",
                  f"DTEND:{_stamp(end)}", f"SUMMARY:{escape_text(title)}"]  # fmt: skip
        location = ", ".join(x for x in (venue, address) if x)
        if location:
            lines.append(f"LOCATION:{escape_text(location)}")
        if description or link:
            lines.append(f"DESCRIPTION:{escape_text(chr(10).join(x for x in (description, link) if x))}")
        if link:
            lines.append(f"URL:{link}")
        lines.append(f"CATEGORIES:{escape_text(kind)}")
        if s_uuid:
            lines.append(f"RELATED-TO;RELTYPE=SIBLING:{s_uuid}@beehive")
        for name, rsvp, email, m_uuid in db.query(
            "SELECT m.name, a.rsvp, (SELECT value FROM member_identity i WHERE i.member_id = m.id"
            " AND i.kind = 'email' ORDER BY i.id LIMIT 1), m.uuid FROM attendance a JOIN member m ON m.id = a.member_id"
            " WHERE a.event_id = ? ORDER BY m.sort_key, m.id",
            (eid,),
        ):  # fmt: skip
            address_ = f"mailto:{email}" if email else f"urn:uuid:{m_uuid}"
            lines.append(
                f"ATTENDEE;CN={_param(name)};ROLE=REQ-PARTICIPANT;PARTSTAT={PARTSTAT[rsvp]}:{address_}"
            )
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def write_ics(db: Database, event_ids: Sequence[int], path: Path) -> int:
    Path(path).write_bytes(ics_text(db, event_ids).encode("utf-8"))
    return len(event_ids)
