"""Activity entered by hand or imported (revision 0005). Attendance, duties, contributions, invitations
and role changes are activity too; they are read from their own tables, not copied here."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified


class Activity(Identified, Base):
    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_community_on", "community_id", "on_date"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    on_date: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(50), default="manual")  # "chat" for imported chat counts
    count: Mapped[int] = mapped_column(Integer, default=1)
    weight: Mapped[float] = mapped_column(Float, default=1.0)  # per unit of count
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual or import
    note: Mapped[str] = mapped_column(Text, default="")


class MemberLevel(Identified, Base):
    """A member's engagement level as last reviewed, and the organiser's override ("" for none)."""

    __tablename__ = "member_level"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), unique=True, index=True)
    level: Mapped[str] = mapped_column(String(20), default="following")
    since: Mapped[str] = mapped_column(String(10), default="")
    override: Mapped[str] = mapped_column(String(20), default="")
