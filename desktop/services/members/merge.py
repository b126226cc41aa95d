"""Merging two records of one person into the survivor, as one undo step.

Nothing of either is lost: identities, lists, memberships, roles, attendance, contributions, ties and
invitations all end on the survivor (merge_rows.HANDLERS, one per column naming a member); per field the
organiser may pick the other's value (`chosen`); the other's UUID becomes an alias, so an older export
that still names it finds the survivor on import.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.journal import fetch_rows
from desktop.services.core.step_labels import LABELS
from desktop.services.core.unit_of_work import UnitOfWork
from desktop.services.members.merge_rows import HANDLERS, rows_of
from models.errors import ConflictError, ValidationError
from models.lists import merge_lists
from models.members import check_inviter, search_text
from models.pinyin import name_keys
from models.schema import MEMBER_STATUSES, Member

M = Member.__table__

# Member columns the organiser may pick; lists are joined unless one side is picked.
SCALAR_FIELDS = ("name", "city", "organisation", "title", "joined_on", "status", "status_on", "status_reason",
                 "notes", "inviter_id")  # fmt: skip
LIST_FIELDS = ("interests", "specialties", "tags")
MERGE_FIELDS = SCALAR_FIELDS + LIST_FIELDS
CUSTOM = "custom:"  # chosen["custom:<field id>"] = the value kept for a custom field


def default_values(keep: dict, other: dict) -> dict:
    """Without a choice: the survivor's value where it has one, else the other's; lists joined; the
    earlier joining date; both notes."""
    out = {f: keep[f] if keep[f] not in ("", None) else other[f] for f in SCALAR_FIELDS}
    out.update({f: merge_lists(keep[f], other[f]) for f in LIST_FIELDS})
    dates = [d for d in (keep["joined_on"], other["joined_on"]) if d]
    out["joined_on"] = min(dates) if dates else ""
    if keep["notes"] and other["notes"] and other["notes"] not in keep["notes"]:
        out["notes"] = f"{keep['notes']}\n{other['notes']}"
    if keep["status"] != other["status"]:  # the status and its date and reason go together
        out["status_on"], out["status_reason"] = keep["status_on"], keep["status_reason"]
    return out


def _check_chosen(chosen: dict) -> None:
    for key, value in chosen.items():
        if key not in MERGE_FIELDS and not key.startswith(CUSTOM):
            raise ValidationError("unknown_merge_field", "field", key)
        if key == "name" and not str(value).strip():
            raise ValidationError("name_required", "name", "")
        if key == "status" and value not in MEMBER_STATUSES:
            raise ValidationError("bad_status", "status", str(value))


def _inviter(uow: UnitOfWork, survivor: int, other: int, chosen: dict, fallbacks: list) -> int | None:
    """The survivor's inviter: the organiser's pick (refused if it makes a circle), else the first of
    `fallbacks` that is neither merged member nor someone they (indirectly) invited — never a cycle."""

    def inviter_of(mid: int) -> int | None:
        return uow.conn.execute(select(M.c.inviter_id).where(M.c.id == mid)).scalar()

    if "inviter_id" in chosen:
        if chosen["inviter_id"] in (survivor, other):
            raise ConflictError("inviter_cycle", "inviter", str(chosen["inviter_id"]))
        check_inviter(survivor, chosen["inviter_id"], inviter_of)
        return chosen["inviter_id"]
    for candidate in fallbacks:
        if candidate in (survivor, other):
            continue
        try:
            check_inviter(survivor, candidate, inviter_of)
            return candidate
        except ConflictError:
            continue
    return None


def _custom_values(uow: UnitOfWork, survivor: int, other: int, chosen: dict) -> None:
    mine = {r["field_id"]: r for r in rows_of(uow, "member_field_value", "member_id", survivor)}
    drop, changes = [], {}
    for row in rows_of(uow, "member_field_value", "member_id", other):
        same = mine.pop(row["field_id"], None)
        if same is None:
            changes[row["id"]] = {"member_id": survivor}
            mine_value = row["value"]
            key = row["id"]
        else:
            drop.append(row["id"])
            mine_value, key = same["value"], same["id"]
        wanted = chosen.get(f"{CUSTOM}{row['field_id']}")
        if wanted is not None and wanted != mine_value:
            changes.setdefault(key, {})["value"] = str(wanted)
    uow.delete("member_field_value", drop)
    uow.update("member_field_value", changes)


def merge_in(uow: UnitOfWork, survivor: int, other: int, chosen: dict | None = None) -> None:
    """Merge `other` into `survivor` inside a larger step (bulk merges)."""
    chosen = dict(chosen or {})
    _check_chosen(chosen)
    found = fetch_rows(uow.conn, "member", [survivor, other])
    if survivor == other or len(found) != 2 or found[survivor]["community_id"] != found[other]["community_id"]:
        raise ValidationError("not_a_pair", "member", f"{survivor} {other}")
    keep, gone = found[survivor], found[other]
    values = {**default_values(keep, gone), **{k: v for k, v in chosen.items() if k in MERGE_FIELDS}}
    for handler in HANDLERS.values():
        handler(uow, survivor, other, chosen)
    _custom_values(uow, survivor, other, chosen)
    values["inviter_id"] = _inviter(uow, survivor, other, chosen, [keep["inviter_id"], gone["inviter_id"]])
    idents = [r["value"] for r in rows_of(uow, "member_identity", "member_id", survivor)]
    values["name"] = str(values["name"]).strip()
    values["sort_key"] = name_keys(values["name"])[0]
    values["search_text"] = search_text(values["name"], idents, values["tags"])
    uow.update("member", {survivor: values})
    uow.insert_one("member_alias", member_id=survivor, old_uuid=gone["uuid"], old_name=gone["name"],
                   merged_on=dt.date.today().isoformat())  # fmt: skip
    uow.delete("member", [other])


def merge(db: Database, survivor_id: int, other_id: int, chosen: dict | None = None) -> None:
    """Merge `other_id` into `survivor_id` (one undo step). `chosen`: field → the value that survives
    (a member column of MERGE_FIELDS, or "custom:<field id>"); without it, default_values decides."""
    db.back_up("merge")
    with db.write(LABELS.merge_members()) as uow:
        merge_in(uow, survivor_id, other_id, chosen)


def identical_groups(db: Database, community_id: int) -> list[list[int]]:
    """Members whose name (as models.duplicates compares it) and whole set of identities are equal,
    with at least one identity: the same record entered twice. Each group's lowest id first."""
    from models.duplicates import name_keys as compare_keys

    idents: dict[int, set] = {}
    for mid, kind, value in db.query(
        "SELECT i.member_id, i.kind, i.value FROM member_identity i JOIN member m ON m.id = i.member_id"
        " WHERE m.community_id = ?", (community_id,)):  # fmt: skip
        idents.setdefault(mid, set()).add((kind, value))
    groups: dict[tuple, list[int]] = {}
    for mid, name in db.query("SELECT id, name FROM member WHERE community_id = ? ORDER BY id", (community_id,)):
        if mid in idents:
            groups.setdefault((compare_keys(name).exact, frozenset(idents[mid])), []).append(mid)
    refused = set(db.query("SELECT a_id, b_id FROM not_duplicate WHERE community_id = ?", (community_id,)))
    out = []
    for ids in groups.values():
        keep = [ids[0], *(m for m in ids[1:] if (ids[0], m) not in refused)]
        if len(keep) > 1:
            out.append(keep)
    return out


def bulk_merge_identical(db: Database, community_id: int) -> int:
    """Merge every identical group into its oldest record, as one undo step; returns how many merged."""
    groups = identical_groups(db, community_id)
    n = sum(len(g) - 1 for g in groups)
    if n:
        db.back_up("merge")
        with db.write(LABELS.merge_identical(n)) as uow:
            for survivor, *others in groups:
                for other in others:
                    merge_in(uow, survivor, other)
    return n
