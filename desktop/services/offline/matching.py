"""A new person from the door against the members here (also those who joined since the take-out):
scored as the duplicate scan scores a pair (models.duplicates)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.offline.plan import Candidate
from desktop.services.offline.rows import IDS, M
from models.duplicates import IDENTITY_REASONS, MIN_SCORE, pair_reasons, score

MAX_CANDIDATES = 3


def candidates(conn, community_id: int, person: dict, identities) -> list[Candidate]:
    wanted = {(k, v) for _, k, v in identities if k in IDENTITY_REASONS and v}
    shared: dict[int, set[str]] = {}
    if wanted:
        rows = conn.execute(select(IDS.c.member_id, IDS.c.kind, IDS.c.value).join(M, M.c.id == IDS.c.member_id)
                            .where(M.c.community_id == community_id, IDS.c.value.in_([v for _, v in wanted])))  # fmt: skip
        for mid, kind, value in rows:
            if (kind, value) in wanted:
                shared.setdefault(mid, set()).add(kind)
    found = []
    place = (person.get("city", ""), person.get("organisation", ""))
    members = conn.execute(select(M.c.id, M.c.uuid, M.c.name, M.c.city, M.c.organisation)
                           .where(M.c.community_id == community_id, M.c.erased_on == "", M.c.uuid != person["uuid"]))  # fmt: skip
    for mid, uuid, name, city, organisation in members:
        reasons = pair_reasons(person["name"], name, shared.get(mid, set()), place, (city, organisation))
        points = score(reasons)
        if points >= MIN_SCORE and any(r != "same_city" and r != "same_organisation" for r in reasons):
            found.append(Candidate(uuid, name, points, reasons))
    found.sort(key=lambda c: (-c.score, c.name, c.uuid))
    return found[:MAX_CANDIDATES]
