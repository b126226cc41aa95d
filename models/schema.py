"""The workspace schema: members and their identities, structure (units, memberships, roles, connections),
with events, outputs and activity in their own *_schema modules, imported at the end (one metadata).

Dates are ISO strings (YYYY-MM-DD): portable to PostgreSQL, sortable, JSON-able in the undo journal.
List fields (interests, specialties, tags) are stored as "a; b; c" text (see models.lists).
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified
from models.vocabulary import IDENTITY_KINDS, MANAGEMENT_MODES, MATCHING_KINDS, MEMBER_STATUSES  # noqa: F401


class Community(Identified, Base):
    __tablename__ = "community"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    values_text: Mapped[str] = mapped_column(Text, default="")
    rule_entry: Mapped[str] = mapped_column(Text, default="")
    rule_removal: Mapped[str] = mapped_column(Text, default="")
    rule_activity: Mapped[str] = mapped_column(Text, default="")
    management_mode: Mapped[str] = mapped_column(String(20), default="centralised")
    created_on: Mapped[str] = mapped_column(String(10), default="")
    # Specialties a ring wants covered, "a; b; c" (revision 0002).
    wanted_specialties: Mapped[str] = mapped_column(Text, default="")
    # The organiser's own event kinds beside the built-in ones, "a; b; c" (revision 0003).
    event_kinds: Mapped[str] = mapped_column(Text, default="")
    # The organiser's own output kinds and contributor roles, and when an output counts as stalled (0004).
    output_kinds: Mapped[str] = mapped_column(Text, default="")
    output_roles: Mapped[str] = mapped_column(Text, default="")
    stalled_days: Mapped[int] = mapped_column(Integer, default=30)
    # The organiser's own RSVP and sign-in words, "到了=came; 鸽了=absent" (models.events.own_words; 0008).
    attendance_words: Mapped[str] = mapped_column(Text, default="")
    # Windows, activity weights and the invitation rule as JSON; "" for the defaults (0006).
    health_settings: Mapped[str] = mapped_column(Text, default="")
    # The built-in fields kept from the "members" audience, "phone; email; notes" ("" for the defaults; 0009).
    private_fields: Mapped[str] = mapped_column(Text, default="")


class Member(Identified, Base):
    __tablename__ = "member"
    __table_args__ = (Index("ix_member_community_sort", "community_id", "sort_key", "id", "search_text"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    name: Mapped[str] = mapped_column(String(200))
    # Pinyin (or lower-cased Latin) key so 张三 sorts beside "Zhang".
    sort_key: Mapped[str] = mapped_column(String(400), default="")
    # Lower-cased haystack for type-to-filter: name, pinyin, initials, identities, tags.
    search_text: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    specialties: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    joined_on: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(10), default="active")
    status_on: Mapped[str] = mapped_column(String(10), default="")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    inviter_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The day this person was erased: the row stays as an anonymous placeholder so counts hold (0009).
    erased_on: Mapped[str] = mapped_column(String(10), default="")


class MemberIdentity(Identified, Base):
    """One way to reach or recognise a member; a member may have several of each kind."""

    __tablename__ = "member_identity"
    __table_args__ = (Index("ix_member_identity_kind_value", "kind", "value"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(200))


class Unit(Identified, Base):
    """A node of the community's structure: a sub-group (pyramid) or a circle of core members (ring)."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("community_id", "name"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True, default=None)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="pyramid")
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True, default=None)
    cap: Mapped[int] = mapped_column(Integer, default=40)
    management_mode: Mapped[str] = mapped_column(String(20), default="centralised")
    notes: Mapped[str] = mapped_column(Text, default="")


class UnitMember(Identified, Base):
    """A member's place in a unit; one of a member's units is their primary one."""

    __tablename__ = "unit_member"
    __table_args__ = (UniqueConstraint("unit_id", "member_id"),)

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class RoleAssignment(Identified, Base):
    """Who held which role (in which unit, with which specialty) from when to when."""

    __tablename__ = "role_assignment"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True, default=None)
    role: Mapped[str] = mapped_column(String(100))
    specialty: Mapped[str] = mapped_column(String(200), default="")
    start_on: Mapped[str] = mapped_column(String(10), default="")
    end_on: Mapped[str] = mapped_column(String(10), default="")  # "" while it lasts


class Connection(Identified, Base):
    """Two members who know each other (stored once, lower id first)."""

    __tablename__ = "connection"
    __table_args__ = (UniqueConstraint("a_id", "b_id"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    b_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    strength: Mapped[int] = mapped_column(Integer, default=5)
    since: Mapped[str] = mapped_column(String(10), default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")


from models.activity_schema import Activity, MemberLevel  # noqa: E402,F401
from models.event_schema import (  # noqa: E402,F401  (events live in their own module, same metadata)
    AgendaItem,
    Attendance,
    Duty,
    Event,
    EventSeries,
    EventTask,
    EventTemplate,
    Material,
)
from models.import_schema import (  # noqa: E402,F401
    AttendanceWord,
    CustomField,
    MemberAlias,
    MemberFieldValue,
    NotDuplicate,
)
from models.offline_schema import OfflineMerge, OfflineTakeOut, WorkspaceInfo  # noqa: E402,F401
from models.output_schema import Contribution, Output, OutputStatus  # noqa: E402,F401
from models.privacy_schema import JournalStep, MemberConsent  # noqa: E402,F401
from models.team_schema import TeamMember, TeamMemberUnit  # noqa: E402,F401

TABLES = {t.name: t for t in Base.metadata.sorted_tables}
