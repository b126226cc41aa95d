"""Read side of members: ordered id lists for big tables, block row fetches, full records.

Plain SQL through `Database.query` (portable SQL, no ORM): these run on every keystroke and scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.services.core.database import Database
from models.contact import reference_keys

SORT_COLUMNS = {
    "name": "sort_key",
    "city": "city",
    "organisation": "organisation",
    "joined": "joined_on",
    "status": "status",
}
CHUNK = 500


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    nickname: str
    wechat_id: str
    phone: str
    email: str
    city: str
    organisation: str
    tags: str
    joined_on: str
    status: str
    inviter: str


@dataclass(frozen=True)
class MemberRecord:
    id: int
    uuid: str
    name: str
    identities: tuple[tuple[str, str], ...]
    city: str
    organisation: str
    title: str
    interests: str
    specialties: str
    tags: str
    joined_on: str
    status: str
    status_on: str
    status_reason: str
    inviter_id: int | None
    inviter_name: str
    invitees: tuple[str, ...]
    notes: str
    row_version: int = 1  # as read: an edit saved on it is refused once someone else moved it


def like_pattern(word: str) -> str:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_sql(community_id: int, text: str) -> tuple[str, list]:
    """WHERE clause and parameters: the community, and every word somewhere in the search text."""
    words = text.split()
    sql = "community_id = ?" + " AND search_text LIKE ? ESCAPE '\\'" * len(words)
    return sql, [community_id, *(like_pattern(w) for w in words)]


def member_filter(db: Database, community_id: int, text: str) -> tuple[str, list]:
    """filter_sql, plus a custom field's "field = value" (its own subquery) when the text has one."""
    if any(op in text for op in "=<>＝＜＞"):
        from desktop.services.members.custom_fields import field_filter

        found = field_filter(db, community_id, text)
        if found is None:  # "photos = no": the members' consent (members/consent.py)
            from desktop.services.members.consent import consent_filter

            found = consent_filter(text)
        if found is not None:
            clause, params, words = found
            where, word_params = filter_sql(community_id, words)
            return f"{where} AND {clause}", [*word_params, *params]
    return filter_sql(community_id, text)


def marks(n: int) -> str:
    return ",".join("?" * n)


class MemberQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ordered_ids(
        self, community_id: int, text: str = "", sort: str = "name", descending: bool = False, limit: int = -1,
        after_id: int | None = None,
    ) -> list[int]:  # fmt: skip
        """Member ids in display order; `limit` gives just the first ones (the first screenful);
        `after_id`: the ones after that member in this order (keyset paging: the index seeks there)."""
        col = SORT_COLUMNS.get(sort, "sort_key")
        direction = "DESC" if descending else "ASC"
        where, params = member_filter(self.db, community_id, text)
        if after_id is not None:
            where += f" AND ({col}, id) {'<' if descending else '>'} (SELECT {col}, id FROM member WHERE id = ?)"
            params = [*params, after_id]
        rows = self.db.query(
            f"SELECT id FROM member WHERE {where} ORDER BY {col} {direction}, id {direction} LIMIT ?",
            [*params, limit],
        )
        return [r[0] for r in rows]

    def count(self, community_id: int, text: str = "") -> int:
        where, params = member_filter(self.db, community_id, text)
        return self.db.query(f"SELECT count(*) FROM member WHERE {where}", params)[0][0]

    def rows(self, ids: Sequence[int]) -> dict[int, MemberRow]:
        if not ids:
            return {}
        ids = list(ids)
        base = self.db.query(
            "SELECT m.id, m.name, m.city, m.organisation, m.tags, m.joined_on, m.status, inv.name"
            " FROM member m LEFT JOIN member inv ON inv.id = m.inviter_id"
            f" WHERE m.id IN ({marks(len(ids))})",
            ids,
        )
        idents = self._identities(ids)
        out = {}
        for mid, name, city, org, tags, joined, status, inviter in base:
            first: dict[str, str] = {}
            for kind, value in idents.get(mid, ()):
                first.setdefault(kind, value)
            out[mid] = MemberRow(
                mid, name, first.get("wechat_nickname", ""), first.get("wechat_id", ""), first.get("phone", ""),
                first.get("email", ""), city, org, tags, joined, status, inviter or "",
            )  # fmt: skip
        return out

    def _identities(self, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        out: dict[int, list[tuple[str, str]]] = {}
        sql = f"SELECT member_id, kind, value FROM member_identity WHERE member_id IN ({marks(len(ids))}) ORDER BY id"
        for mid, kind, value in self.db.query(sql, ids):
            out.setdefault(mid, []).append((kind, value))
        return out

    def get(self, member_id: int) -> MemberRecord | None:
        found = self.db.query(
            "SELECT m.id, m.uuid, m.name, m.city, m.organisation, m.title, m.interests, m.specialties, m.tags,"
            " m.joined_on, m.status, m.status_on, m.status_reason, m.inviter_id, inv.name, m.notes,"
            " m.row_version FROM member m LEFT JOIN member inv ON inv.id = m.inviter_id WHERE m.id = ?",
            (member_id,),
        )
        if not found:
            return None
        (mid, uuid, name, city, org, title, interests, specialties, tags, joined, status, status_on, reason,
         inviter_id, inviter_name, notes, version) = found[0]  # fmt: skip
        invitees = self.db.query(
            "SELECT name FROM member WHERE inviter_id = ? ORDER BY sort_key", (member_id,)
        )
        return MemberRecord(
            mid, uuid, name, tuple(self._identities([member_id]).get(member_id, [])), city, org, title, interests,
            specialties, tags, joined, status, status_on, reason, inviter_id, inviter_name or "",
            tuple(r[0] for r in invitees), notes, version,
        )  # fmt: skip

    def find(self, community_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """(id, name) of members matching `text`, for pickers such as the inviter field."""
        if not text.strip():
            return []
        where, params = filter_sql(community_id, text)
        return [
            tuple(r)
            for r in self.db.query(
                f"SELECT id, name FROM member WHERE {where} ORDER BY sort_key, id LIMIT ?", [*params, limit]
            )
        ]

    def resolve(self, community_id: int, text: str) -> list[int]:
        """Members a reference names: their exact name, or an email, phone or WeChat ID of theirs."""
        text = text.strip()
        if not text:
            return []
        found = {
            r[0]
            for r in self.db.query(
                "SELECT id FROM member WHERE community_id = ? AND name = ?", (community_id, text)
            )
        }
        for kind, value in reference_keys(text):
            found.update(r[0] for r in self.db.query(
                "SELECT i.member_id FROM member_identity i JOIN member m ON m.id = i.member_id"
                " WHERE m.community_id = ? AND i.kind = ? AND i.value = ?", (community_id, kind, value)))  # fmt: skip
        return sorted(found)

    def invitee_count(self, ids: Sequence[int]) -> int:
        """How many members outside `ids` were invited by someone in `ids`."""
        chosen = set(ids)
        ids = list(ids)
        invited: set[int] = set()
        for i in range(0, len(ids), CHUNK):
            part = ids[i : i + CHUNK]
            rows = self.db.query(f"SELECT id FROM member WHERE inviter_id IN ({marks(len(part))})", part)
            invited.update(r[0] for r in rows if r[0] not in chosen)
        return len(invited)

    def invitee_statuses(self, member_id: int) -> list[str]:
        """The status of each member `member_id` invited (the member page's "Invited 3 people, 2 still active")."""
        return [r[0] for r in self.db.query("SELECT status FROM member WHERE inviter_id = ?", (member_id,))]
