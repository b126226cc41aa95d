"""Invitation credit: a successful invitation is one whose invitee is still active `days` days after
joining (status active and an activity on or after that day). The rule "at most `per_month`
invitations per member per month" is checked on the invitees' join months."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Invitee:
    joined_on: dt.date | None
    status: str
    last_active: dt.date | None


def successful(invitee: Invitee, today: dt.date, days: int = 90) -> bool:
    if invitee.joined_on is None or invitee.status != "active":
        return False
    settled = invitee.joined_on + dt.timedelta(days=days)
    return settled <= today and invitee.last_active is not None and invitee.last_active >= settled


def months_over(joined: list[dt.date | None], per_month: int = 1) -> list[str]:
    """The months (YYYY-MM) in which more than `per_month` invitees joined."""
    counts = Counter(d.strftime("%Y-%m") for d in joined if d)
    return sorted(m for m, n in counts.items() if n > per_month)
