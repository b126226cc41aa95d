"""Exporting events (.csv, .xlsx, .ics) and attendance (.csv, .xlsx) with the import's own headers."""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.transfer.member_refs import member_refs
from desktop.services.transfer.tabular import write_table
from models.event_times import to_local


def _local(utc: str, tz: str) -> str:
    return to_local(utc, tz).isoformat(timespec="minutes")


def export_events(db: Database, community_id: int, path: Path) -> int:
    ids = [
        r[0]
        for r in db.query(
            "SELECT id FROM event WHERE community_id = ? ORDER BY start_utc, id", (community_id,)
        )
    ]
    if Path(path).suffix.lower() == ".ics":
        from desktop.services.events.ics import write_ics

        return write_ics(db, ids, path)
    rows = db.query(
        "SELECT e.title, e.kind, e.start_utc, e.end_utc, e.tz, e.venue, e.capacity, COALESCE(u.name, ''),"
        " COALESCE(s.title, '') FROM event e LEFT JOIN unit u ON u.id = e.unit_id"
        " LEFT JOIN event_series s ON s.id = e.series_id WHERE e.community_id = ? ORDER BY e.start_utc, e.id",
        (community_id,),
    )
    return write_table(path, ["title", "kind", "start", "end", "tz", "venue", "capacity", "unit", "series"], [
        [t, k, _local(s, tz), _local(e, tz), tz, v, c, u, se] for t, k, s, e, tz, v, c, u, se in rows
    ], "events")  # fmt: skip


def export_attendance(db: Database, community_id: int, path: Path) -> int:
    ref = member_refs(db, community_id)
    rows = db.query(
        "SELECT e.title, e.start_utc, e.tz, a.member_id, a.rsvp, a.checked_in_at FROM attendance a"
        " JOIN event e ON e.id = a.event_id WHERE e.community_id = ? ORDER BY e.start_utc, e.id, a.id",
        (community_id,),
    )
    return write_table(path, ["event", "event_start", "member", "rsvp", "attended", "checked_in_at"], [
        [t, _local(s, tz), ref[m], r, "yes" if at else "no", _local(at, tz) if at else ""]
        for t, s, tz, m, r, at in rows
    ], "attendance")  # fmt: skip
