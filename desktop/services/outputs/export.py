"""Outputs to CSV/XLSX in the columns the import reads back."""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.transfer.member_refs import member_refs
from desktop.services.transfer.tabular import write_table
from models.event_times import to_local

HEADERS = [
    "title",
    "kind",
    "status",
    "contributors",
    "event",
    "event_start",
    "published",
    "link",
    "unit",
    "created",
]


def export(db: Database, community_id: int, path: Path) -> int:
    from desktop.services.outputs.queries import OutputQueries

    ref = member_refs(db, community_id)
    rows = []
    for o in reversed(OutputQueries(db).outputs(community_id)):
        start = (
            to_local(o.event_start_utc, o.event_tz).isoformat(timespec="minutes") if o.event_start_utc else ""
        )
        people = "; ".join(f"{ref[m]}:{role}" for m, _, role in o.contributors)
        rows.append(
            [o.title, o.kind, o.status, people, o.event, start, o.published_on, o.link, o.unit, o.created_on]
        )
    return write_table(path, HEADERS, rows, "outputs")
