"""The services of one open workspace, handed to widgets through their constructors.

Write services load on first use: they need SQLAlchemy, and the first paint does not.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from desktop.services.communities import Communities
from desktop.services.core.changes import ChangeHub
from desktop.services.core.database import Database
from desktop.services.events.queries import EventQueries
from desktop.services.members.queries import MemberQueries
from desktop.services.outputs.queries import OutputQueries
from desktop.services.structure.queries import StructureQueries


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
    def member_lists(self):
        from desktop.services.members.member_list import MemberLists

        return MemberLists(self.db)

    def set_options(self, region: str, day_first: bool) -> None:
        self.region, self.day_first = region, day_first
        for name in ("member_writes", "rsvp_writes"):
            self.__dict__.pop(name, None)  # rebuilt with the new region on next use

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()


def open_services(path: Path, region: str = "CN", day_first: bool = False) -> Services:
    return Services(Database(path), region, day_first)
