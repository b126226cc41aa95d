"""Invitation credit per inviter, the monthly-rule warnings, and a member's invitation tree."""

from __future__ import annotations

import datetime as dt

from desktop.services.core.database import Database
from desktop.services.health.queries import HealthQueries
from models.invitations import Invitee, months_over, successful


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def last_active(db: Database, community_id: int, today: dt.date) -> dict[int, dt.date]:
    return {m: s[0] for m, s in HealthQueries(db).summary(community_id, today, 1).items()}


def credit(db: Database, community_id: int, today: dt.date | None = None, days: int = 90, per_month: int = 1,
           last: dict[int, dt.date] | None = None) -> list[dict]:  # fmt: skip
    """Per inviter: invited, successful (still active `days` after joining), months over the rule.
    `last` (each member's last day active) is read when not given."""
    today = today or dt.date.today()
    last = last if last is not None else last_active(db, community_id, today)
    names = dict(db.query("SELECT id, name FROM member WHERE community_id = ?", (community_id,)))
    by_inviter: dict[int, list[tuple[int, str, str]]] = {}
    for mid, inviter, joined, status in db.query(
        "SELECT id, inviter_id, joined_on, status FROM member WHERE community_id = ? AND inviter_id IS NOT NULL", (community_id,)
    ):  # fmt: skip
        by_inviter.setdefault(inviter, []).append((mid, joined, status))
    out = []
    for inviter, invitees in by_inviter.items():
        ok = sum(successful(Invitee(_date(j), s, last.get(m)), today, days) for m, j, s in invitees)
        out.append({"name": names.get(inviter, ""), "invited": len(invitees), "successful": ok,
                    "months_over_rule": months_over([_date(j) for _, j, _ in invitees], per_month)})  # fmt: skip
    return sorted(out, key=lambda r: (-r["successful"], -r["invited"], r["name"]))


def tree(db: Database, member_id: int, depth: int = 3) -> list[tuple[int, str]]:
    """(level, name) of the people this member invited, and whom they invited, depth-first."""
    out: list[tuple[int, str]] = []

    def walk(parent: int, level: int) -> None:
        if level > depth:
            return
        for mid, name in db.query(
            "SELECT id, name FROM member WHERE inviter_id = ? ORDER BY joined_on, id", (parent,)
        ):
            out.append((level, name))
            walk(mid, level + 1)

    walk(member_id, 1)
    return out


def rule_broken(db: Database, community_id: int, inviter_id: int, joined: str,
                member_id: int | None = None) -> tuple[int, int, str] | None:  # fmt: skip
    """(invitations already in that month, the limit, the month) when one more invitation by `inviter_id`
    in the month of `joined` (as typed; today when blank or not understood) would break "at most N
    invitations a month"; None when it would not."""
    from desktop.services.health.settings import load
    from models.dates import parse_date
    from models.errors import DomainError

    limit = load(db, community_id).invitations_per_month
    try:
        joined_on = parse_date(joined) if joined.strip() else ""
    except DomainError:
        joined_on = ""
    month = (joined_on or dt.date.today().isoformat())[:7]
    (count,) = db.query("SELECT count(*) FROM member WHERE inviter_id = ? AND substr(joined_on, 1, 7) = ? AND id != ?",
                        (inviter_id, month, member_id or 0))[0]  # fmt: skip
    return (count, limit, month) if count >= limit else None
