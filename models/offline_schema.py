"""The second laptop (revision 0011): the workspace's own identity, a take-out's marker and the
bring-backs applied.

`workspace_info` holds one row whose UUID names the workspace (a copy of the file keeps it; a take-out,
a new workspace of its own, gets its own). A take-out file holds one `offline_take_out` row: where it
came from and the rows as they were taken out (the baseline of the three-way merge, JSON). The source
records each bring-back in `offline_merge`: the door's rows as merged, so a second one changes nothing.
"""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified


class WorkspaceInfo(Identified, Base):
    __tablename__ = "workspace_info"

    created_at: Mapped[str] = mapped_column(String(20), default="")  # UTC


class OfflineTakeOut(Identified, Base):
    """In a take-out file: its own uuid, the source's identity and name, the event, when, the baseline."""

    __tablename__ = "offline_take_out"

    source_uuid: Mapped[str] = mapped_column(String(32))  # the source's workspace_info.uuid
    source_name: Mapped[str] = mapped_column(String(200), default="")  # the community's name, for messages
    community_uuid: Mapped[str] = mapped_column(String(32))
    event_uuid: Mapped[str] = mapped_column(String(32))
    taken_at: Mapped[str] = mapped_column(String(20), default="")  # UTC
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    baseline: Mapped[str] = mapped_column(Text, default="{}")


class OfflineMerge(Identified, Base):
    """In the source: a take-out brought back (its uuid), when, and the door's rows as merged (JSON)."""

    __tablename__ = "offline_merge"

    take_out_uuid: Mapped[str] = mapped_column(String(32), index=True)
    merged_at: Mapped[str] = mapped_column(String(20), default="")
    state: Mapped[str] = mapped_column(Text, default="{}")
