"""What an editor or an import row proposes for one member, and how it is cleaned."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from models.contact import normalise_identity
from models.dates import parse_date
from models.errors import ValidationError
from models.lists import normalise_list
from models.vocabulary import IDENTITY_KINDS, MEMBER_STATUSES

LISTS = ("interests", "specialties", "tags")


@dataclass(frozen=True)
class MemberDraft:
    name: str = ""
    identities: tuple[tuple[str, str], ...] = ()
    city: str = ""
    organisation: str = ""
    title: str = ""
    interests: str = ""
    specialties: str = ""
    tags: str = ""
    joined_on: str = ""
    status: str = ""
    status_on: str = ""
    status_reason: str = ""
    notes: str = ""
    inviter_id: int | None = None
    extra: dict = field(default_factory=dict, compare=False)


def clean_draft(d: MemberDraft, region: str = "CN", require_name: bool = True) -> MemberDraft:
    """Trim, normalise identities, lists and dates; raise ValidationError naming the first bad field."""
    name = " ".join(d.name.split())
    if require_name and not name:
        raise ValidationError("name_required", "name", "")
    idents: list[tuple[str, str]] = []
    for kind, value in d.identities:
        if kind not in IDENTITY_KINDS:
            raise ValidationError("bad_identity_kind", "identity", kind)
        if value and value.strip():
            pair = (kind, normalise_identity(kind, value, region))
            if pair not in idents:
                idents.append(pair)
    status = d.status.strip().lower()
    if status and status not in MEMBER_STATUSES:
        raise ValidationError("bad_status", "status", d.status)
    return replace(
        d,
        name=name,
        identities=tuple(idents),
        city=d.city.strip(),
        organisation=d.organisation.strip(),
        title=d.title.strip(),
        interests=normalise_list(d.interests),
        specialties=normalise_list(d.specialties),
        tags=normalise_list(d.tags),
        joined_on=parse_date(d.joined_on, field="joined"),
        status=status,
        status_on=parse_date(d.status_on, field="status_date"),
        status_reason=d.status_reason.strip(),
        notes=d.notes.strip(),
    )
