"""`beehive merge A B [--keep-from B:field,...]`: merge member B into member A (one undo step).

A and B are named as imports name members (exact name, email, phone, WeChat ID) or by UUID. A keeps its
own values unless --keep-from names fields to take from B (a member column or a custom field's name).
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QObject

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from desktop.messages import message
from models.errors import DomainError, ValidationError

_UUID = re.compile(r"^[0-9a-fA-F]{32}$")
FIELD_ALIASES = {"inviter": "inviter_id", "organization": "organisation", "joined": "joined_on"}


class MergeText(QObject):
    def merged(self, other: str, survivor: str) -> str:
        return self.tr("Merged “{other}” into “{survivor}”.").format(other=other, survivor=survivor)


def parse_keep_from(text: str) -> tuple[str, list[str]]:
    """"B:name,city" → ("B", ["name", "city"])."""
    side, _, fields = (text or "").partition(":")
    names = [f.strip() for f in fields.split(",") if f.strip()]
    if side.strip().upper() not in ("A", "B") or not names:
        raise ValidationError("bad_keep_from", "keep-from", text)
    return side.strip().upper(), names


def by_uuid(db, community_id: int, text: str) -> int | None:
    """The member whose UUID (or a merged member's old one) `text` is; None when it is no UUID of theirs."""
    text = text.strip()
    if not _UUID.match(text):
        return None
    found = db.query(
        "SELECT id FROM member WHERE community_id = ? AND uuid = ? UNION SELECT a.member_id FROM member_alias a"
        " JOIN member m ON m.id = a.member_id WHERE m.community_id = ? AND a.old_uuid = ?",
        (community_id, text.lower(), community_id, text.lower()),
    )
    return found[0][0] if found else None


def resolve(db, community_id: int, text: str, field: str) -> int:
    """A member by UUID (also a merged member's old one), else as the import resolver names them."""
    if (found := by_uuid(db, community_id, text)) is not None:
        return found
    text = text.strip()
    from desktop.services.structure.resolver import Resolver

    return Resolver(db, community_id).member(text, field)


def chosen_values(db, community_id: int, source: int, fields: list[str]) -> dict:
    """The source member's value of each named field, keyed as merge() expects."""
    from desktop.services.members.merge import MERGE_FIELDS

    row = db.query(f"SELECT {', '.join(MERGE_FIELDS)} FROM member WHERE id = ?", (source,))[0]
    values = dict(zip(MERGE_FIELDS, row, strict=True))
    out = {}
    for name in fields:
        key = FIELD_ALIASES.get(name, name)
        if key in values:
            out[key] = values[key]
            continue
        field = db.query("SELECT id FROM custom_field WHERE community_id = ? AND name = ?", (community_id, name))
        if not field:
            raise ValidationError("unknown_merge_field", "keep-from", name)
        value = db.query("SELECT value FROM member_field_value WHERE member_id = ? AND field_id = ?",
                         (source, field[0][0]))  # fmt: skip
        out[f"custom:{field[0][0]}"] = value[0][0] if value else ""
    return out


def run_merge(args) -> int:
    i18n.install_for_console(args.lang)
    path = settings.workspace_for(args)
    try:
        keep_from = parse_keep_from(args.keep_from) if args.keep_from else None
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_USAGE
    try:
        from desktop.services.communities import Communities
        from desktop.services.core.database import Database
        from desktop.services.members.merge import merge

        db = Database(path)
        community = Communities(db).ensure(args.community)
        a = resolve(db, community.id, args.a, "a")
        b = resolve(db, community.id, args.b, "b")
        if a == b:
            raise ValidationError("not_a_pair", "member", args.a)
        chosen = None
        if keep_from is not None:
            chosen = chosen_values(db, community.id, b if keep_from[0] == "B" else a, keep_from[1])
        names = dict(db.query("SELECT id, name FROM member WHERE id IN (?, ?)", (a, b)))
        merge(db, a, b, chosen)
        survivor = db.query("SELECT name FROM member WHERE id = ?", (a,))[0][0]
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    print(MergeText().merged(names[b], survivor))
    return EXIT_OK
