"""Outputs (revision 0004): what the community produces, its status history and its contributors."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified


class Output(Identified, Base):
    __tablename__ = "output"

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(100), default="article")  # models.outputs.OUTPUT_KINDS or custom
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="idea")
    status_on: Mapped[str] = mapped_column(String(10), default="")  # when the current status was reached
    created_on: Mapped[str] = mapped_column(String(10), default="")  # the idea date
    published_on: Mapped[str] = mapped_column(String(10), default="")
    link: Mapped[str] = mapped_column(Text, default="")  # URL or file path
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True, default=None)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True, default=None)
    reads: Mapped[int] = mapped_column(Integer, default=0)
    sales: Mapped[int] = mapped_column(Integer, default=0)
    revenue: Mapped[float] = mapped_column(Float, default=0.0)


class OutputStatus(Identified, Base):
    """Each status an output reached, with the date (a move backwards is recorded too)."""

    __tablename__ = "output_status"

    output_id: Mapped[int] = mapped_column(ForeignKey("output.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    reached_on: Mapped[str] = mapped_column(String(10))


class Contribution(Identified, Base):
    """A member's part in an output; `weight` is what the activity analytics count."""

    __tablename__ = "contribution"
    __table_args__ = (UniqueConstraint("output_id", "member_id", "role"),)

    output_id: Mapped[int] = mapped_column(ForeignKey("output.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    role: Mapped[str] = mapped_column(String(100), default="author")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
