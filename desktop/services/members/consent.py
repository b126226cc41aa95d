"""Each member's consent to be contacted, photographed and listed in the directory: yes or no, the day
it was given and how ("sign-up form", "asked at the door"). A kind never asked has no row.

Every write is one `db.write` (one undo step); `save_member` writes the member editor's OK (the member,
its custom values and its consents) as one step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.services.core.database import Database
from models.dates import parse_date
from models.errors import ValidationError
from models.vocabulary import CONSENT_KINDS  # the codes without SQLAlchemy: the members filter reads them

if TYPE_CHECKING:
    from desktop.services.core.unit_of_work import UnitOfWork

SOURCE_MAX = 200  # the column's width


# The members list's filter: "photos = no", "directory = yes", "contact =" (never asked), in either language.
_FILTER = re.compile(
    r"^(?P<words>.*?)\s*(?P<kind>photos?|contact|directory|拍照|照片|联系|通讯录)\s*[=＝]\s*"
    r"(?P<answer>yes|no|同意|不同意|是|否|)\s*$",
    re.IGNORECASE,
)
_KIND_WORDS = {"photo": "photos", "photos": "photos", "拍照": "photos", "照片": "photos", "contact": "contact",
               "联系": "contact", "directory": "directory", "通讯录": "directory"}  # fmt: skip
_ANSWER_WORDS = {"yes": True, "同意": True, "是": True, "no": False, "不同意": False, "否": False, "": None}


def consent_filter(text: str) -> tuple[str, list, str] | None:
    """A consent filter as a WHERE clause on member's id, its parameters and the words before it (still
    searched as usual); None when the text is no consent filter. No answer finds those never asked."""
    m = _FILTER.match(text.strip())
    if not m:
        return None
    kind, granted = _KIND_WORDS[m["kind"].lower()], _ANSWER_WORDS[m["answer"].lower()]
    base = "SELECT member_id FROM member_consent WHERE kind = ?"
    if granted is None:
        return f"id NOT IN ({base})", [kind], m["words"]
    return f"id IN ({base} AND {'' if granted else 'NOT '}granted)", [kind], m["words"]


class ConsentLabels(QObject):
    def record(self) -> str:
        return self.tr("Record consent")

    def clear(self) -> str:
        return self.tr("Clear consent")


@dataclass(frozen=True)
class Consent:
    kind: str  # one of CONSENT_KINDS
    granted: bool
    given_on: str = ""  # ISO date, "" when not known
    source: str = ""


def clean(kind: str, granted: bool, given_on: str = "", source: str = "") -> Consent:
    """A consent as stored; refuses an unknown kind, a date not understood, a source too long."""
    if kind not in CONSENT_KINDS:
        raise ValidationError("bad_consent_kind", "consent", kind)
    day = parse_date(given_on, field="given_on") if (given_on or "").strip() else ""
    source = " ".join((source or "").split())
    if len(source) > SOURCE_MAX:
        raise ValidationError("consent_source_too_long", "source", source[:80])
    return Consent(kind, bool(granted), day, source)


def write_in(uow: UnitOfWork, member_id: int, wanted: Mapping[str, Consent | None]) -> None:
    """Set the named kinds of one member inside a larger step; None clears a kind (never asked)."""
    from sqlalchemy import select

    from models.privacy_schema import MemberConsent

    C = MemberConsent.__table__  # noqa: N806
    have = {
        kind: (cid, (bool(granted), given_on, source))
        for cid, kind, granted, given_on, source in uow.conn.execute(
            select(C.c.id, C.c.kind, C.c.granted, C.c.given_on, C.c.source).where(C.c.member_id == member_id)
        )
    }
    gone, changed = [], {}
    for kind, c in wanted.items():
        if c is None:
            if kind in have:
                gone.append(have[kind][0])
        elif kind in have:
            if have[kind][1] != (c.granted, c.given_on, c.source):
                changed[have[kind][0]] = {"granted": c.granted, "given_on": c.given_on, "source": c.source}
        else:
            uow.insert_one("member_consent", member_id=member_id, kind=kind, granted=c.granted,
                           given_on=c.given_on, source=c.source)  # fmt: skip
    uow.delete("member_consent", gone)
    uow.update("member_consent", changed)


class Consents:
    """Services.consents: reading and writing members' consents."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def of(self, member_id: int) -> dict[str, Consent]:
        """kind → consent of one member (kinds never asked are absent)."""
        rows = self.db.query(
            "SELECT kind, granted, given_on, source FROM member_consent WHERE member_id = ?", (member_id,)
        )
        return {k: Consent(k, bool(g), d, s) for k, g, d, s in rows}

    def refused(self, member_ids: Sequence[int], kind: str) -> set[int]:
        """Of these members, those who said no to `kind`."""
        out: set[int] = set()
        ids = list(member_ids)
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            out.update(r[0] for r in self.db.query(
                f"SELECT member_id FROM member_consent WHERE kind = ? AND NOT granted AND member_id IN ({marks})",
                (kind, *part)))  # fmt: skip
        return out

    def counts(self, community_id: int) -> dict[tuple[str, bool], int]:
        """(kind, granted) → members, for the community."""
        rows = self.db.query(
            "SELECT c.kind, c.granted, count(*) FROM member_consent c JOIN member m ON m.id = c.member_id"
            " WHERE m.community_id = ? GROUP BY c.kind, c.granted",
            (community_id,),
        )
        return {(k, bool(g)): n for k, g, n in rows}

    def set(self, member_id: int, kind: str, granted: bool, given_on: str = "", source: str = "") -> None:
        c = clean(kind, granted, given_on, source)
        with self.db.write(ConsentLabels().record()) as uow:
            write_in(uow, member_id, {kind: c})

    def set_many(self, member_id: int, consents: Mapping[str, tuple[bool, str, str] | None]) -> None:
        """Several kinds of one member in one step: kind → (granted, given_on, source), None clears."""
        cleaned = {k: (clean(k, *v) if v is not None else None) for k, v in consents.items()}
        with self.db.write(ConsentLabels().record()) as uow:
            write_in(uow, member_id, cleaned)

    def clear(self, member_id: int, kinds: Iterable[str] = CONSENT_KINDS) -> None:
        with self.db.write(ConsentLabels().clear()) as uow:
            write_in(uow, member_id, dict.fromkeys(kinds))

    def save_member(self, member_writes, custom_fields, community_id: int, member_id: int | None, draft,
                    values: Mapping[int, str], consents: Mapping[str, tuple[bool, str, str] | None],
                    seen_version: int | None = None) -> int:  # fmt: skip
        """The member editor's OK: the member, its custom values and its consents in one undo step.
        `seen_version`: the member's version as the editor read it (None: overwrite whatever is there)."""
        from desktop.services.core.step_labels import LABELS
        from desktop.services.members.custom_field_writes import set_values_in

        d = member_writes.clean(draft)
        cleaned_values = custom_fields.clean_values(community_id, values) if values else {}
        cleaned = {k: (clean(k, *v) if v is not None else None) for k, v in consents.items()}
        with self.db.write(LABELS.add_member() if member_id is None else LABELS.edit_member()) as uow:
            if member_id is None:
                member_id = member_writes.create_in(uow, community_id, d)
            else:
                member_writes.update_in(uow, member_id, d, seen_version)
            if cleaned_values:
                set_values_in(uow, member_id, cleaned_values)
            write_in(uow, member_id, cleaned)
        return member_id
