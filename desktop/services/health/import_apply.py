"""Writing an activity plan as one undo step: a row matching a stored one on (member, date, kind, note)
updates its count, so importing the same export twice changes nothing."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.step_labels import LABELS
from desktop.services.transfer.import_rows import RowsPlan
from desktop.services.transfer.results import ImportResult
from models.schema import TABLES


def apply(db: Database, plan_: RowsPlan, progress=None) -> ImportResult:
    A = TABLES["activity"]
    with gc_paused(), db.write(LABELS.import_kind("activity")) as uow:
        stored = {(m, d, k, n): (i, c) for i, m, d, k, n, c in uow.conn.execute(
            select(A.c.id, A.c.member_id, A.c.on_date, A.c.kind, A.c.note, A.c.count)
            .where(A.c.community_id == plan_.community_id))}  # fmt: skip
        created = updated = 0
        for row in plan_.rows:
            key = (row["member_id"], row["on_date"], row["kind"], row["note"])
            if key in stored:
                if stored[key][1] != row["count"]:
                    uow.update("activity", {stored[key][0]: {"count": row["count"]}})
                    updated += 1
                continue
            stored[key] = (uow.insert_one("activity", community_id=plan_.community_id, weight=1.0, source="import",
                                          **{k: row[k] for k in ("member_id", "on_date", "kind", "count", "note")}),
                           row["count"])  # fmt: skip
            created += 1
    return ImportResult(created, updated, len(plan_.rows) - created - updated)
