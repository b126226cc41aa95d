"""Writing an events or attendance import plan as one undo step; re-importing changes nothing."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.step_labels import LABELS
from desktop.services.transfer.import_rows import RowsPlan
from desktop.services.transfer.results import ImportResult
from models.event_times import now_utc
from models.schema import TABLES

E, S, A = TABLES["event"], TABLES["event_series"], TABLES["attendance"]
EVENT_FIELDS = ("kind", "end_utc", "tz", "venue", "capacity", "unit_id")


def apply(db: Database, plan: RowsPlan, progress=None) -> ImportResult:
    """Write the plan as one undo step (all of it or nothing)."""
    with gc_paused():
        return _apply(db, plan)


def _apply(db: Database, plan: RowsPlan) -> ImportResult:
    table = "event" if plan.kind == "events" else "attendance"
    with db.write(LABELS.import_kind(plan.kind)) as uow:
        created = (_events if plan.kind == "events" else _attendance)(uow, plan)
        updated = len(
            {c.key for c in uow.changes if c.table == table and c.before is not None and c.after is not None}
        )
    return ImportResult(created, updated, max(0, len(plan.rows) - created - updated))


def _series(uow, community_id: int, plan: RowsPlan) -> dict[str, int]:
    """Series named in the file: found by title, else created with the calendar file's rule, or as a set
    of dates (no rule)."""
    found = dict(uow.conn.execute(select(S.c.title, S.c.id).where(S.c.community_id == community_id)).all())
    out = {}
    for label in dict.fromkeys(r["series"] for r in plan.rows if r["series"]):
        if label not in found:
            rows = [r for r in plan.rows if r["series"] == label]
            given = next((r["series_rule"] for r in rows if r.get("series_rule")), None)
            if given is not None:
                rule = given.rule
                values = {"freq": rule.freq, "interval": rule.interval, "first_on": rule.first_on.isoformat(),
                          "until_on": rule.until_on.isoformat() if rule.until_on else "", "count": rule.count,
                          "skipped": "; ".join(given.skipped)}  # fmt: skip
            else:
                days = sorted(_series_on(r) for r in rows)
                values = {"freq": "", "interval": 1, "first_on": days[0], "until_on": days[-1], "count": 0,
                          "skipped": ""}  # fmt: skip
            found[label] = uow.insert_one("event_series", community_id=community_id, title=label, **values)
        out[label] = found[label]
    return out


def _series_on(row: dict) -> str:
    return row.get("series_on") or row["start_utc"][:10]


def _events(uow, plan: RowsPlan) -> int:
    cid = plan.community_id
    stored = {
        (t, s): i
        for i, t, s in uow.conn.execute(
            select(E.c.id, E.c.title, E.c.start_utc).where(E.c.community_id == cid)
        )
    }
    series = _series(uow, cid, plan)
    created = 0
    for row in plan.rows:
        values = {k: row[k] for k in (*EVENT_FIELDS, "description", "online_link") if k in row}
        if row["series"]:
            values["series_id"] = series[row["series"]]
        key = stored.get((row["title"], row["start_utc"]))
        if key is not None:
            uow.update("event", {key: values})
            continue
        values.setdefault("series_id", None)
        stored[(row["title"], row["start_utc"])] = uow.insert_one(
            "event", community_id=cid, title=row["title"], start_utc=row["start_utc"],
            series_on=_series_on(row) if row["series"] else "", address="", day_notes="", closed=False,
            **{"online_link": "", "description": "", **values})  # fmt: skip
        created += 1
    return created


def _attendance(uow, plan: RowsPlan) -> int:
    event_ids = sorted({r["event_id"] for r in plan.rows})
    stored = {(e, m): (i, at) for i, e, m, at in uow.conn.execute(
        select(A.c.id, A.c.event_id, A.c.member_id, A.c.checked_in_at).where(A.c.event_id.in_(event_ids)))}  # fmt: skip
    times = {
        i: (s, e)
        for i, s, e in uow.conn.execute(
            select(E.c.id, E.c.start_utc, E.c.end_utc).where(E.c.id.in_(event_ids))
        )
    }
    starts = {i: s for i, (s, _) in times.items()}
    now = now_utc()
    created = 0
    for row in plan.rows:
        key = (row["event_id"], row["member_id"])
        old = stored.get(key)
        old_at = old[1] if old else ""
        at = row["checked_in_at"] if row["came"] else ""
        if row["came"] and (not at or at[:16] == old_at[:16]):  # the export writes minutes; keep the seconds
            at = old_at or starts[row["event_id"]]
        over = times[row["event_id"]][1] <= now  # a no-show only once the event is over
        values = {"rsvp": row["rsvp"], "checked_in_at": at, "no_show": row["no_show"] and over,
                  **({"guests": row["guests"]} if "guests" in row else {})}  # fmt: skip
        if old is not None:
            uow.update("attendance", {old[0]: values})
            continue
        stored[key] = (uow.insert_one("attendance", event_id=row["event_id"], member_id=row["member_id"],
                                      rsvp_at=starts[row["event_id"]], walk_in=False, **values), at)  # fmt: skip
        created += 1
    return created
