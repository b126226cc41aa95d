"""Who may do what in a team workspace (issue 15; revision 0012): each server login's role and, for a
sub-group lead, the units they lead. PostgreSQL enforces it (row-level security); a file ignores it."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified

TEAM_ROLES = ("owner", "organiser", "lead", "viewer")


class TeamMember(Identified, Base):
    __tablename__ = "team_member"

    login: Mapped[str] = mapped_column(String(63), unique=True)  # the PostgreSQL role name
    name: Mapped[str] = mapped_column(String(200), default="")  # shown: "changed by 李伟"
    role: Mapped[str] = mapped_column(String(12), default="viewer")  # one of TEAM_ROLES


class TeamMemberUnit(Identified, Base):
    """A unit a lead leads: its members and events are theirs to edit and read in full."""

    __tablename__ = "team_member_unit"
    __table_args__ = (UniqueConstraint("team_member_id", "unit_id", name="uq_team_member_unit"),)

    team_member_id: Mapped[int] = mapped_column(ForeignKey("team_member.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
