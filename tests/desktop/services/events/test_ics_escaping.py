"""Issue 13: the .ics writer escapes TEXT values (RFC 5545 3.3.11) whatever an old workspace stored:
backslash, semicolon, comma, every line break (CRLF, a lone CR, LF) and control characters; folds at
75 octets without splitting a UTF-8 character. Read back by icalendar and by our own reader."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import icalendar
import pytest

from desktop.cli.main import main
from desktop.services.communities import Communities
from desktop.services.core.database import Database
from desktop.services.events.ics import ics_text
from desktop.services.events.rsvp import RsvpWrites
from desktop.services.events.writes import EventWrites
from desktop.services.transfer.content_lines import exportable
from desktop.services.transfer.ics_read import COLUMNS, read_ics
from models.event_draft import EventDraft
from tests.helpers import write_csv
from tests.stress.fuzz_writers import structure_problems

TITLE, VENUE, DESCRIPTION = COLUMNS.index("title"), COLUMNS.index("venue"), COLUMNS.index("description")


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


@pytest.fixture
def stored(tmp_path):
    s = Stored(tmp_path)
    yield s
    s.db.close()


HOSTILE = [
    "a\rb",  # a lone CR: a reader would end the line there
    "one\r\ntwo\nthree\rfour",
    "C:\\New folder\\n; a, b \\, c \\\\",  # a typed backslash-N stays text (icalendar would make it a break)
    "NUL\x00 bell\x07 esc\x1b del\x7f",
    "🐝 蜂巢 " * 20,  # 4- and 3-octet characters across many folds
    "é" * 37 + "\\" + "n" * 3,  # a backslash escape right at a fold
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_text_reads_back_the_same_in_icalendar_and_our_reader(stored, value):
    text = stored.store(title=value, venue=value, description=value)
    assert structure_problems(text) == []
    expected = exportable(value)  # line breaks as LF, control characters as pictures (NUL → ␀)
    (ev,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert (str(ev["SUMMARY"]), str(ev["LOCATION"]), str(ev["DESCRIPTION"])) == (expected,) * 3
    row = stored.ours(text)
    assert (row[TITLE], row[VENUE], row[DESCRIPTION]) == (expected.strip(),) * 3


def test_control_characters_become_their_pictures(stored):
    text = stored.store(description="a\x00b\x01c\x7fd\uffff")
    (ev,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(ev["DESCRIPTION"]) == "a\u2400b\u2401c\u2421d\ufffd"


def test_a_lone_cr_is_written_as_an_escaped_line_break(stored):
    text = stored.store(description="first\rsecond")
    assert "DESCRIPTION:first\\nsecond\r\n" in text


def test_a_guest_name_and_a_link_with_line_breaks_keep_the_line_structure(stored):
    text = stored.store(link="https://example.com/a\rb\nc", guest='Amy "A"\r\nSmith;\x00, Jr')
    assert structure_problems(text) == []
    (ev,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(ev["URL"]) == "https://example.com/a%0Db%0Ac"  # percent-encoded: a URI holds no breaks
    (guest,) = [ev["ATTENDEE"]] if not isinstance(ev["ATTENDEE"], list) else ev["ATTENDEE"]
    assert guest.params["CN"] == 'Amy "A"\nSmith;\u2400, Jr'  # RFC 6868: the break written as ^n
