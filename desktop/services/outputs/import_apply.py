"""Writing an outputs plan as one undo step: new works created, a matched title updated (a blank cell
never overwrites), status moves recorded in the history."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.step_labels import LABELS
from desktop.services.outputs.import_plan import FIELD_OF
from desktop.services.outputs.writes import OutputWrites
from desktop.services.transfer.import_rows import RowsPlan
from desktop.services.transfer.results import ImportResult
from models.schema import TABLES


def apply(db: Database, plan_: RowsPlan, progress=None) -> ImportResult:
    OUT = TABLES["output"]
    writes = OutputWrites(db)
    with gc_paused(), db.write(LABELS.import_kind("outputs")) as uow:
        cid = plan_.community_id
        stored = {t: (i, dict(r)) for i, t, r in ((r["id"], r["title"], r) for r in uow.conn.execute(
            select(OUT).where(OUT.c.community_id == cid)).mappings())}  # fmt: skip
        created = 0
        for row in plan_.rows:
            values, draft = dict(row["values"]), row["draft"]
            found = stored.get(values["title"])
            if found is None:
                stored[values["title"]] = (writes.create_in(uow, cid, values, draft.contributors), values)
                created += 1
                continue
            key, old = found
            present = row["present"]
            values = {
                c: v for c, v in values.items() if FIELD_OF.get(c, c) in present
            }  # a blank never overwrites
            if "status" in values:
                writes.move_in(uow, {**old, "id": key}, values.pop("status"), values.get("published_on", ""))
            uow.update("output", {key: values})
            if "contributors" in present:
                writes.sync_contributors(uow, key, values.get("kind", old["kind"]), draft.contributors)
        touched = {
            c.key for c in uow.changes if c.table == "output" and c.before is not None and c.after is not None
        }
        touched |= {
            (c.after or c.before)["output_id"]
            for c in uow.changes
            if c.table in ("contribution", "output_status")
        }
        new = {c.key for c in uow.changes if c.table == "output" and c.before is None}
        updated = len(touched - new)
    return ImportResult(created, updated, max(0, len(plan_.rows) - created - updated))
