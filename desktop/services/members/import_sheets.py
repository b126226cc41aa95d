"""Which sheets of a workbook a member import reads, and where each row came from.

Organisers keep one sheet per state (在群 / 已退群) or per year, usually with the same columns. Without
a choice, every sheet whose header row is recognised and matches the first such sheet's is imported;
the others are named, never dropped silently. A sheet named like a status (已退群, left) gives its
rows that status when they carry none. Rows of the n-th imported sheet are numbered n·LINE_BASE + line,
so every row keeps one number and `where()` says "已退群!5".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.services.members.import_row import STATUS_WORDS
from desktop.services.transfer.header_row import Table
from desktop.services.transfer.tabular import pick_sheet

ALL = "all"
LINE_BASE = 10_000_000
_SHEET_STATUS = sorted({**STATUS_WORDS, "已退群": "left", "退群成员": "left", "former": "left"}.items(),
                       key=lambda kv: -len(kv[0]))  # fmt: skip


@dataclass(frozen=True)
class SheetInfo:
    name: str
    rows: int
    imported: bool
    reason: str = ""  # why not: "no_member_columns" or "other_columns"
    status: str = ""  # the status its name gives its rows


def sheet_status(name: str) -> str:
    text = name.casefold()
    return next((status for word, status in _SHEET_STATUS if word in text), "")


def choose_sheets(tables: list[Table], sheet: str | None) -> tuple[Table, list[SheetInfo]]:
    """The table to import (sheets joined when several) and what became of every sheet."""
    if sheet and sheet != ALL or len(tables) == 1:
        table = pick_sheet(tables, sheet if sheet != ALL else None)
        infos = [SheetInfo(t.sheet, len(t.rows), t is table, "" if t is table else "not_chosen",
                           sheet_status(t.sheet) if t is table else "") for t in tables]  # fmt: skip
        return table, infos
    first = pick_sheet(tables)
    infos, chosen = [], []
    for t in tables:
        if t.header_score <= 0 or not t.rows:
            infos.append(SheetInfo(t.sheet, len(t.rows), False, "no_member_columns"))
        elif t.headers != first.headers:
            infos.append(SheetInfo(t.sheet, len(t.rows), False, "other_columns"))
        else:
            chosen.append(t)
            infos.append(SheetInfo(t.sheet, len(t.rows), True, "", sheet_status(t.sheet)))
    if not chosen:
        chosen = [first]
        infos = [replace(i, imported=True, reason="") if i.name == first.sheet else i for i in infos]
    rows = [(n * LINE_BASE + line, cells) for n, t in enumerate(chosen) for line, cells in t.rows]
    rejected = [replace(r, line=n * LINE_BASE + r.line) for n, t in enumerate(chosen) for r in t.rejected]
    return replace(first, rows=rows, rejected=rejected), infos


def where(line: int, sheets: list[SheetInfo]) -> str:
    """A row's place as the organiser finds it: its line, prefixed by its sheet when several were read."""
    imported = [s.name for s in sheets if s.imported]
    if len(imported) < 2:
        return str(line)
    return f"{imported[line // LINE_BASE]}!{line % LINE_BASE}"

