"""The door beyond the event's list: the community's other members (a walk-in who is already a member
is found by the same search box), the regulars among them, the laptop that records a check-in, and the
rule that nothing is recorded as attendance before the event's day."""

from __future__ import annotations

import datetime as dt
import getpass
import socket
from collections.abc import Callable

from desktop.services.core.database import Database
from desktop.services.events.queries import RosterRow, roster_select
from models.errors import ValidationError
from models.event_times import stored_utc, to_local, zone

# A regular: checked in at REGULAR_VISITS or more of the community's last RECENT_EVENTS events before
# this one. Eight events are about two months of a weekly group (a season of a monthly one): long enough
# that a member missing a few weeks is still offered, short enough that someone who stopped coming last
# year is not. Two visits, not one, so a one-off visitor does not crowd the list at the door.
RECENT_EVENTS, REGULAR_VISITS = 8, 2


def laptop_name() -> str:
    """This laptop as a check-in records it: the OS user and the host name, "anna@anna-laptop"."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a container, a service account)
        user = "?"
    host = socket.gethostname().split(".")[0] or "?"
    return f"{user}@{host}"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def not_on_list(db: Database, event_id: int, community_id: int) -> list[RosterRow]:
    """Members of the community with no attendance record for the event (erased ones left out), by
    pinyin; their RSVP is "" (not on the list)."""
    rows = db.query(
        roster_select("'', '', 0, 0", "0")
        + " FROM member m WHERE m.community_id = ? AND m.erased_on = ''"
        " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = ? AND a.member_id = m.id)"
        " ORDER BY m.sort_key, m.id",
        (community_id, event_id),
    )
    return [RosterRow(*r) for r in rows]


def regulars(db: Database, event_id: int, community_id: int) -> set[int]:
    """Members not on the event's list who came to REGULAR_VISITS of the community's last RECENT_EVENTS
    events that started before it (see the rule above)."""
    rows = db.query(
        "WITH recent AS (SELECT id FROM event WHERE community_id = ?1 AND id != ?2"
        "  AND start_utc < (SELECT start_utc FROM event WHERE id = ?2) ORDER BY start_utc DESC, id DESC LIMIT ?3)"
        " SELECT a.member_id FROM attendance a JOIN member m ON m.id = a.member_id"
        " WHERE a.event_id IN (SELECT id FROM recent) AND a.checked_in_at != '' AND m.erased_on = ''"
        " AND NOT EXISTS (SELECT 1 FROM attendance b WHERE b.event_id = ?2 AND b.member_id = a.member_id)"
        " GROUP BY a.member_id HAVING count(*) >= ?4",
        (community_id, event_id, RECENT_EVENTS, REGULAR_VISITS),
    )
    return {r[0] for r in rows}


def checked_in_by(db: Database, event_id: int) -> dict[int, str]:
    """Who recorded each check-in of the event: member id → laptop name ("" before revision 0010)."""
    rows = db.query(
        "SELECT member_id, checked_in_by FROM attendance WHERE event_id = ? AND checked_in_at != ''",
        (event_id,),
    )
    return dict(rows)


class DoorQueries:
    """The door's reads beyond the roster (Services.door)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def not_on_list(self, event_id: int, community_id: int) -> list[RosterRow]:
        return not_on_list(self.db, event_id, community_id)

    def regulars(self, event_id: int, community_id: int) -> set[int]:
        return regulars(self.db, event_id, community_id)

    def checked_in_by(self, event_id: int) -> dict[int, str]:
        return checked_in_by(self.db, event_id)


def before_the_day(event, now: dt.datetime) -> dt.date | None:
    """The event's own date (in its zone) when `now` is before that day: a check-in then is refused.
    None on the day, however early, and after."""
    day = to_local(event.start_utc, event.tz).date()
    today = now.astimezone(zone(event.tz)).date()
    return day if today < day else None


class Door:
    """The door's check-ins: stamped with `now` and this laptop's name, refused before the event's day."""

    def __init__(self, rsvp, now: Callable[[], dt.datetime] = utc_now, by: str | None = None) -> None:
        self.rsvp, self.now = rsvp, now
        self.by = laptop_name() if by is None else by

    def _stamp(self, event) -> str:
        now = self.now()
        day = before_the_day(event, now)
        if day is not None:
            raise ValidationError("check_in_before_day", "start", day.isoformat())
        return stored_utc(now)

    def check_in(self, event, member_id: int) -> bool:
        return self.rsvp.check_in(event.id, member_id, self.by, self._stamp(event))

    def walk_in_guest(self, event, name: str, phone: str) -> int:
        return self.rsvp.walk_in_guest(event.id, event.community_id, name, phone, self.by, self._stamp(event))


def kiosk_matches(people: list[RosterRow], text: str) -> list[RosterRow]:
    """A member finding themselves at the kiosk: every word in the name (as written, its pinyin or the
    initials), or 4+ digits of the phone. Emails, WeChat IDs and tags are not searched: the kiosk must
    not let anyone find a person by a contact they did not type as their own."""
    from models.pinyin import name_keys

    words = text.casefold().split()
    if not words or len(text.strip()) < 2:
        return []

    def fits(r: RosterRow, w: str) -> bool:
        _, full, initials = name_keys(r.name)
        digits = r.phone.replace(" ", "")
        return (
            w in r.name.casefold()
            or w in full
            or w in full.replace(" ", "")
            or w in initials
            or (w.isdigit() and len(w) >= 4 and w in digits)
        )

    return [r for r in people if all(fits(r, w) for w in words)]
