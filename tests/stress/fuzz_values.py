"""Hypothesis strategies for the fuzz suite: the cells organisers' files (and damaged ones) hold.

Every import kind gets its own header row (English or Chinese synonyms the kind knows) and rows of
cells drawn from a mix of plausible values (names of the seeded members, units and events, dates,
phones) and hostile ones (control characters, BOMs, superscript digits, 20-digit numbers, years
9999 and 0001, zones that are only a region, cells over 64 KB, rows thousands of cells wide).
"""

from __future__ import annotations

from hypothesis import strategies as st

# what the seeded workspace holds (fuzz_run.seed), so rows can resolve and reach the writes
MEMBERS = ("张伟", "Alice Smith", "13800138000", "alice@x.org")
UNITS = ("读书会", "Core")
EVENTS = ("周会", "Kickoff")

HEADERS = {
    "members": ("name", "phone", "email", "wechat", "city", "country", "tags", "joined", "status", "notes",
                "inviter", "nickname", "organisation", "uuid", "postcode", "qq"),
    "units": ("name", "parent", "kind", "lead", "cap", "mode", "notes"),
    "memberships": ("member", "unit", "primary"),
    "roles": ("member", "unit", "role", "specialty", "start", "end"),
    "connections": ("member a", "member b", "strength", "since", "source"),
    "events": ("title", "kind", "start", "end", "venue", "capacity", "unit", "series", "tz", "description"),
    "attendance": ("event", "event start", "member", "rsvp", "attended", "checked_in_at", "guests"),
    "outputs": ("title", "kind", "status", "contributors", "event", "published", "link", "unit", "created"),
    "activity": ("member", "date", "kind", "count", "note"),
}
KINDS = tuple(HEADERS)

PLAUSIBLE = st.sampled_from(
    (*MEMBERS, *UNITS, *EVENTS, "2024-03-05", "2024-03-05 19:00", "2024年3月26日 19:00", "3/5/2024", "5",
     "1", "0", "yes", "是", "going", "到场", "√", "Asia/Shanghai", "Europe/London", "online", "article",
     "published", "张伟:author", "pyramid", "ring", "introduced", "active", "left", "+86 138 0013 8000",
     "bob@example.com", "Beijing", "CN", "")
)
HOSTILE = st.sampled_from(
    ("²", "１２", "٣", "99999999999999999999", "-99999999999999999999", "-1", "1e309", "NaN", "inf", "0x10",
     "9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31 23:59", "0000-00-00", "2024-02-30",
     "Asia", "Mars/Olympus", "UTC+8", "../../etc/passwd", "\x00", "a\x00b", "\ufeff", "\ufeff张伟", "\r",
     "a\rb", "\x1b[31m", "\x7f", "\u202e", "=1+1", "'=cmd|' /C calc'!A0", "+1", "-", "@SUM(A1)", '"', '""',
     "a,b;c\\d", "\t", "line\nbreak", "\\n", "\ud7ff", "\U0010ffff", "\uffff", "FALSE", "None", "null")
)
BIG = st.sampled_from((65_537, 131_073, 300_000)).map(lambda n: "x" * n)  # over 64 KB, over csv's 128 KB
CELL = st.one_of(PLAUSIBLE, HOSTILE, PLAUSIBLE, HOSTILE, st.text(max_size=30), st.integers().map(str),
                 st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=12))  # fmt: skip
CELL_OR_BIG = st.one_of(CELL, CELL, CELL, CELL, CELL, CELL, CELL, CELL, CELL, BIG)
_NAMES = (*MEMBERS, "New Person", "王芳")
_DATES = ("2024-03-05", "2023-11-30", "2024/3/19", "2024年3月26日")
_TIMES = ("2024-03-05 19:00", "2024-04-01 18:00", "2025-01-01 09:30")
_NUMBERS = ("0", "1", "3", "10", "120", "")
# values each column takes when it is right, so rows get past resolving and reach the writes
GOOD = {
    "name": _NAMES, "member": _NAMES, "member a": _NAMES, "member b": _NAMES, "lead": _NAMES, "inviter": _NAMES,
    "phone": ("13800138000", "+44 20 7946 0958", "13900139000"), "email": ("a@b.cn", "new@example.org"),
    "joined": _DATES, "start": _TIMES, "end": _TIMES, "since": _DATES, "date": _DATES, "published": _DATES,
    "created": _DATES, "checked_in_at": _TIMES, "event start": _TIMES, "unit": UNITS, "parent": UNITS,
    "event": EVENTS, "title": (*EVENTS, "Talk"), "cap": _NUMBERS, "capacity": _NUMBERS, "count": _NUMBERS,
    "guests": _NUMBERS, "strength": ("1", "5", "10"), "tz": ("Asia/Shanghai", "Europe/London", ""),
    "status": ("active", "left", "published", "idea"), "rsvp": ("going", "报名", "declined"),
    "attended": ("yes", "到场", "no"), "contributors": ("张伟:author", "Alice Smith"), "role": ("host", "组长"),
    "kind": ("pyramid", "online", "article", "chat"), "source": ("introduced", "manual"), "primary": ("yes", ""),
}  # fmt: skip


def column_cell(header: str) -> st.SearchStrategy[str]:
    """A cell for this column: mostly one it takes, else anything (hostile ones often)."""
    good = GOOD.get(header)
    return st.one_of(st.sampled_from(good), st.sampled_from(good), CELL) if good else CELL


@st.composite
def table(draw, kind: str) -> list[list[str]]:
    """A header row (a subset of the kind's columns, in any order) and up to 6 rows, sometimes ragged,
    rarely thousands of cells wide or with one huge cell."""
    names = HEADERS[kind]
    headers = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True))
    if names[0] not in headers and draw(st.booleans()):
        headers.insert(0, names[0])
    if draw(st.integers(0, 30)) == 0:
        headers += [f"extra{i}" for i in range(draw(st.sampled_from((300, 3_000))))]
    big = draw(st.integers(0, 5)) == 0
    width = len(headers)
    columns = [CELL_OR_BIG if big else column_cell(h) for h in headers[:40]]
    row = st.tuples(*columns).map(list).flatmap(  # ragged: a cell short, or a cell or two over
        lambda r: st.sampled_from((r, r, r, r[:-1], [*r, "x"], [*r, "", "y"])))
    rows = draw(st.lists(row, min_size=0, max_size=6))
    if width > 40:  # a wide file: its rows as wide as its header
        rows = [r + ["x"] * (width - len(r)) for r in rows]
    return [headers, *rows]
