"""Which member fields an audience may see, and the organiser's choice of private fields.

Two audiences read what Beehive prints and exports:
- "organisers": everything, every member;
- "members" (a directory handed round, a sign-in sheet at the door): no private field at all (the column
  is left out, not emptied) and no member who said no to the directory (member_consent kind
  "directory", granted false; a member who was never asked is listed), nor an erased placeholder.

The private built-in fields are stored on the community as "phone; email; notes" ("" means DEFAULT,
NOTHING means the organiser made none private); custom fields carry their own `private` flag.
Each change is one `db.write` (one undo step). Reads are plain SQL (no SQLAlchemy import until a write).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from desktop.services.core.database import Database
from models.errors import ValidationError
from models.lists import split_list

AUDIENCES = ("organisers", "members")
# the built-in fields an organiser can keep private: the member identities, then the notes (in the order
# the Privacy tab shows them)
FIELDS = ("phone", "email", "wechat_id", "qq", "wechat_nickname", "notes")
DEFAULT = frozenset({"phone", "email", "wechat_id", "qq", "notes"})
NOTHING = "-"  # stored when no built-in field is private ("" stands for DEFAULT)


class PrivacyLabels(QObject):
    """Undo step names of the privacy writes."""

    def private_fields(self) -> str:
        return self.tr("Change private fields")

    def field_private(self, private: bool) -> str:
        return self.tr("Make custom field private") if private else self.tr("Make custom field visible")


def parse_private(text: str) -> frozenset[str]:
    """The stored spelling → the private built-in fields (unknown words ignored)."""
    text = (text or "").strip()
    if not text:
        return DEFAULT
    if text == NOTHING:
        return frozenset()
    return frozenset(f for f in split_list(text) if f in FIELDS)


def spell_private(fields: Iterable[str]) -> str:
    """The private fields as stored: in FIELDS order; "" for the defaults, NOTHING for none."""
    chosen = set(fields)
    unknown = chosen - set(FIELDS)
    if unknown:
        raise ValidationError("unknown_private_field", "private_fields", ", ".join(sorted(unknown)))
    if chosen == DEFAULT:
        return ""
    return "; ".join(f for f in FIELDS if f in chosen) or NOTHING


def check_audience(name: str) -> str:
    if name not in AUDIENCES:
        raise ValidationError("bad_audience", "audience", name)
    return name


@dataclass(frozen=True)
class Audience:
    """What one audience may see of one community's members."""

    name: str = "organisers"
    private: frozenset[str] = frozenset()  # built-in fields kept from it (FIELDS)
    private_custom: frozenset[int] = frozenset()  # custom field ids kept from it
    hidden: frozenset[int] = field(default=frozenset())  # member ids left out

    @property
    def everything(self) -> bool:
        return self.name == "organisers"

    def shows(self, name: str) -> bool:
        """A built-in field (a FIELDS name, or any other column: those are never private)."""
        return self.everything or name not in self.private

    def shows_custom(self, field_id: int) -> bool:
        return self.everything or field_id not in self.private_custom

    def lists(self, member_id: int) -> bool:
        return self.everything or member_id not in self.hidden


ORGANISERS = Audience()


class Privacy:
    """Services.privacy: the private fields of a community and the audiences built from them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def private_fields(self, community_id: int) -> frozenset[str]:
        rows = self.db.query("SELECT private_fields FROM community WHERE id = ?", (community_id,))
        return parse_private(rows[0][0] if rows else "")

    def private_custom(self, community_id: int) -> frozenset[int]:
        rows = self.db.query(
            "SELECT id FROM custom_field WHERE community_id = ? AND private", (community_id,)
        )
        return frozenset(r[0] for r in rows)

    def hidden_members(self, community_id: int) -> frozenset[int]:
        """Members a members-audience file leaves out: said no to the directory, or erased."""
        rows = self.db.query(
            "SELECT m.id FROM member m WHERE m.community_id = ? AND (m.erased_on <> '' OR EXISTS ("
            " SELECT 1 FROM member_consent c WHERE c.member_id = m.id AND c.kind = 'directory'"
            " AND NOT c.granted))",
            (community_id,),
        )
        return frozenset(r[0] for r in rows)

    def audience(self, community_id: int, name: str = "organisers") -> Audience:
        if check_audience(name) == "organisers":
            return ORGANISERS
        return Audience(name, self.private_fields(community_id), self.private_custom(community_id),
                        self.hidden_members(community_id))  # fmt: skip

    # --- writes, each one undo step ----------------------------------------------------------------
    def set_private_fields(self, community_id: int, fields: Iterable[str]) -> None:
        spelled = spell_private(fields)
        with self.db.write(PrivacyLabels().private_fields()) as uow:
            uow.update("community", {community_id: {"private_fields": spelled}})

    def save_community(self, communities, info, fields: Iterable[str]) -> int:
        """The community dialog's OK: a new or changed community with its private fields, in one undo
        step. Returns its id."""
        more = {"private_fields": spell_private(fields)}
        if not info.id:
            return communities.create(info, more)
        communities.update(info, more)
        return info.id

    def set_field_private(self, field_id: int, private: bool) -> None:
        with self.db.write(PrivacyLabels().field_private(private)) as uow:
            found = uow.conn.execute(_custom_field_row(field_id)).first()
            if found is None:
                raise ValidationError("field_missing", "field", str(field_id))
            uow.update("custom_field", {field_id: {"private": bool(private)}})

    def add_field(self, community_id: int, name: str, kind: str = "text", choices: str = "",
                  private: bool = False) -> int:  # fmt: skip
        """A new custom field, private or not, in one undo step."""
        from desktop.services.core.step_labels import LABELS
        from desktop.services.members.custom_field_writes import add_field_in

        with self.db.write(LABELS.add_custom_field()) as uow:
            fid = add_field_in(uow, community_id, name, kind, choices)
            if private:
                uow.update("custom_field", {fid: {"private": True}})
            return fid


def _custom_field_row(field_id: int):
    from sqlalchemy import select

    from models.schema import CustomField

    f = CustomField.__table__
    return select(f.c.id).where(f.c.id == field_id)
