"""Checks shared by the writer tests and the writer fuzz: a content-line file's structure (.ics and
.vcf); a member written as a vCard read back by our reader and by vobject; an event stored with any
text, written as .ics and read back by icalendar and by our reader; each compared with what the
writers promise (transfer.limits.exportable: line breaks as LF, control characters as pictures)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import icalendar

from desktop.cli.main import main
from desktop.services.communities import Communities
from desktop.services.core.database import Database
from desktop.services.events.ics import ics_text
from desktop.services.events.rsvp import RsvpWrites
from desktop.services.events.writes import EventWrites
from desktop.services.members.vcard_export import vcard_text
from desktop.services.transfer.content_lines import escape_uri, exportable
from desktop.services.transfer.ics_read import COLUMNS, read_ics
from desktop.services.transfer.vcard_read import JOIN, read_vcards
from models.event_draft import EventDraft
from models.lists import split_list
from tests.helpers import write_csv

# the member export's columns a vCard carries as text, and what our reader calls them
TEXT_FIELDS = ("name", "nickname", "email", "wechat", "qq", "organisation", "title", "city", "tags", "notes")


def structure_problems(text: str) -> list[str]:
    """What breaks the content-line structure: a CR or LF outside CRLF, a line over 75 octets, a fold
    inside a UTF-8 character, a control character other than tab."""
    data = text.encode("utf-8")
    problems = []
    bare = data.replace(b"\r\n", b"")
    if b"\r" in bare or b"\n" in bare:
        problems.append("a CR or LF outside CRLF")
    for line in data.split(b"\r\n"):
        if len(line) > 75:
            problems.append(f"{len(line)} octets: {line[:40]!r}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"a character split by folding: {line[:40]!r}")
        if any(b < 0x20 and b != 0x09 or b == 0x7F for b in line):
            problems.append(f"a control character: {line[:40]!r}")
    return problems


def written(value: str) -> str:
    """A value as the writers promise to give it back (our reader also trims it)."""
    return exportable(value).strip()


def _parts(value: str) -> list[str]:  # the export's multi-valued columns, joined by "; ", as written
    return [w for p in value.split("; ") if (w := written(p))]


def expected_row(member: dict) -> dict[str, str]:
    out = {}
    for field in TEXT_FIELDS:
        value = member.get(field, "")
        if field == "tags":
            out[field] = JOIN.join(w for t in split_list(value) if (w := written(t)))
        elif field in ("email", "wechat", "qq"):
            out[field] = JOIN.join(dict.fromkeys(_parts(value)))
        elif field == "nickname":  # one nickname: several are written as one NICKNAME list
            out[field] = ",".join(_parts(value))
        else:
            out[field] = written(value)
    return out


def vcard_mismatches(member: dict, version: str, folder: Path) -> list[str]:
    """Where the written card breaks the structure or reads back other than promised (empty: fine)."""
    text = vcard_text([member], version)
    problems = structure_problems(text)
    path = folder / "out.vcf"
    path.write_bytes(text.encode("utf-8"))
    table = read_vcards(path)
    if table.rejected or len(table.rows) != 1:
        return [*problems, f"our reader: {table.rejected} {len(table.rows)} rows"]
    got = dict(zip(table.headers, table.rows[0][1], strict=True))
    for field, want in expected_row(member).items():
        if got.get(field, "") != want:
            problems.append(f"our reader, {field}: {got.get(field, '')!r} != {want!r}")
    problems += _vobject_mismatches(text, member, version)
    return problems


def _vobject_mismatches(text: str, member: dict, version: str) -> list[str]:
    """vobject (a test dependency, not the app's) reads 3.0: FN, NOTE, TITLE, EMAIL unescaped."""
    try:
        import vobject
    except ImportError:
        return []
    if version != "3.0":
        return []  # vobject stamps and parses everything as 3.0; 4.0's URIs it leaves raw
    card = vobject.readOne(text)
    problems = []
    pairs = [("fn", "name"), ("note", "notes"), ("title", "title")]
    for attr, field in pairs:
        if member.get(field, "") and written(member[field]):
            value = getattr(card, attr).value if hasattr(card, attr) else None
            if value is None or value.strip() != written(member[field]):
                problems.append(f"vobject, {attr}: {value!r} != {written(member[field])!r}")
    emails = _parts(member.get("email", ""))
    if [e.value.strip() for e in getattr(card, "email_list", [])] != emails:
        problems.append(
            f"vobject, email: {[e.value for e in getattr(card, 'email_list', [])]!r} != {emails!r}"
        )
    return problems


class Stored:
    """A workspace with one event and one guest whose texts are set by SQL, as an old version stored them."""

    def __init__(self, folder) -> None:
        self.path = folder / "w.beehive"
        self.folder = folder
        members = write_csv(folder / "m.csv", "name,email\nAmy,amy@example.com\n")
        assert main(["--db", str(self.path), "import", "members", str(members)]) == 0
        self.db = Database(self.path)
        cid = Communities(self.db).ensure("").id
        start = dt.datetime(2026, 10, 7, 19, 0)
        (self.event,) = EventWrites(self.db).create(
            cid, EventDraft("Talk", start, start + dt.timedelta(hours=1))
        )
        ((self.member,),) = self.db.query("SELECT id FROM member")
        RsvpWrites(self.db).invite(self.event, [self.member])

    def store(self, title: str = "Talk", venue: str = "", description: str = "", link: str = "",
              guest: str = "Amy") -> str:  # fmt: skip
        with contextlib.closing(sqlite3.connect(self.path)) as c, c:
            c.execute("UPDATE event SET title = ?, venue = ?, address = '', description = ?, online_link = ?"
                      " WHERE id = ?", (title, venue, description, link, self.event))  # fmt: skip
            c.execute("UPDATE member SET name = ? WHERE id = ?", (guest, self.member))
        return ics_text(self.db, [self.event])

    def ours(self, text: str) -> list[str]:
        path = self.folder / "out.ics"
        path.write_bytes(text.encode("utf-8"))
        ((_line, row),) = read_ics(path).rows
        return row


def ics_mismatches(
    stored: Stored, title: str, venue: str, description: str, link: str, guest: str
) -> list[str]:
    """Where the .ics written for these stored texts breaks the structure or reads back other than promised."""
    text = stored.store(title, venue, description, link, guest)
    problems = structure_problems(text)
    (ev,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    for prop, value in (("SUMMARY", title), ("LOCATION", venue), ("DESCRIPTION", description)):
        if value and str(ev.get(prop)) != exportable(value):
            problems.append(f"icalendar, {prop}: {str(ev.get(prop))!r} != {exportable(value)!r}")
    if link and str(ev.get("URL")) != escape_uri(link):
        problems.append(f"icalendar, URL: {str(ev.get('URL'))!r} != {escape_uri(link)!r}")
    cn = ev["ATTENDEE"].params.get("CN")
    promised = exportable(guest).replace("\t", " ").strip().replace("\\", "\uff3c")  # ics_values.address
    if cn != promised:
        problems.append(f"icalendar, CN: {cn!r} != {promised!r}")
    row = dict(zip(COLUMNS, stored.ours(text), strict=True))
    want = {"title": written(title), "venue": written(venue), "description": written(description)}
    url = escape_uri(link).strip()
    if url and url not in want["description"]:
        want["description"] = f"{want['description']}\n{url}".strip()  # our reader keeps the URL there
    for field, value in want.items():
        if row[field] != value:
            problems.append(f"our reader, {field}: {row[field]!r} != {value!r}")
    return problems
