"""The ties the network metrics count: recorded connections, plus pairs who checked in at the same
events at least `shared_events` times (a health setting; 0 leaves shared attendance out). Pairs from
attendance are counted with arrays, so a few thousand events of a hundred people each stay quick."""

from __future__ import annotations

from desktop.services.core.database import Database


def ties(db: Database, community_id: int, members: set[int], shared_events: int) -> list[tuple[int, int]]:
    """(lower id, higher id) once each, both ends among `members`."""
    found = {(a, b) for a, b in db.query("SELECT a_id, b_id FROM connection WHERE community_id = ?", (community_id,))
             if a in members and b in members}  # fmt: skip
    if shared_events > 0:
        found |= _shared_attendance(db, community_id, members, shared_events)
    return sorted(found)


def _shared_attendance(
    db: Database, community_id: int, members: set[int], at_least: int
) -> set[tuple[int, int]]:
    import numpy as np

    rows = db.query("SELECT a.event_id, a.member_id FROM attendance a JOIN event e ON e.id = a.event_id"
                    " WHERE e.community_id = ? AND a.checked_in_at != '' ORDER BY a.event_id, a.member_id",
                    (community_id,))  # fmt: skip
    by_event: dict[int, list[int]] = {}
    for event, member in rows:
        if member in members:
            by_event.setdefault(event, []).append(member)
    codes = []
    for people in by_event.values():
        if len(people) > 1:
            ids = np.array(people, dtype=np.int64)  # sorted: i < j gives lower id first
            i, j = np.triu_indices(len(ids), k=1)
            codes.append(ids[i] << 32 | ids[j])
    if not codes:
        return set()
    pairs, counts = np.unique(np.concatenate(codes), return_counts=True)
    kept = pairs[counts >= at_least]
    return {(int(c >> 32), int(c & 0xFFFFFFFF)) for c in kept}


def degrees(edges: list[tuple[int, int]], members: set[int]) -> dict[int, int]:
    out = dict.fromkeys(members, 0)
    for a, b in edges:
        out[a] += 1
        out[b] += 1
    return out
