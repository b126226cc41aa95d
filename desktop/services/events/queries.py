"""Read side of events: the list with filters, one event, the door roster, headcounts, reports."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.core.database import Database
from desktop.services.core.dialect import count_if
from models.errors import ValidationError
from models.events import attendance_rate

# Counted in SQL (desktop.services.core.dialect: PostgreSQL does not sum booleans)
GOING = count_if("rsvp = 'going'")
CAME = count_if("checked_in_at != ''")
A_GOING = count_if("a.rsvp = 'going'")
A_CAME = count_if("a.checked_in_at != ''")

EVENT_COLUMNS = ("e.id, e.title, e.kind, e.start_utc, e.end_utc, e.tz, e.venue, e.address, e.online_link,"
                 " e.capacity, e.unit_id, COALESCE(u.name, ''), e.description, e.day_notes, e.series_id,"
                 " e.series_on, e.closed, e.community_id")  # fmt: skip


@dataclass(frozen=True)
class EventInfo:
    id: int
    title: str
    kind: str
    start_utc: str
    end_utc: str
    tz: str
    venue: str
    address: str
    online_link: str
    capacity: int
    unit_id: int | None
    unit: str
    description: str
    day_notes: str
    series_id: int | None
    series_on: str
    closed: bool
    community_id: int
    going: int = 0
    checked_in: int = 0


@dataclass(frozen=True)
class RosterRow:
    member_id: int
    name: str
    sort_key: str
    phone: str
    search_text: str
    rsvp: str
    checked_in_at: str
    walk_in: bool
    no_show: bool
    unit: str
    guests: int = 0  # people they said they bring (接龙 "+1")


def roster_select(attendance: str, guests: str) -> str:
    """The SELECT of a RosterRow: the member's name, first phone and primary unit around the
    attendance columns given (rsvp, checked_in_at, walk_in, no_show, then guests)."""
    return ("SELECT m.id, m.name, m.sort_key,"
            " COALESCE((SELECT value FROM member_identity i WHERE i.member_id = m.id AND i.kind = 'phone'"
            f"  ORDER BY i.id LIMIT 1), ''), m.search_text, {attendance},"
            " COALESCE((SELECT u.name FROM unit_member um JOIN unit u ON u.id = um.unit_id"
            f"  WHERE um.member_id = m.id ORDER BY um.is_primary DESC, um.id LIMIT 1), ''), {guests}")  # fmt: skip


class EventQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_events(self, community_id: int) -> bool:
        """Whether the community has any event (which view the window opens on), without reading them."""
        return bool(self.db.query("SELECT 1 FROM event WHERE community_id = ? LIMIT 1", (community_id,)))

    def usual_zone(self, community_id: int) -> str | None:
        """The time zone most of the community's events are in (a new event's default); None if none yet."""
        rows = self.db.query("SELECT tz FROM event WHERE community_id = ? AND tz != '' GROUP BY tz "
                             "ORDER BY count(*) DESC, max(start_utc) DESC LIMIT 1", (community_id,))  # fmt: skip
        return rows[0][0] if rows else None

    def events(self, community_id: int, kind: str = "", unit_id: int | None = None, start_utc: str = "",
               end_utc: str = "", when: str = "all", now_utc: str = "") -> list[EventInfo]:  # fmt: skip
        """Events by start time; `when` is 'upcoming' (ends after now), 'past' or 'all'."""
        where, params = ["e.community_id = ?"], [community_id]
        for sql, value in (("e.kind = ?", kind), ("e.unit_id = ?", unit_id), ("e.start_utc >= ?", start_utc),
                           ("e.start_utc < ?", end_utc)):  # fmt: skip
            if value not in ("", None):
                where.append(sql)
                params.append(value)
        if when == "upcoming":
            where.append("e.end_utc > ?")
            params.append(now_utc)
        elif when == "past":
            where.append("e.end_utc <= ?")
            params.append(now_utc)
        return self._list(" AND ".join(where), params, "DESC" if when == "past" else "ASC")

    def _list(self, where: str, params: list, order: str = "ASC") -> list[EventInfo]:
        """Events matching `where`, with going and checked-in counts, in one query."""
        rows = self.db.query(
            f"SELECT {EVENT_COLUMNS}, COALESCE(a.going, 0), COALESCE(a.came, 0) FROM event e"
            " LEFT JOIN unit u ON u.id = e.unit_id"
            f" LEFT JOIN (SELECT event_id, {GOING} AS going, {CAME} AS came"
            "  FROM attendance GROUP BY event_id) a ON a.event_id = e.id"
            f" WHERE {where} ORDER BY e.start_utc {order}, e.id",
            params,
        )
        return [EventInfo(*r) for r in rows]

    def event(self, event_id: int) -> EventInfo:
        rows = self.db.query(
            f"SELECT {EVENT_COLUMNS}, (SELECT count(*) FROM attendance WHERE event_id = e.id AND rsvp = 'going'),"
            " (SELECT count(*) FROM attendance WHERE event_id = e.id AND checked_in_at != '')"
            " FROM event e LEFT JOIN unit u ON u.id = e.unit_id WHERE e.id = ?",
            (event_id,),
        )
        if not rows:
            raise ValidationError("unknown_event", "event", str(event_id))
        return EventInfo(*rows[0])

    def find(self, community_id: int, title: str, date: str = "") -> EventInfo:
        """The event of that title (on that local date, when titles repeat)."""
        found = self._list("e.community_id = ? AND e.title = ?", [community_id, title])
        if date:
            from models.event_times import to_local

            found = [e for e in found if to_local(e.start_utc, e.tz).date().isoformat() == date]
        if not found:
            raise ValidationError("unknown_event", "event", f"{title} {date}".strip())
        if len(found) > 1:
            raise ValidationError("ambiguous_event", "event", title)
        return found[0]

    def plan(self, event_id: int):
        """The event's Plan (SQLAlchemy loads here, not before the first paint)."""
        from desktop.services.events.plan import read_plan

        with self.db.read() as conn:
            return read_plan(conn, event_id)

    def roster(self, event_id: int) -> list[RosterRow]:
        """Everyone on the event's list, by pinyin; the phone is the member's first."""
        rows = self.db.query(
            roster_select("a.rsvp, a.checked_in_at, a.walk_in, a.no_show", "a.guests")
            + " FROM attendance a JOIN member m ON m.id = a.member_id WHERE a.event_id = ? ORDER BY m.sort_key, m.id",
            (event_id,),
        )
        return [RosterRow(*r) for r in rows]

    def headcount(self, event_id: int) -> tuple[int, int, int]:
        """(checked in, going, capacity)."""
        (row,) = self.db.query(
            "SELECT (SELECT count(*) FROM attendance WHERE event_id = ?1 AND checked_in_at != ''),"
            " (SELECT count(*) FROM attendance WHERE event_id = ?1 AND rsvp = 'going'),"
            " (SELECT capacity FROM event WHERE id = ?1)",
            (event_id,),
        )
        return row[0], row[1], row[2] or 0

    def templates(self, community_id: int) -> list[tuple[int, str, str, int]]:
        return self.db.query(
            "SELECT id, name, kind, duration_min FROM event_template WHERE community_id = ? ORDER BY name",
            (community_id,),
        )

    def series_events(self, series_id: int) -> list[EventInfo]:
        return self._list("e.series_id = ?", [series_id])

    def duties(self, event_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        """(role, member name) per event, for the series duty roster."""
        out: dict[int, list[tuple[str, str]]] = {e: [] for e in event_ids}
        for event_id, role, name in self.db.query(
            "SELECT d.event_id, d.role, COALESCE(m.name, '') FROM duty d LEFT JOIN member m ON m.id = d.member_id"
            f" WHERE d.event_id IN ({','.join('?' * len(event_ids))}) ORDER BY d.id",
            event_ids,
        ):
            out[event_id].append((role, name))
        return out

    def member_events(self, member_id: int) -> list[tuple[str, str, str, str, bool]]:
        """(title, start_utc, tz, rsvp, attended) of a member's events, newest first."""
        rows = self.db.query(
            "SELECT e.title, e.start_utc, e.tz, a.rsvp, a.checked_in_at != '' FROM attendance a"
            " JOIN event e ON e.id = a.event_id WHERE a.member_id = ? ORDER BY e.start_utc DESC",
            (member_id,),
        )
        return [(t, s, z, r, bool(c)) for t, s, z, r, c in rows]

    def badge_roles(self, event_id: int) -> dict[int, str]:
        """Per person on the list: their duty at this event, else a current structure role."""
        rows = self.db.query(
            "SELECT a.member_id, COALESCE((SELECT d.role FROM duty d WHERE d.event_id = a.event_id"
            "  AND d.member_id = a.member_id ORDER BY d.id LIMIT 1), (SELECT r.role FROM role_assignment r"
            "  WHERE r.member_id = a.member_id AND r.end_on = '' ORDER BY r.id LIMIT 1), '')"
            " FROM attendance a WHERE a.event_id = ?",
            (event_id,),
        )
        return dict(rows)

    def attendance_report(self, community_id: int) -> list[dict]:
        rows = self.db.query(
            f"SELECT m.name, count(*), {A_GOING}, {A_CAME},"
            f" {count_if('a.no_show')}"
            " FROM attendance a JOIN member m ON m.id = a.member_id WHERE m.community_id = ?"
            " GROUP BY m.id ORDER BY m.sort_key, m.id",
            (community_id,),
        )
        return [{"name": n, "invited": i, "going": g, "attended": c, "no_shows": ns,
                 "rate": attendance_rate(g, c, ns)} for n, i, g, c, ns in rows]  # fmt: skip
