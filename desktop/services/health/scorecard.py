"""Gathers the evidence for the five-conditions scorecard (formulas in models.scorecard)."""

from __future__ import annotations

import datetime as dt

from desktop.services.core.database import Database
from desktop.services.core.dialect import count_if
from desktop.services.health.counted import COUNTED
from desktop.services.health.settings import load
from models import scorecard
from models.lists import split_list

# Counted in SQL (desktop.services.core.dialect: PostgreSQL does not sum booleans)
GOING = count_if("rsvp = 'going'")
CAME = count_if("checked_in_at != ''")


def conditions(db: Database, community_id: int, today: dt.date | None = None) -> dict:
    today = today or dt.date.today()
    since = (today - dt.timedelta(days=90)).isoformat()
    q = db.query
    members = q(f"SELECT id, interests FROM member WHERE community_id = ? AND {COUNTED}", (community_id,))
    interests = {m: {x.casefold() for x in split_list(i)} for m, i in members}
    units = q("SELECT lead_id IS NOT NULL, (SELECT count(*) FROM unit_member um WHERE um.unit_id = u.id) <= cap"
              " FROM unit u WHERE community_id = ?", (community_id,))  # fmt: skip
    (wanted_text,) = q("SELECT wanted_specialties FROM community WHERE id = ?", (community_id,))[0]
    wanted = {x.casefold() for x in split_list(wanted_text)}
    held = {s.casefold() for (s,) in q("SELECT r.specialty FROM role_assignment r JOIN member m ON m.id = r.member_id"
                                       " WHERE m.community_id = ? AND r.end_on = '' AND r.specialty != ''", (community_id,))}  # fmt: skip
    published = q("SELECT id FROM output WHERE community_id = ? AND status = 'published' AND published_on >= ?"
                  " AND published_on <= ?", (community_id, since, today.isoformat()))  # fmt: skip
    ids = [o for (o,) in published]
    people = q(f"SELECT count(DISTINCT member_id) FROM contribution WHERE output_id IN ({','.join('?' * len(ids))})",
               ids)[0][0] if ids else 0  # fmt: skip
    events = [e for (e,) in q("SELECT id FROM event WHERE community_id = ? AND start_utc >= ? AND start_utc <= ?",
                              (community_id, since, today.isoformat() + "T23:59:59Z"))]  # fmt: skip
    marks = ",".join("?" * len(events))
    going, came = q(f"SELECT {GOING}, {CAME} FROM attendance WHERE event_id IN ({marks})",
                    events)[0] if events else (0, 0)  # fmt: skip
    duties, filled = q(f"SELECT count(*), {count_if('member_id IS NOT NULL')} FROM duty WHERE event_id IN ({marks})",
                       events)[0] if events else (0, 0)  # fmt: skip
    communities = q("SELECT count(*) FROM community")[0][0]
    templates = q("SELECT count(*) FROM event_template WHERE community_id = ?", (community_id,))[0][0]
    return {
        "shared_interest": scorecard.shared_interest(interests, load(db, community_id).interest_peers),
        "structure": scorecard.structure(
            len(units),
            sum(bool(a) for a, _ in units),
            sum(bool(b) for _, b in units),
            len(wanted),
            len(wanted & held),
        ),  # fmt: skip
        "output": scorecard.output(len(ids), people),
        "operations": scorecard.operations(
            len(events), round((came or 0) / going, 3) if going else None, duties or 0, filled or 0
        ),  # fmt: skip
        "replication": scorecard.replication(communities - 1, templates),
    }
