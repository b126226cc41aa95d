"""Erasing a person: who they were goes, what they took part in stays, attached to an anonymous
placeholder ("Erased person 3"), so every count and chart still adds up (rules: models/erasure.py).

One `db.write` step, undoable. Its before-values hold the personal data, so the erasure is sealed at the
next backup (desktop/services/core/backups/erasure.py): the undo journal and every older backup lose it.
Also the review list of people who left long ago and are not erased yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from desktop.services.core.database import Database
from desktop.services.core.journal import fetch_rows
from desktop.services.core.unit_of_work import UnitOfWork
from models import erasure
from models.errors import ValidationError
from models.members import search_text
from models.pinyin import name_keys

LEFT = ("left", "removed")


class EraseLabels(QObject):
    def erase(self, n: int) -> str:
        return self.tr("Erase %n member(s)", "", n)


@dataclass(frozen=True)
class EraseSummary:
    """What an erasure of these members removes and keeps (for the confirmation dialog and the CLI)."""

    names: tuple[str, ...]
    identities: int
    custom_values: int
    consents: int
    aliases: int
    attendance: int
    contributions: int
    roles: int
    activity: int
    units: int
    invited: int  # people these members invited: the invitation tree keeps them
    already_erased: int


@dataclass(frozen=True)
class LeftPerson:
    id: int
    name: str
    status: str
    left_on: str  # "" when the file did not say
    reason: str


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))


class Erasure:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _count(self, table: str, column: str, ids: list[int]) -> int:
        return self.db.query(f"SELECT count(*) FROM {table} WHERE {column} IN ({_marks(ids)})", ids)[0][0]

    def summary(self, member_ids: Sequence[int]) -> EraseSummary:
        ids = list(member_ids)
        rows = self.db.query(
            f"SELECT name, erased_on FROM member WHERE id IN ({_marks(ids)}) ORDER BY sort_key", ids
        )
        c = self._count
        return EraseSummary(
            tuple(n for n, e in rows if not e), c("member_identity", "member_id", ids),
            c("member_field_value", "member_id", ids), c("member_consent", "member_id", ids),
            c("member_alias", "member_id", ids), c("attendance", "member_id", ids), c("contribution", "member_id", ids),
            c("role_assignment", "member_id", ids), c("activity", "member_id", ids), c("unit_member", "member_id", ids),
            c("member", "inviter_id", ids), sum(1 for _, e in rows if e),
        )  # fmt: skip

    def erase(self, member_ids: Sequence[int], today: str = "") -> list[int]:
        """Erase these members in one undo step; returns the ids erased (those not erased already)."""
        ids = list(dict.fromkeys(member_ids))
        if not ids:
            raise ValidationError("nothing_to_erase", "member", "")
        today = today or dt.date.today().isoformat()
        with self.db.write(EraseLabels().erase(len(ids))) as uow:
            return erase_in(uow, ids, today)

    def left_people(self, community_id: int, months: int, today: dt.date | None = None) -> list[LeftPerson]:
        """Members who left or were removed more than `months` ago (or on a day not known), not erased."""
        cutoff = _months_before(today or dt.date.today(), max(0, int(months))).isoformat()
        rows = self.db.query(
            "SELECT id, name, status, status_on, status_reason FROM member WHERE community_id = ? AND erased_on = ''"
            f" AND status IN ({_marks(LEFT)}) AND status_on < ? ORDER BY status_on = '', status_on, sort_key",
            (community_id, *LEFT, cutoff),
        )
        return [LeftPerson(*r) for r in rows]


def _months_before(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    month = m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(y, month, d)
        except ValueError:
            continue
    return dt.date(y, month, 28)


def _next_numbers(uow: UnitOfWork, community_id: int) -> int:
    names = uow.conn.exec_driver_sql(
        "SELECT name FROM member WHERE community_id = ? AND erased_on != ''", (community_id,)
    ).fetchall()
    return max((erasure.placeholder_number(n) or 0 for (n,) in names), default=0) + 1


def erase_in(uow: UnitOfWork, ids: list[int], today: str) -> list[int]:
    """Erase inside a larger step: the member rows become placeholders, the personal rows go."""
    rows = fetch_rows(uow.conn, "member", ids)
    missing = [i for i in ids if i not in rows]
    if missing:
        raise ValidationError("unknown_member", "member", str(missing[0]))
    todo = [i for i in ids if not rows[i]["erased_on"]]
    numbers: dict[int, int] = {}
    values: dict[int, dict] = {}
    for mid in todo:
        community = rows[mid]["community_id"]
        if community not in numbers:  # one scan per community, not per member
            numbers[community] = _next_numbers(uow, community)
        name = erasure.placeholder(numbers[community])
        numbers[community] += 1
        values[mid] = erasure.erased_member(
            rows[mid], name, name_keys(name)[0], search_text(name, [], ""), today
        )
    for table, column in erasure.REMOVED_ROWS:
        found = _keys(uow, table, column, todo)
        uow.delete(table, found)
    for table, (column, cleared) in erasure.CLEARED_IN.items():
        found = _keys(uow, table, column, todo)
        uow.update(table, dict.fromkeys(found, dict.fromkeys(cleared, "")))
    uow.update("member", values)
    return todo


def _keys(uow: UnitOfWork, table: str, column: str, ids: list[int]) -> list[int]:
    out: list[int] = []
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        out += [r[0] for r in uow.conn.exec_driver_sql(
            f"SELECT id FROM {table} WHERE {column} IN ({_marks(part)}) ORDER BY id", tuple(part))]  # fmt: skip
    return out
