"""From a file's raw rows to a Table: where the header row is, and what the rows under it are.

Organisers' files rarely start with the header: a sign-in sheet has a title row ("2024年读书会签到表")
and a blank row above it, and a form export may carry a two-row header whose upper row is merged
across columns ("联系方式" over "手机" and "邮箱"). The same search serves CSV and spreadsheets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop.services.transfer.header_names import header_key, header_keys

HeaderScore = Callable[[Sequence[str]], int]  # how many cells look like headers the caller knows
LOOK = 20  # rows searched for the header: title blocks are a few lines, never a page
# the characters our own exports guard with a leading ' (tabular.neutralise); the import removes it
GUARDED = frozenset(("=", "+", "-", "@", "\t", "\r"))


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)
    encoding: str = ""  # the text encoding, or "xlsx"/"xls"/"vcf"
    delimiter: str = ""
    unknown: list[str] = field(default_factory=list)
    sheet: str = ""  # the sheet's name; "" for a text file
    header_line: int = 0  # the header's (upper) line; 0 when no row looked like a header
    header_score: int = 0  # what the caller's header_score (or the default) gave the header row
    rejected: list = field(default_factory=list)  # Rejected rows the reader itself refused (a broken vCard)
    internal: tuple[str, ...] = ()  # columns the reader adds for the import, not shown in the preview


def unguard(cells: list[str]) -> list[str]:
    return [c[1:] if c[:1] == "'" and c[1:2] in GUARDED else c for c in cells]


_DATA = re.compile(r"@|\d{5}|^[\d\s.,:/+\-]+$")  # an email, a phone, a number or a date: not a header


def looks_like_data(cell: str) -> bool:
    return bool(_DATA.search(cell))


def default_score(cells: Sequence[str]) -> int:
    """Filled cells of a row that may be the header: a title row has one cell, so it scores 0.

    Dates are fine as headers (a sign-in grid: 姓名, 2024-03-19, 2024-03-26) as long as one cell is text.
    """
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) if len(filled) >= 2 and not all(looks_like_data(c) for c in filled) else 0


def find_header(
    rows: list[tuple[int, list[str]]], header_score: HeaderScore | None = None
) -> tuple[int, list[str], int, int]:
    """(index of the first data row, headers, header line, score) among the first LOOK rows.

    With the caller's score the best-scoring row wins (the earliest on a tie); without it, or when it
    knows none, the first row with two filled cells (one of them text) followed by more rows; else the
    first row.
    """
    if not rows:
        return 0, [], 0, 0
    window = rows[:LOOK]
    at, score = -1, 0
    if header_score:
        for i, (_line, cells) in enumerate(window):
            s = header_score([c.strip() for c in cells])
            if s > score:
                at, score = i, s
    if at < 0:
        for i, (_line, cells) in enumerate(window[:-1]):
            if s := default_score(cells):
                at, score = i, s
                break
    if at < 0:
        at = 0
    headers = [c.strip() for c in rows[at][1]]
    first_data = at + 1
    if first_data < len(rows) and _second_header_row(headers, rows[first_data][1], header_score, score):
        lower = [c.strip() for c in rows[first_data][1]]
        width = max(len(headers), len(lower))
        headers, lower = _pad(headers, width), _pad(lower, width)
        headers = [low or up for up, low in zip(headers, lower, strict=True)]  # the lower row names the column
        first_data += 1
    return first_data, headers, rows[at][0], score


def _pad(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _second_header_row(upper: list[str], lower_cells: list[str], header_score: HeaderScore | None, score: int) -> bool:
    """The row under the header continues it: it names columns the upper row left blank (a merge)."""
    lower = [c.strip() for c in lower_cells]
    width = max(len(upper), len(lower))
    upper, lower = _pad(upper, width), _pad(lower, width)
    under_merge = any(
        low and not up and any(upper[:i]) for i, (up, low) in enumerate(zip(upper, lower, strict=True))
    )
    if not under_merge or any(looks_like_data(low) for low in lower if low):
        return False
    if header_score:
        combined = [low or up for up, low in zip(upper, lower, strict=True)]
        if header_score(combined) > score:
            return True
    # without the caller's knowledge: a vertical merge leaves the lower row blank under a header
    return any(up and not low for up, low in zip(upper, lower, strict=True))


def build_table(
    rows: list[tuple[int, list[str]]], header_score: HeaderScore | None = None, **fields
) -> Table:
    """A Table from the file's non-empty rows (line, cells)."""
    start, headers, line, score = find_header(rows, header_score)
    return Table(headers, rows[start:], header_line=line, header_score=score, **fields)


def synonym_score(synonyms: dict[str, tuple[str, ...]]) -> HeaderScore:
    """A header_score from an import's synonyms table: the cells that name one of its fields."""
    known = {header_key(s) for f, names in synonyms.items() for s in (f, *names)}
    return lambda cells: sum(1 for c in cells if c and any(k in known for k in header_keys(c)))
