"""Activity to CSV/XLSX in the columns the import reads back."""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.transfer.member_refs import member_refs
from desktop.services.transfer.tabular import write_table


def export(db: Database, community_id: int, path: Path) -> int:
    ref = member_refs(db, community_id)
    rows = db.query("SELECT member_id, on_date, kind, count, note FROM activity WHERE community_id = ?"
                    " ORDER BY on_date, id", (community_id,))  # fmt: skip
    return write_table(path, ["member", "date", "kind", "count", "note"],
                       [[ref[m], d, k, c, n] for m, d, k, c, n in rows], "activity")  # fmt: skip
