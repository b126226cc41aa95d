"""Write side of members: every action is one `db.write` step, undoable through the journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import or_, select

from desktop.services.core.database import Database
from desktop.services.core.journal import fetch_rows
from desktop.services.core.step_labels import LABELS
from desktop.services.core.unit_of_work import UnitOfWork
from models.base import new_uuids
from models.errors import ValidationError
from models.lists import add_items, remove_items
from models.member_draft import MemberDraft, clean_draft
from models.members import check_inviter, search_text
from models.pinyin import name_keys
from models.schema import MEMBER_STATUSES, TABLES, Member, MemberIdentity, Unit

M = Member.__table__
I = MemberIdentity.__table__  # noqa: E741
U = Unit.__table__
CHUNK = 500
# Rows that belong to a member and go when the member is deleted: (table, member columns).
DEPENDENTS = (
    ("member_identity", ("member_id",)),
    ("member_field_value", ("member_id",)),
    ("unit_member", ("member_id",)),
    ("role_assignment", ("member_id",)),
    ("connection", ("a_id", "b_id")),
    ("attendance", ("member_id",)),
    ("contribution", ("member_id",)),
    ("activity", ("member_id",)),
    ("member_level", ("member_id",)),
    ("member_alias", ("member_id",)),  # UUIDs merged into the member
    ("not_duplicate", ("a_id", "b_id")),
    ("member_consent", ("member_id",)),  # their yes or no to contact, photos, the directory
)
# Plan rows that name a member keep their line with nobody named when the member is deleted.
NAMED_IN = (("agenda_item", "owner_id"), ("duty", "member_id"), ("event_task", "member_id"))


# Member columns a draft (or an import row's values) fills in as they are.
PLAIN = ("name", "city", "organisation", "title", "interests", "specialties", "tags", "joined_on",
         "status_on", "status_reason", "notes")  # fmt: skip


def member_columns(values: Mapping[str, object], identity_values: list[str], inviter_id: int | None) -> dict:
    """The member row for clean `values` (MemberDraft fields): adds the pinyin sort key and search text."""
    name = values["name"]
    row = {k: values[k] for k in PLAIN}
    row["sort_key"] = name_keys(name)[0]
    row["search_text"] = search_text(name, identity_values, values["tags"])
    row["status"] = values["status"] or "active"
    row["inviter_id"] = inviter_id
    return row


def draft_columns(d: MemberDraft) -> dict:
    return member_columns(d.__dict__, [v for _, v in d.identities], d.inviter_id)


def identity_rows(uow: UnitOfWork, member_id: int, identities: Sequence[tuple[str, str]]) -> list[dict]:
    ids = uow.new_ids("member_identity", len(identities))
    uuids = new_uuids(len(identities))
    return [
        {"id": i, "uuid": u, "member_id": member_id, "kind": k, "value": v}
        for i, u, (k, v) in zip(ids, uuids, identities, strict=True)
    ]


def _chunks(seq: Sequence[int]):
    for i in range(0, len(seq), CHUNK):
        yield list(seq[i : i + CHUNK])


class MemberWrites:
    def __init__(self, db: Database, region: str = "CN") -> None:
        self.db = db
        self.region = region

    def clean(self, draft: MemberDraft) -> MemberDraft:
        return clean_draft(draft, self.region)

    def _check_inviter(self, uow: UnitOfWork, member_id: int | None, inviter_id: int | None) -> None:
        def inviter_of(mid: int) -> int | None:
            return uow.conn.execute(select(M.c.inviter_id).where(M.c.id == mid)).scalar()

        check_inviter(member_id, inviter_id, inviter_of)

    def create(self, community_id: int, draft: MemberDraft) -> int:
        d = self.clean(draft)
        with self.db.write(LABELS.add_member()) as uow:
            return self.create_in(uow, community_id, d)

    @staticmethod
    def create_in(uow: UnitOfWork, community_id: int, d: MemberDraft) -> int:
        """Insert a cleaned draft inside a larger step (a walk-in guest at the door)."""
        (mid,) = uow.new_ids("member", 1)
        row = {"id": mid, "uuid": new_uuids(1)[0], "community_id": community_id, **draft_columns(d)}
        uow.insert("member", [row])
        uow.insert("member_identity", identity_rows(uow, mid, d.identities))
        return mid

    def update(self, member_id: int, draft: MemberDraft, seen_version: int | None = None) -> None:
        d = self.clean(draft)
        with self.db.write(LABELS.edit_member()) as uow:
            self.update_in(uow, member_id, d, seen_version)

    def update_in(self, uow: UnitOfWork, member_id: int, d: MemberDraft, seen_version: int | None = None) -> None:
        """Write a cleaned draft inside a larger step (the editor saves custom fields in the same one).
        `seen_version`: the member's row_version when the editor read it; moved since: refused (stale_edits)."""
        uow.expect("member", member_id, seen_version)
        self._check_inviter(uow, member_id, d.inviter_id)
        old = {
            (r.kind, r.value): r.id
            for r in uow.conn.execute(
                select(I.c.id, I.c.kind, I.c.value).where(I.c.member_id == member_id)
            )
        }
        wanted = list(d.identities)
        gone, added = [i for pair, i in old.items() if pair not in wanted], [p for p in wanted if p not in old]
        uow.update("member", {member_id: draft_columns(d)}, touch=bool(gone or added))  # contacts move it too
        uow.delete("member_identity", gone)
        uow.insert("member_identity", identity_rows(uow, member_id, added))

    def delete(self, member_ids: Sequence[int]) -> None:
        """Delete members; people they invited keep their record with an empty inviter, units they
        led keep going without a lead; their contacts, memberships, roles and ties go with them."""
        ids = list(member_ids)
        n = len(ids)
        with self.db.write(LABELS.delete_members(n)) as uow:
            for part in _chunks(ids):
                invitees = uow.conn.execute(select(M.c.id).where(M.c.inviter_id.in_(part))).scalars().all()
                uow.update("member", {i: {"inviter_id": None} for i in invitees})
                led = uow.conn.execute(select(U.c.id).where(U.c.lead_id.in_(part))).scalars().all()
                uow.update("unit", {u: {"lead_id": None} for u in led})
                for table, column in NAMED_IN:
                    t = TABLES[table]
                    named = uow.conn.execute(select(t.c.id).where(t.c[column].in_(part))).scalars().all()
                    uow.update(table, {k: {column: None} for k in named})
                for table, columns in DEPENDENTS:
                    t = TABLES[table]
                    found = uow.conn.execute(select(t.c.id).where(or_(*(t.c[c].in_(part) for c in columns))))
                    uow.delete(table, found.scalars().all())
            uow.delete("member", ids)

    def tag(self, member_ids: Sequence[int], tags: list[str], add: bool = True) -> None:
        n = len(member_ids)
        label = LABELS.tag_members(n) if add else LABELS.untag_members(n)
        with self.db.write(label) as uow:
            for part in _chunks(list(member_ids)):
                rows = fetch_rows(uow.conn, "member", part)
                idents = self._identity_values(uow, part)
                changes = {}
                for mid, row in rows.items():
                    new = add_items(row["tags"], tags) if add else remove_items(row["tags"], tags)
                    if new != row["tags"]:
                        changes[mid] = {
                            "tags": new,
                            "search_text": search_text(row["name"], idents.get(mid, []), new),
                        }
                uow.update("member", changes)

    def set_status(self, member_ids: Sequence[int], status: str, on: str = "", reason: str = "") -> None:
        if status not in MEMBER_STATUSES:
            raise ValidationError("bad_status", "status", status)
        on = on or dt.date.today().isoformat()
        n = len(member_ids)
        with self.db.write(LABELS.set_status(n)) as uow:
            values = {"status": status, "status_on": on, "status_reason": reason.strip()}
            for part in _chunks(list(member_ids)):
                uow.update("member", dict.fromkeys(part, values))

    @staticmethod
    def _identity_values(uow: UnitOfWork, ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for mid, value in uow.conn.execute(
            select(I.c.member_id, I.c.value).where(I.c.member_id.in_(ids)).order_by(I.c.id)
        ):
            out.setdefault(mid, []).append(value)
        return out
