"""The services of one open workspace, handed to widgets through their constructors.

Write services load on first use: they need SQLAlchemy, and the first paint does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.communities import Communities
from desktop.services.core import storage
from desktop.services.core.backups.schedule import BackupSchedule
from desktop.services.core.changes import ChangeHub
from desktop.services.core.database import Database
from desktop.services.events.queries import EventQueries
from desktop.services.members.queries import MemberQueries
from desktop.services.outputs.queries import OutputQueries
from desktop.services.structure.queries import StructureQueries

if TYPE_CHECKING:
    import datetime as dt

    from desktop.services.core.changeset import Step
    from desktop.services.core.progress import Progress


@dataclass(frozen=True)
class Transfer:
    """One import/export kind with the workspace's database filled in (the window never holds it)."""

    name: str
    plan: Callable  # (community_id, path, progress, **options) -> plan with .rejected; writes nothing
    apply: Callable  # (plan, progress) -> result; one undo step
    export: Callable  # (community_id, path) -> row count


class Services:
    def __init__(self, db: Database, region: str = "CN", day_first: bool = False) -> None:
        self.db = db
        self.region = region
        self.day_first = day_first
        self.communities = Communities(db)
        self.members = MemberQueries(db)
        self.structure = StructureQueries(db)
        self.events = EventQueries(db)
        self.outputs = OutputQueries(db)
        self.changes = ChangeHub(db)
        self.backups = BackupSchedule(db)  # hourly while edits happen, and on close

    @cached_property
    def member_writes(self):
        from desktop.services.members.writes import MemberWrites

        return MemberWrites(self.db, self.region)

    @cached_property
    def structure_writes(self):
        from desktop.services.structure.writes import StructureWrites

        return StructureWrites(self.db)

    @cached_property
    def event_writes(self):
        from desktop.services.events.writes import EventWrites

        return EventWrites(self.db)

    @cached_property
    def health(self):
        from desktop.services.health.queries import HealthQueries

        return HealthQueries(self.db)

    @property
    def is_server(self) -> bool:
        """A team workspace on PostgreSQL (no file: no backups or encryption from the window)."""
        return self.db.is_server

    @cached_property
    def door(self):
        """The door's reads beyond the roster: members not on the list, regulars, who checked each in."""
        from desktop.services.events.door import DoorQueries

        return DoorQueries(self.db)

    @cached_property
    def offline(self):  # the second laptop: take-out and bring-back (desktop/services/offline)
        from desktop.services.offline.service import Offline

        return Offline(self.db)

    @cached_property
    def team(self):  # Community ▸ Team…: a team workspace's logins and roles (desktop/services/team)
        from desktop.services.team.service import TeamService

        return TeamService(self.db)

    @cached_property
    def today(self):
        """The Today view's next event, fortnight ahead and follow-ups."""
        from desktop.services.today.queries import TodayQueries

        return TodayQueries(self.db, self.health)

    @cached_property
    def health_reports(self):
        from desktop.services.health.report import HealthReports

        return HealthReports(self.db)

    @cached_property
    def output_writes(self):
        from desktop.services.outputs.writes import OutputWrites

        return OutputWrites(self.db)

    @cached_property
    def rsvp_writes(self):
        from desktop.services.events.rsvp import RsvpWrites

        return RsvpWrites(self.db, self.region)

    @cached_property
    def printouts(self):
        """The event printouts' data (plan, sign-in, roster, badges); its plan reads through the ORM."""
        from desktop.services.events.printouts import EventPrintouts

        return EventPrintouts(self.db, self.outputs.event_outputs)

    @cached_property
    def compilations(self):
        from desktop.services.outputs.compilation import Compilations

        return Compilations(self.db)

    @cached_property
    def custom_fields(self):
        """Custom member fields: their queries and writes (each write one undo step)."""
        from desktop.services.members.custom_field_writes import CustomFields

        return CustomFields(self.db)

    @cached_property
    def duplicates(self):
        """The duplicate finder and merge (each write one undo step)."""
        from desktop.services.members.duplicates import Duplicates

        return Duplicates(self.db)

    @cached_property
    def privacy(self):
        """Private fields and the audiences of prints and exports (members/privacy.py)."""
        from desktop.services.members.privacy import Privacy

        return Privacy(self.db)

    @cached_property
    def consents(self):
        """Members' consent to contact, photos and the directory (members/consent.py)."""
        from desktop.services.members.consent import Consents

        return Consents(self.db)

    @cached_property
    def member_lists(self):
        from desktop.services.members.member_list import MemberLists

        return MemberLists(self.db)

    @cached_property
    def erasure(self):
        """Erasing people, and the review list of people who left (members/erase.py); an erasure is
        sealed at the next backup (core/backups/erasure.py)."""
        from desktop.services.members.erase import Erasure

        return Erasure(self.db)

    def person_export(self, member_id: int):
        """Everything the workspace holds about one member (members/person_export.py)."""
        from desktop.services.members.person_export import person_export

        return person_export(self.db, member_id)

    @cached_property
    def levels(self):
        from desktop.services.health.levels import Levels

        return Levels(self.db)

    # --- health writes and reads the window asks for by name (each module loads on first use) -----
    def save_health_settings(self, community_id: int, settings) -> None:
        """One undo step; read them back with `health.settings(community_id)`."""
        from desktop.services.health.settings import save

        save(self.db, community_id, settings)

    def record_activity(self, community_id: int, member_id: int, on: str, kind: str = "manual", count: int = 1,
                        note: str = "") -> int:  # fmt: skip
        from desktop.services.health.activity_writes import record_activity

        return record_activity(self.db, community_id, member_id, on, kind, count, note)

    def member_timeline(self, community_id: int, member_id: int,
                        today: dt.date | None = None) -> list[tuple[str, float, int]]:  # fmt: skip
        from desktop.services.health.member_timeline import member_timeline

        return member_timeline(self.db, community_id, member_id, today)

    def invitation_tree(self, member_id: int) -> list[tuple[int, str]]:
        from desktop.services.health.invitations import tree

        return tree(self.db, member_id)

    def invitation_rule_broken(self, community_id: int, inviter_id: int, joined: str,
                               member_id: int | None = None) -> tuple[int, int, str] | None:  # fmt: skip
        from desktop.services.health.invitations import rule_broken

        return rule_broken(self.db, community_id, inviter_id, joined, member_id)

    def chart_series(self, community_id: int, name: str, by: str = "week",
                     unit_id: int | None = None) -> dict[str, list[tuple[str, float]]]:  # fmt: skip
        from desktop.services.health.series import series

        return series(self.db, community_id, name, by, unit_id)

    def chart_members(self, community_id: int, chart: str, label: str, period: str, by: str = "week",
                      unit_id: int | None = None) -> list[str]:  # fmt: skip
        from desktop.services.health.chart_members import members_at

        return members_at(self.db, community_id, chart, label, period, by, unit_id)

    def cancellable(self, progress: Progress) -> AbstractContextManager[None]:
        """Reads on the calling (worker) thread stop mid-query once `progress` is cancelled."""
        return self.db.cancellable(progress)

    # --- files, undo, the workspace ---------------------------------------------------------------
    def transfer(self, kind: str) -> Transfer:
        from desktop.services.kinds import KINDS

        k = KINDS[kind]
        return Transfer(k.name, partial(k.plan, self.db), partial(k.apply, self.db), partial(k.export, self.db))

    def export_ics(self, event_ids: Sequence[int], path: Path | str, audience: str = "organisers") -> int:
        from desktop.services.events.ics import write_ics

        return write_ics(self.db, event_ids, path, audience)

    def preview_chain(self, community_id: int, event_id: int, text: str):
        """A pasted WeChat 接龙 matched to members (events/signup_chain.py); nothing written."""
        from desktop.services.events.signup_chain import preview_chain

        return preview_chain(self.db, community_id, event_id, text)

    @cached_property
    def history(self):
        """The undo journal on disk: the undo stack after a restart, Edit ▸ History (core/history.py)."""
        from desktop.services.core.history import History

        return History(self.db)

    def undo_step(self, step: Step) -> None:
        """Replay a journal step backwards; ConflictError when its rows changed since."""
        self.db.undo(step)

    def redo_step(self, step: Step) -> None:
        self.db.redo(step)

    @property
    def backup_path(self) -> Path | None:
        """The copy kept when opening upgraded the workspace, else None."""
        return self.db.backup

    def set_options(self, region: str, day_first: bool) -> None:
        self.region, self.day_first = region, day_first
        for name in ("member_writes", "rsvp_writes"):
            self.__dict__.pop(name, None)  # rebuilt with the new region on next use

    def back_up(self, reason: str = "manual"):
        """A verified backup of the workspace now (File ▸ Backups… ▸ Back up now)."""
        return self.db.back_up(reason)

    @property
    def read_only(self) -> bool:
        """A backup's copy opened to look inside: every write is refused."""
        return self.db.read_only

    @property
    def path(self) -> Path | str:
        """The workspace file, or a team workspace's postgresql:// URL."""
        return self.db.path if self.db.path is not None else self.db.url

    def close(self) -> None:
        self.changes.stop()
        try:
            self.backups.on_close()
        finally:
            self.db.close()


def open_services(path: Path | str, region: str = "CN", day_first: bool = False, read_only: bool = False) -> Services:
    """`path`: a workspace file or a team workspace's postgresql:// URL (no file check for a server)."""
    db = Database(path, read_only)
    try:
        if not db.is_server:
            storage.quick_check(db.path)
    except Exception:
        db.close()
        raise
    return Services(db, region, day_first)
