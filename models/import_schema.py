"""What imports and merges keep (revision 0007): custom member fields, merge aliases, pairs marked
"not a duplicate", and the organiser's own attendance words."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified

FIELD_KINDS = ("text", "number", "date", "choice")


class CustomField(Identified, Base):
    """A member field the organiser added (often a column of an imported file)."""

    __tablename__ = "custom_field"
    __table_args__ = (UniqueConstraint("community_id", "name", name="uq_custom_field_name"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="text")
    choices: Mapped[str] = mapped_column(Text, default="")  # "a; b; c" for kind choice
    position: Mapped[int] = mapped_column(Integer, default=0)
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # kept from the "members" audience (0009)


class MemberFieldValue(Identified, Base):
    __tablename__ = "member_field_value"
    __table_args__ = (UniqueConstraint("member_id", "field_id", name="uq_member_field_value"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_field.id"), index=True)
    value: Mapped[str] = mapped_column(Text, default="")  # dates ISO, numbers as typed ("12.5")


class MemberAlias(Identified, Base):
    """The UUID of a member merged into this one: a later import of the old UUID finds the survivor."""

    __tablename__ = "member_alias"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    old_uuid: Mapped[str] = mapped_column(String(32), unique=True)
    old_name: Mapped[str] = mapped_column(String(200), default="")
    merged_on: Mapped[str] = mapped_column(String(10), default="")


class NotDuplicate(Identified, Base):
    """Two members the organiser said are different people; never proposed again (a_id < b_id)."""

    __tablename__ = "not_duplicate"
    __table_args__ = (UniqueConstraint("a_id", "b_id", name="uq_not_duplicate_pair"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    b_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)


class AttendanceWord(Identified, Base):
    """An organiser's own word in a sign-in sheet or RSVP column and what it means."""

    __tablename__ = "attendance_word"
    __table_args__ = (UniqueConstraint("community_id", "word", name="uq_attendance_word"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    word: Mapped[str] = mapped_column(String(100))  # stored casefolded
    rsvp: Mapped[str] = mapped_column(String(12), default="going")
    attended: Mapped[str] = mapped_column(String(3), default="")  # "yes", "no" or "" (not said)
