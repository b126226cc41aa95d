"""The door's read side beyond the event's list: the community's other members, so a walk-in who is
already a member is found by the same search box (name, pinyin initials, phone) and checked in."""

from __future__ import annotations

from desktop.services.core.database import Database
from desktop.services.events.queries import RosterRow


def not_on_list(db: Database, event_id: int, community_id: int) -> list[RosterRow]:
    """Members of the community with no attendance record for the event (erased ones left out), by
    pinyin; their RSVP is "" (not on the list)."""
    rows = db.query(
        "SELECT m.id, m.name, m.sort_key,"
        " COALESCE((SELECT value FROM member_identity i WHERE i.member_id = m.id AND i.kind = 'phone'"
        "  ORDER BY i.id LIMIT 1), ''), m.search_text, '', '', 0, 0,"
        " COALESCE((SELECT u.name FROM unit_member um JOIN unit u ON u.id = um.unit_id"
        "  WHERE um.member_id = m.id ORDER BY um.is_primary DESC, um.id LIMIT 1), ''), 0"
        " FROM member m WHERE m.community_id = ? AND m.erased_on = ''"
        " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = ? AND a.member_id = m.id)"
        " ORDER BY m.sort_key, m.id",
        (community_id, event_id),
    )
    return [RosterRow(*r) for r in rows]
