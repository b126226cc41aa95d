"""What privacy keeps (revision 0009): each member's consents with date and source, and the undo
journal on disk, so the history survives a restart and Edit ▸ History can show it."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified
from models.vocabulary import CONSENT_KINDS  # noqa: F401  (the codes, importable without SQLAlchemy)


class MemberConsent(Identified, Base):
    """A member's yes or no to being contacted, photographed or listed, when and how it was given."""

    __tablename__ = "member_consent"
    __table_args__ = (UniqueConstraint("member_id", "kind", name="uq_member_consent_kind"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # one of CONSENT_KINDS
    granted: Mapped[bool] = mapped_column(Boolean, default=True)
    given_on: Mapped[str] = mapped_column(String(10), default="")  # ISO date
    source: Mapped[str] = mapped_column(String(200), default="")  # "sign-up form", "asked at the door"


class JournalStep(Base):
    """One undo step as written: its label, when, the changes as JSON, and the members it touched.

    Not journaled itself (no uuid: nothing exports or merges it)."""

    __tablename__ = "journal_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    done_at: Mapped[str] = mapped_column(String(19), default="")  # ISO local time, seconds
    label: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="")  # JSON list of [table, key, before, after]
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    members: Mapped[str] = mapped_column(Text, default="")  # " 12 15 " ids touched, for the filter
    # Who wrote the step: the server login on a team workspace, "" in a file (revision 0012).
    author: Mapped[str] = mapped_column(String(63), default="", server_default="")
