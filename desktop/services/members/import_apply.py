"""Writing an ImportPlan: new members in bulk through Core, matched members merged; one undo step."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.journal import fetch_rows
from desktop.services.core.progress import Progress
from desktop.services.core.step_labels import LABELS
from desktop.services.members.custom_values_import import write_custom_values
from desktop.services.members.import_plan import ImportPlan
from desktop.services.members.writes import identity_rows, member_columns
from desktop.services.transfer.results import ImportResult
from models.base import new_uuids
from models.lists import merge_lists
from models.member_draft import LISTS
from models.members import search_text
from models.pinyin import name_keys
from models.schema import MemberIdentity

I = MemberIdentity.__table__  # noqa: E741
CHUNK = 500


def apply_import(db: Database, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write the plan as one undo step: all of it, or (on error or cancel) nothing."""
    with gc_paused():
        return _apply(db, plan, progress)


def _apply(db: Database, plan: ImportPlan, progress: Progress | None) -> ImportResult:
    progress = progress or Progress()
    new = [(i, t) for i, t in enumerate(plan.targets) if t.member_id is None]
    old = [t for t in plan.targets if t.member_id is not None]
    total = len(plan.targets)
    with db.write(LABELS.import_members()) as uow:
        # Keys for new members stay local: a cancelled or failed apply leaves the plan reusable.
        new_id = dict(zip((i for i, _ in new), uow.new_ids("member", len(new)), strict=True))

        def ref_id(ref):
            return ref[1] if ref[0] == "db" else new_id[ref[1]]

        rows, idents = [], []
        for n, ((i, t), u) in enumerate(zip(new, new_uuids(len(new)), strict=True)):
            if n % 5000 == 0:
                progress.step(n, total)
            mid = new_id[i]
            columns = member_columns(
                t.values, [v for _, v in t.identities], ref_id(t.inviter) if t.inviter else None
            )
            rows.append({"id": mid, "uuid": t.uuid or u, "community_id": plan.community_id, **columns})
            idents.extend((mid, k, v) for k, v in t.identities)
        uow.insert("member", rows)
        ident_ids = uow.new_ids("member_identity", len(idents))
        uow.insert(
            "member_identity",
            [
                {"id": i, "uuid": u, "member_id": m, "kind": k, "value": v}
                for i, u, (m, k, v) in zip(ident_ids, new_uuids(len(idents)), idents, strict=True)
            ],
        )
        touched: set[int] = set()
        for start in range(0, len(old), CHUNK):
            progress.step(len(new) + start, total)
            touched |= _merge_existing(uow, old[start : start + CHUNK], ref_id)
        member_of = [
            t.member_id if t.member_id is not None else new_id[i] for i, t in enumerate(plan.targets)
        ]
        # A matched member whose only news is a custom value counts as updated, not unchanged.
        touched |= write_custom_values(uow, plan, member_of) & {t.member_id for t in old}
    return ImportResult(len(new), len(touched), len(old) - len(touched))


def _merge_existing(uow, targets, ref_id) -> set[int]:
    ids = [t.member_id for t in targets]
    current = fetch_rows(uow.conn, "member", ids)
    have: dict[int, list[tuple[str, str]]] = {}
    for mid, kind, value in uow.conn.execute(
        select(I.c.member_id, I.c.kind, I.c.value).where(I.c.member_id.in_(ids)).order_by(I.c.id)
    ):
        have.setdefault(mid, []).append((kind, value))
    changes: dict[int, dict] = {}
    touched: set[int] = set()
    for t in targets:
        row = current[t.member_id]
        values = {}
        for k, v in t.values.items():
            if k in LISTS:
                values[k] = merge_lists(row[k], v)
            elif v:  # a blank never overwrites a value
                values[k] = v
        if t.inviter and ref_id(t.inviter) != t.member_id:
            values["inviter_id"] = ref_id(t.inviter)
        extra = [p for p in t.identities if p not in have.get(t.member_id, [])]
        all_idents = have.get(t.member_id, []) + extra
        if "name" in values:
            values["sort_key"] = name_keys(values["name"])[0]
        values["search_text"] = search_text(
            values.get("name", row["name"]), [v for _, v in all_idents], values.get("tags", row["tags"])
        )
        merged = {**row, **values}
        if merged != row or extra:
            touched.add(t.member_id)
            changes[t.member_id] = values
        uow.insert("member_identity", identity_rows(uow, t.member_id, extra))
    uow.update("member", changes)
    return touched
