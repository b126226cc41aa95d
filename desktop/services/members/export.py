"""Member export to CSV (UTF-8 with BOM, for Excel and WPS) or XLSX, cells guarded against injection;
or to vCards (vcard_export.py).

The columns are the import's own headers, so an export imports back without change; the community's
custom fields follow as extra columns named like the fields (the import keeps them as those fields).
For the "members" audience (privacy.py) the private columns are left out and so are the members who
said no to the directory; an inviter is then named by a column that is not private, else by name.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.members.privacy import ORGANISERS, Audience, Privacy
from desktop.services.transfer.tabular import write_table
from models.phones import international
from models.schema import CustomField, Member, MemberFieldValue, MemberIdentity

M = Member.__table__
I = MemberIdentity.__table__  # noqa: E741
F = CustomField.__table__
V = MemberFieldValue.__table__

HEADERS = [
    "uuid",
    "name",
    "nickname",
    "wechat",
    "qq",
    "phone",
    "email",
    "city",
    "organisation",
    "title",
    "interests",
    "specialties",
    "tags",
    "joined",
    "inviter",
    "status",
    "status_date",
    "status_reason",
    "notes",
]
KIND_COLUMN = {
    "wechat_nickname": "nickname",
    "wechat_id": "wechat",
    "qq": "qq",
    "phone": "phone",
    "email": "email",
}
INVITER_KEYS = ("email", "phone", "wechat_id")
# the export columns that hold a built-in field an organiser can make private (privacy.FIELDS)
PRIVATE_COLUMN = {**{column: kind for kind, column in KIND_COLUMN.items()}, "notes": "notes"}


def audience_of(db: Database, community_id: int, audience: str | Audience) -> Audience:
    return audience if isinstance(audience, Audience) else Privacy(db).audience(community_id, audience)


def shown_headers(audience: Audience) -> list[str]:
    return [h for h in HEADERS if audience.shows(PRIVATE_COLUMN.get(h, h))]


def custom_fields_of(conn, community_id: int, audience: Audience = ORGANISERS) -> list[tuple[int, str]]:
    """(id, name) of the community's custom fields in the order they are shown (those it may see)."""
    stmt = select(F.c.id, F.c.name).where(F.c.community_id == community_id)
    rows = [tuple(r) for r in conn.execute(stmt.order_by(F.c.position, F.c.id))]
    return [(fid, name) for fid, name in rows if audience.shows_custom(fid)]


def custom_values(conn, community_id: int) -> dict[int, dict[int, str]]:
    """member → field → value for the whole community, in one query."""
    values: dict[int, dict[int, str]] = {}
    stmt = select(V.c.member_id, V.c.field_id, V.c.value).join(F, F.c.id == V.c.field_id)
    for mid, fid, value in conn.execute(stmt.where(F.c.community_id == community_id)):
        values.setdefault(mid, {})[fid] = value
    return values


def export_headers(db: Database, community_id: int, audience: str | Audience = ORGANISERS) -> list[str]:
    audience = audience_of(db, community_id, audience)
    with db.read() as conn:
        return shown_headers(audience) + [name for _, name in custom_fields_of(conn, community_id, audience)]


def member_table(db: Database, community_id: int, audience: str | Audience = ORGANISERS) -> list[list[str]]:
    """One row per member the audience may see: its columns, then the custom fields' values (see
    export_headers)."""
    audience = audience_of(db, community_id, audience)
    headers = shown_headers(audience)
    inviter_keys = [k for k in INVITER_KEYS if audience.shows(k)]
    with db.read() as conn:
        members = (
            conn.execute(select(M).where(M.c.community_id == community_id).order_by(M.c.sort_key, M.c.id))
            .mappings()
            .all()
        )
        idents: dict[int, dict[str, list[str]]] = {}
        stmt = (
            select(I.c.member_id, I.c.kind, I.c.value)
            .join(M, M.c.id == I.c.member_id)
            .where(M.c.community_id == community_id)
            .order_by(I.c.id)
        )
        for mid, kind, value in conn.execute(stmt):
            idents.setdefault(mid, {}).setdefault(kind, []).append(value)
        fields = [fid for fid, _ in custom_fields_of(conn, community_id, audience)]
        custom = custom_values(conn, community_id)
    names = {m["id"]: m["name"] for m in members}
    out = []
    for m in members:
        if not audience.lists(m["id"]):
            continue
        own = idents.get(m["id"], {})
        row = {
            "uuid": m["uuid"],
            "name": m["name"],
            "city": m["city"],
            "organisation": m["organisation"],
            "title": m["title"],
            "interests": m["interests"],
            "specialties": m["specialties"],
            "tags": m["tags"],
            "joined": m["joined_on"],
            "status": m["status"],
            "status_date": m["status_on"],
            "status_reason": m["status_reason"],
            "notes": m["notes"],
            "inviter": "",
        }
        for kind, column in KIND_COLUMN.items():
            row[column] = "; ".join(own.get(kind, []))
        if (inv := m["inviter_id"]) is not None and audience.lists(inv):
            inv_idents = idents.get(inv, {})
            ref = next((inv_idents[k][0] for k in inviter_keys if inv_idents.get(k)), None)
            row["inviter"] = ref or names.get(inv, "")
        own_custom = custom.get(m["id"], {})
        out.append([row[h] for h in headers] + [own_custom.get(f, "") for f in fields])
    return out


def csv_phone(e164: str) -> str:
    """A phone as CSV text no spreadsheet reads as a number or a formula: (+86) 138 0013 8000. The
    member import reads it back."""
    spelled = international(e164)
    if not spelled.startswith("+"):
        return spelled
    code, _, rest = spelled.partition(" ")
    return f"({code}) {rest}"


def export_members(db: Database, community_id: int, path: Path, version: str = "3.0",
                   audience: str | Audience = "organisers") -> int:  # fmt: skip
    """CSV or XLSX by the file's extension; .vcf writes vCards (`version` 3.0 or 4.0). `audience`
    "members" leaves out the private columns and the members not in the directory."""
    audience = audience_of(db, community_id, audience)
    if Path(path).suffix.lower() == ".vcf":
        from desktop.services.members.vcard_export import write_vcards

        headers = shown_headers(audience)  # a card has no line for a column it is not given
        return write_vcards(path, [dict(zip(headers, row, strict=False)) for row in member_table(db, community_id, audience)],
                            version)  # fmt: skip
    headers, rows = export_headers(db, community_id, audience), member_table(db, community_id, audience)
    # as people read them: "(+86) 138 0013 8000" in CSV (text in Excel and Calc, no quote shown), the
    # international spelling in an XLSX text cell; the import reads both back to the same number
    spell = csv_phone if Path(path).suffix.lower() == ".csv" else international
    at = headers.index("phone") if "phone" in headers else None
    for row in rows if at is not None else ():
        row[at] = "; ".join(spell(p) for p in row[at].split("; ") if p)
    return write_table(path, headers, rows, "members", dates=("joined", "status_date"))
