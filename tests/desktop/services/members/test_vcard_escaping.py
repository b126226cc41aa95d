"""Issue 13: the vCard writer (3.0 and 4.0) escapes every value whatever an old workspace stored: \\ ; ,
and each line break (CRLF, a lone CR, LF) as \\n, inside each N/ADR component, in EMAIL and the IMPP
handles; control characters as their pictures. Read back by our reader (transfer.vcard_read) and vobject."""

from __future__ import annotations

import pytest

from desktop.services.members.vcard_export import card_lines, vcard_text
from tests.stress.fuzz_writers import structure_problems, vcard_mismatches

HOSTILE = {
    "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "name": "Li; Leo, \\Jr\r\nthe 2nd",
    "nickname": "Leo\rthe, lion;",
    "email": "leo;x@example.com; second,\r\n@example.org",
    "wechat": "leo\\n;88",
    "qq": "123,456\r",
    "organisation": "Acme; Inc.\\N",
    "title": "C:\\New, \x00boss",
    "city": "Town;Upper\nWest,\\",
    "tags": "a\\,b; 蜂巢🐝; x\ry",
    "notes": "line1\r\nline2\rline3\nline4 \\n literal; ,\x01\x7f " + "🐝蜂" * 40,
}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_hostile_member_reads_back_the_same(tmp_path, version):
    assert vcard_mismatches(HOSTILE, version, tmp_path) == []


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_structured_values_escape_each_component(version):
    lines = card_lines(HOSTILE, version)
    n = next(x for x in lines if x.startswith("N"))
    assert n.endswith(":2nd;Li\\; Leo\\, \\\\Jr the;;;")  # family;given, each component escaped
    assert "ADR:;;;Town\\;Upper\\nWest\\,\\\\;;;" in lines
    assert (
        "EMAIL;TYPE=INTERNET,PREF:leo\\;x@example.com" in lines or "EMAIL;PREF=1:leo\\;x@example.com" in lines
    )
    assert "IMPP;X-SERVICE-TYPE=WeChat:x-apple:leo\\\\n\\;88" in lines
    assert "NOTE:" + "line1\\nline2\\nline3\\nline4" in next(x for x in lines if x.startswith("NOTE:"))[:31]


def test_no_line_structure_breaks_and_folds_keep_characters_whole():
    text = vcard_text([HOSTILE])
    assert structure_problems(text) == []
    assert "\\\r\n " not in text.replace("\\\\\r\n ", "")  # an escape's backslash never ends a folded line


def test_control_characters_become_their_pictures(tmp_path):
    text = vcard_text([{"uuid": "u", "name": "A\x00B", "notes": "\x1b[31m red \x7f"}])
    assert "FN:A\u2400B\r\n" in text and "NOTE:\u241b[31m red \u2421\r\n" in text
