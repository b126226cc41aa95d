"""The services of one open workspace, handed to widgets through their constructors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services.changes import ChangeHub
from desktop.services.communities import Communities
from desktop.services.database import Database
from desktop.services.member_queries import MemberQueries
from desktop.services.member_writes import MemberWrites


@dataclass
class Services:
    db: Database
    communities: Communities
    members: MemberQueries
    member_writes: MemberWrites
    changes: ChangeHub
    region: str = "CN"
    day_first: bool = False

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()


def open_services(path: Path, region: str = "CN", day_first: bool = False) -> Services:
    db = Database(path)
    return Services(
        db, Communities(db), MemberQueries(db), MemberWrites(db, region), ChangeHub(db), region, day_first
    )
