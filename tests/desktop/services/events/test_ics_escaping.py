"""Issue 13: the .ics writer escapes TEXT values (RFC 5545 3.3.11) whatever an old workspace stored:
backslash, semicolon, comma, every line break (CRLF, a lone CR, LF) and control characters; folds at
75 octets without splitting a UTF-8 character. Read back by icalendar and by our own reader."""

from __future__ import annotations

import icalendar
import pytest

from desktop.services.transfer.content_lines import exportable
from desktop.services.transfer.ics_read import COLUMNS
from tests.stress.fuzz_writers import Stored, structure_problems

TITLE, VENUE, DESCRIPTION = COLUMNS.index("title"), COLUMNS.index("venue"), COLUMNS.index("description")


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


def test_control_characters_become_their_pictures_non_characters_are_left_out(stored):
    text = stored.store(description="a\x00b\x01c\x7fd\uffff")
    (ev,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(ev["DESCRIPTION"]) == "a\u2400b\u2401c\u2421d"


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


def test_a_backslash_in_a_link_or_a_name_reads_back_in_icalendar(stored):
    text = stored.store(link="https://example.com/a\\,b", guest="A\\;B")
    (ev,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(ev["URL"]) == "https://example.com/a%5C,b"  # icalendar unescaped \\, in a URI to ","
    assert ev["ATTENDEE"].params["CN"] == "A\uff3c;B"  # and CN=\\;… to ";…"; no escape reads back
