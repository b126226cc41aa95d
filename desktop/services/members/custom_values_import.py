"""The member import's custom columns: create the fields it keeps and write every row's values, inside
the import's own unit of work (one undo step, all or nothing)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.core.unit_of_work import UnitOfWork
from desktop.services.members.custom_field_writes import add_field_in
from models.base import new_uuids
from models.custom_fields import join_choices, split_choices
from models.schema import CustomField, MemberFieldValue

F = CustomField.__table__
V = MemberFieldValue.__table__
CHUNK = 500
SAMPLE = 500  # rows whose values suggest a new field's kind


def write_custom_values(uow: UnitOfWork, plan, member_of: list[int]) -> set[int]:
    """Fields for `plan.custom_columns` (and any field a target names), then each target's values;
    `member_of[i]` is the member written for `plan.targets[i]`. A blank never overwrites a value, as
    for the standard columns. Returns the members whose values changed."""
    kinds = {name: kind for name, kind in plan.custom_columns.values()}
    names = list(dict.fromkeys([*kinds, *(n for t in plan.targets for n in t.custom)]))
    if not names:
        return set()
    field_ids = _fields(uow, plan, names, kinds)
    wanted: dict[tuple[int, int], str] = {}
    for t, mid in zip(plan.targets, member_of, strict=True):
        for name, value in t.custom.items():
            if value:
                wanted[(mid, field_ids[name.casefold()])] = value
    if not wanted:
        return set()
    matched = {t.member_id for t in plan.targets if t.member_id is not None}  # new members have none yet
    have = _current(uow, sorted(matched & {m for m, _ in wanted}), sorted(set(field_ids.values())))
    changed = {have[k][0]: {"value": v} for k, v in wanted.items() if k in have and have[k][1] != v}
    new = [(k, v) for k, v in wanted.items() if k not in have]
    uow.update("member_field_value", changed)
    ids = uow.new_ids("member_field_value", len(new))
    uow.insert(
        "member_field_value",
        [
            {"id": i, "uuid": u, "member_id": m, "field_id": f, "value": v}
            for i, u, ((m, f), v) in zip(ids, new_uuids(len(new)), new, strict=True)
        ],
    )
    return {m for (m, f), v in wanted.items() if (m, f) not in have or have[(m, f)][1] != v}


def _fields(uow: UnitOfWork, plan, names: list[str], kinds: dict[str, str]) -> dict[str, int]:
    """casefolded field name → id: existing fields as they are, missing ones created with their kind.
    A choice field lists every value the file gives it (an existing one gains the new ones)."""
    rows = uow.conn.execute(
        select(F.c.id, F.c.name, F.c.kind, F.c.choices).where(F.c.community_id == plan.community_id)
    ).all()
    existing = {name.casefold(): (fid, kind, choices) for fid, name, kind, choices in rows}
    out: dict[str, int] = {}
    for name in names:
        key = name.casefold()
        if key in out:
            continue
        seen = [t.custom[name] for t in plan.targets if t.custom.get(name)]
        if key not in existing:
            kind = kinds.get(name, "text")
            choices = join_choices(seen) if kind == "choice" else ""
            if kind == "choice" and not choices:  # a choice column left all blank: nothing to pick from yet
                kind = "text"
            out[key] = add_field_in(uow, plan.community_id, name, kind, choices)
            continue
        fid, kind, choices = existing[key]
        if kind == "choice":
            grown = join_choices([choices, *seen])
            if split_choices(grown) != split_choices(choices):
                uow.update("custom_field", {fid: {"choices": grown}})
        out[key] = fid
    return out


def _current(uow: UnitOfWork, member_ids: list[int], field_ids: list[int]) -> dict[tuple[int, int], tuple]:
    """(member, field) → (value row id, value) for the members the import writes to."""
    out = {}
    for start in range(0, len(member_ids), CHUNK):
        part = member_ids[start : start + CHUNK]
        for vid, mid, fid, value in uow.conn.execute(
            select(V.c.id, V.c.member_id, V.c.field_id, V.c.value).where(
                V.c.member_id.in_(part), V.c.field_id.in_(field_ids)
            )
        ):
            out[(mid, fid)] = (vid, value)
    return out


def fill_custom(db, plan, rows: list[tuple[int, list[str]]], day_first: bool = False) -> list:
    """The plan side in one call: decide `plan.custom_columns` from its unknown columns (unless already
    decided) and clean every target's cells into `target.custom`. `rows` are the file's (line, cells)
    as read. Returns a Rejected per cell that does not fit its field (the row should be refused)."""
    from desktop.services.members.custom_fields import CustomFieldQueries, clean_custom, plan_custom_columns
    from desktop.services.transfer.results import Rejected
    from models.errors import ValidationError

    index = {h: i for i, h in reversed(list(enumerate(plan.headers)))}  # the first of repeated headers
    if not plan.custom_columns:
        kept = [h for h in plan.unknown_columns if h in index and h not in plan.ignored_columns]
        samples = {h: [c[index[h]] for _, c in rows[:SAMPLE] if index[h] < len(c)] for h in kept}
        plan.custom_columns = plan_custom_columns(db, plan.community_id, kept, samples)
    choices = {f.name.casefold(): f.choices_text for f in CustomFieldQueries(db).fields(plan.community_id)}
    columns = [(index[h], name, kind, choices.get(name.casefold(), ""))
               for h, (name, kind) in plan.custom_columns.items() if h in index]  # fmt: skip
    by_line = dict(rows)
    rejected = []
    for t in plan.targets:
        for line in t.lines:
            cells = by_line.get(line, [])
            for i, name, kind, listed in columns:
                try:
                    value = clean_custom(kind, cells[i] if i < len(cells) else "", listed, name, day_first)
                except ValidationError as e:
                    rejected.append(Rejected(line, e.code, e.field, e.value))
                    continue
                if value or name not in t.custom:  # a later row's blank does not erase an earlier value
                    t.custom[name] = value
    return rejected
