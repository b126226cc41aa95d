"""Write side of outputs: the register, status moves (history kept, backwards too), contributors.

Each public method is one undo step; refusals are coded and write nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from models.errors import ValidationError
from models.output_draft import OutputDraft
from models.outputs import check_status, weight
from models.schema import TABLES

OUT, S, C, M = (TABLES[t] for t in ("output", "output_status", "contribution", "member"))


def today() -> str:
    return dt.date.today().isoformat()


class OutputWrites:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _check_members(uow, community_id: int, contributors: Sequence[tuple[int, str]]) -> None:
        ids = {m for m, _ in contributors}
        found = set(
            uow.conn.execute(
                select(M.c.id).where(M.c.id.in_(ids), M.c.community_id == community_id)
            ).scalars()
        )
        if ids - found:
            raise ValidationError("contributor_not_member", "contributors", str(sorted(ids - found)[0]))
        if any(not role.strip() for _, role in contributors):
            raise ValidationError("role_required", "role", "")

    @staticmethod
    def sync_contributors(uow, output_id: int, kind: str, contributors: Sequence[tuple[int, str]]) -> None:
        wanted = {(m, r.strip()): weight(kind, r.strip()) for m, r in contributors}
        old = {(r.member_id, r.role): (r.id, r.weight) for r in uow.conn.execute(
            select(C.c.id, C.c.member_id, C.c.role, C.c.weight).where(C.c.output_id == output_id))}  # fmt: skip
        uow.delete("contribution", [k for pair, (k, _) in old.items() if pair not in wanted])
        uow.update(
            "contribution",
            {old[p][0]: {"weight": w} for p, w in wanted.items() if p in old and old[p][1] != w},
        )
        for (member, role), w in wanted.items():
            if (member, role) not in old:
                uow.insert_one("contribution", output_id=output_id, member_id=member, role=role, weight=w)

    def create(self, community_id: int, draft: OutputDraft) -> int:
        values = draft.columns(today())
        with self.db.write(LABELS.new_output()) as uow:
            self._check_members(uow, community_id, draft.contributors)
            return self.create_in(uow, community_id, values, draft.contributors)

    def create_in(self, uow, community_id: int, values: dict, contributors) -> int:
        """The output, its history (the idea, then the status it starts in) and its contributors."""
        status_on = (
            values["published_on"] if values["status"] == "published" and values["published_on"] else today()
        )
        output_id = uow.insert_one("output", community_id=community_id, status_on=status_on
                                   if values["status"] != "idea" else values["created_on"], **values)  # fmt: skip
        uow.insert_one("output_status", output_id=output_id, status="idea", reached_on=values["created_on"])
        if values["status"] != "idea":
            uow.insert_one(
                "output_status", output_id=output_id, status=values["status"], reached_on=status_on
            )
        self.sync_contributors(uow, output_id, values["kind"], contributors)
        return output_id

    def update(self, output_id: int, draft: OutputDraft) -> None:
        with self.db.write(LABELS.edit_output()) as uow:
            old = uow.conn.execute(select(OUT).where(OUT.c.id == output_id)).mappings().one()
            values = draft.columns(old["created_on"])
            if values["status"] == "published" and not values["published_on"]:
                values["published_on"] = old["published_on"] or today()  # reaching published dates it
            self._check_members(uow, old["community_id"], draft.contributors)
            self.move_in(uow, dict(old), values.pop("status"), values.get("published_on") or "")
            uow.update("output", {output_id: values})
            self.sync_contributors(uow, output_id, values["kind"], draft.contributors)

    def move_in(self, uow, old: dict, status: str, published_on: str = "") -> None:
        """Move an output (its row as `old`) to `status` inside a larger step, recording the history."""
        check_status(status)
        if status == old["status"]:
            return
        on = today()
        if status == "published" and not (published_on or old["published_on"]):
            uow.update("output", {old["id"]: {"published_on": on}})
        uow.update("output", {old["id"]: {"status": status, "status_on": on}})
        uow.insert_one("output_status", output_id=old["id"], status=status, reached_on=on)

    def set_status(self, output_id: int, status: str) -> None:
        """A move along the pipeline (the board's drag), backwards included; the history keeps both."""
        with self.db.write(LABELS.move_output()) as uow:
            old = uow.conn.execute(select(OUT).where(OUT.c.id == output_id)).mappings().one()
            self.move_in(uow, dict(old), status)

    def delete(self, output_ids: Sequence[int]) -> None:
        ids = list(output_ids)
        with self.db.write(LABELS.delete_outputs(len(ids))) as uow:
            for t, name in ((S, "output_status"), (C, "contribution")):
                uow.delete(
                    name, uow.conn.execute(select(t.c.id).where(t.c.output_id.in_(ids))).scalars().all()
                )
            uow.delete("output", ids)
