"""Exporting events (.csv, .xlsx, .ics) and attendance (.csv, .xlsx) with the import's own headers."""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.members.privacy import Audience, Privacy, check_audience
from desktop.services.transfer.member_refs import member_refs
from desktop.services.transfer.tabular import write_table
from models.event_times import to_local


def _local(utc: str, tz: str) -> str:
    return to_local(utc, tz).isoformat(timespec="minutes")


def export_events(db: Database, community_id: int, path: Path, audience: str = "organisers") -> int:
    """CSV or XLSX (no member in them), or .ics with its attendees as `audience` may see them."""
    check_audience(audience)
    ids = [
        r[0]
        for r in db.query(
            "SELECT id FROM event WHERE community_id = ? ORDER BY start_utc, id", (community_id,)
        )
    ]
    if Path(path).suffix.lower() == ".ics":
        from desktop.services.events.ics import write_ics

        return write_ics(db, ids, path, audience)
    rows = db.query(
        "SELECT e.title, e.kind, e.start_utc, e.end_utc, e.tz, e.venue, e.capacity, COALESCE(u.name, ''),"
        " COALESCE(s.title, '') FROM event e LEFT JOIN unit u ON u.id = e.unit_id"
        " LEFT JOIN event_series s ON s.id = e.series_id WHERE e.community_id = ? ORDER BY e.start_utc, e.id",
        (community_id,),
    )
    return write_table(path, ["title", "kind", "start", "end", "tz", "venue", "capacity", "unit", "series"], [
        [t, k, _local(s, tz), _local(e, tz), tz, v, c, u, se] for t, k, s, e, tz, v, c, u, se in rows
    ], "events")  # fmt: skip


def _shown_refs(db: Database, community_id: int, audience: Audience) -> dict[int, str]:
    """member_refs for organisers; for another audience a member is named by an identity it may see
    (email, then phone, then WeChat ID, as member_refs prefers them), else by name."""
    if audience.everything:
        return member_refs(db, community_id)
    refs = dict(db.query("SELECT id, name FROM member WHERE community_id = ?", (community_id,)))
    rank = {k: i for i, k in enumerate(k for k in ("email", "phone", "wechat_id") if audience.shows(k))}
    if not rank:
        return refs
    best: dict[int, tuple[int, str]] = {}
    for mid, kind, value in db.query(
        "SELECT i.member_id, i.kind, i.value FROM member_identity i JOIN member m ON m.id = i.member_id"
        f" WHERE m.community_id = ? AND i.kind IN ({','.join('?' * len(rank))}) ORDER BY i.id",
        (community_id, *rank),
    ):
        if mid not in best or rank[kind] < best[mid][0]:
            best[mid] = (rank[kind], value)
    refs.update({mid: value for mid, (_, value) in best.items()})
    return refs


def export_attendance(
    db: Database, community_id: int, path: Path, audience: str | Audience = "organisers"
) -> int:
    """Who came to what. The "members" audience leaves out those not in the directory and names the
    rest without a private identity."""
    if not isinstance(audience, Audience):
        audience = Privacy(db).audience(community_id, audience)
    ref = _shown_refs(db, community_id, audience)
    rows = db.query(
        "SELECT e.title, e.start_utc, e.tz, a.member_id, a.rsvp, a.checked_in_at, a.checked_in_by FROM attendance a"
        " JOIN event e ON e.id = a.event_id WHERE e.community_id = ? ORDER BY e.start_utc, e.id, a.id",
        (community_id,),
    )
    headers = ["event", "event_start", "member", "rsvp", "attended", "checked_in_at", "checked_in_by"]
    return write_table(path, headers, [
        [t, _local(s, tz), ref[m], r, "yes" if at else "no", _local(at, tz) if at else "", by]
        for t, s, tz, m, r, at, by in rows if audience.lists(m)
    ], "attendance")  # fmt: skip
