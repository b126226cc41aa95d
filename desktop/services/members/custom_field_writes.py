"""Custom member fields, write side: add, rename, change kind or choices, delete, set a member's values.

Every method is one `db.write` step (one undo step). Values are cleaned by the field's kind
(models/custom_fields.py) before anything is written, so a refusal writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, select

from desktop.services.core.step_labels import LABELS
from desktop.services.core.unit_of_work import UnitOfWork
from desktop.services.members.custom_fields import CustomFieldQueries
from desktop.services.members.import_row import SYNONYMS
from desktop.services.transfer.tabular import match_headers
from models.custom_fields import choices_from, clean_field, clean_value
from models.errors import ValidationError
from models.schema import CustomField, MemberFieldValue

F = CustomField.__table__
V = MemberFieldValue.__table__


def _field_row(conn, field_id: int) -> dict:
    row = conn.execute(select(F).where(F.c.id == field_id)).mappings().first()
    if row is None:
        raise ValidationError("field_missing", "field", str(field_id))
    return dict(row)


def check_name(conn, community_id: int, name: str, except_id: int | None = None) -> None:
    """A field may not take a standard column's name (its export would import back as that column),
    nor another field's name (names differ ignoring case, as the import matches them)."""
    if match_headers([name], SYNONYMS)[0]:
        raise ValidationError("field_name_reserved", "name", name)
    for fid, other in conn.execute(select(F.c.id, F.c.name).where(F.c.community_id == community_id)):
        if fid != except_id and other.casefold() == name.casefold():
            raise ValidationError("field_exists", "name", other)


def add_field_in(uow: UnitOfWork, community_id: int, name: str, kind: str, choices: str = "") -> int:
    """Insert a field inside a larger step (the import creates the columns it keeps)."""
    name, kind, choices = clean_field(name, kind, choices)
    check_name(uow.conn, community_id, name)
    last = uow.conn.execute(select(func.max(F.c.position)).where(F.c.community_id == community_id)).scalar()
    return uow.insert_one(
        "custom_field", community_id=community_id, name=name, kind=kind, choices=choices,
        position=(last if last is not None else -1) + 1,
    )  # fmt: skip


def set_values_in(uow: UnitOfWork, member_id: int, cleaned: Mapping[int, str]) -> None:
    """Write cleaned values (field id → text) of one member; a blank removes the value. Fields not
    named keep theirs."""
    have = {
        fid: (vid, value)
        for vid, fid, value in uow.conn.execute(
            select(V.c.id, V.c.field_id, V.c.value).where(V.c.member_id == member_id)
        )
    }
    gone = [have[f][0] for f, v in cleaned.items() if not v and f in have]
    changed = {have[f][0]: {"value": v} for f, v in cleaned.items() if v and f in have and have[f][1] != v}
    new = [(f, v) for f, v in cleaned.items() if v and f not in have]
    uow.delete("member_field_value", gone)
    uow.update("member_field_value", changed)
    for fid, value in new:
        uow.insert_one("member_field_value", member_id=member_id, field_id=fid, value=value)


class CustomFields(CustomFieldQueries):
    """The queries plus the writes (Services.custom_fields)."""

    def add_field(self, community_id: int, name: str, kind: str = "text", choices: str = "") -> int:
        with self.db.write(LABELS.add_custom_field()) as uow:
            return add_field_in(uow, community_id, name, kind, choices)

    def rename_field(self, field_id: int, name: str) -> None:
        with self.db.write(LABELS.rename_custom_field()) as uow:
            row = _field_row(uow.conn, field_id)
            name, _kind, _choices = clean_field(name, row["kind"], row["choices"])
            check_name(uow.conn, row["community_id"], name, field_id)
            uow.update("custom_field", {field_id: {"name": name}})

    def change_kind(self, field_id: int, kind: str, choices: str = "") -> None:
        """Change the kind or the choices; every value is cleaned again under the new kind ("1,200" →
        "1200", "2024/3/5" → "2024-03-05"), and one that does not fit refuses the change. A choice
        field given no choices takes the values its members have."""
        with self.db.write(LABELS.change_custom_field()) as uow:
            row = _field_row(uow.conn, field_id)
            values = uow.conn.execute(
                select(V.c.id, V.c.value).where(V.c.field_id == field_id).order_by(V.c.id)
            ).all()
            if kind == "choice" and not choices.strip():
                choices = choices_from([v for _, v in values])
            _name, kind, choices = clean_field(row["name"], kind, choices)
            changed = {}
            for vid, value in values:
                cleaned = clean_value(kind, value, choices, row["name"])
                if cleaned != value:
                    changed[vid] = {"value": cleaned}
            uow.update("custom_field", {field_id: {"kind": kind, "choices": choices}})
            uow.update("member_field_value", changed)

    def delete_field(self, field_id: int) -> None:
        """The field and every member's value of it (undo brings both back)."""
        with self.db.write(LABELS.delete_custom_field()) as uow:
            _field_row(uow.conn, field_id)
            ids = uow.conn.execute(select(V.c.id).where(V.c.field_id == field_id)).scalars().all()
            uow.delete("member_field_value", ids)
            uow.delete("custom_field", [field_id])

    def clean_values(
        self, community_id: int, values: Mapping[int, str], day_first: bool = False
    ) -> dict[int, str]:
        """field id → stored text; refuses a value that does not fit its field, or a field not of the
        community."""
        fields = {f.id: f for f in self.fields(community_id)}
        out = {}
        for fid, text in values.items():
            f = fields.get(fid)
            if f is None:
                raise ValidationError("field_missing", "field", str(fid))
            out[fid] = clean_value(f.kind, text, f.choices_text, f.name, day_first)
        return out

    def set_values(self, community_id: int, member_id: int, values: Mapping[int, str]) -> None:
        cleaned = self.clean_values(community_id, values)
        with self.db.write(LABELS.set_custom_values()) as uow:
            set_values_in(uow, member_id, cleaned)
