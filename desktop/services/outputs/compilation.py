"""What the printed compilation holds: the chosen works with their contributors, and its period
(Qt-free, no translated words: kinds, statuses and roles stay codes for the renderer to name)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.services.communities import Communities
from desktop.services.core.database import Database
from desktop.services.events.printout_data import Contributor
from desktop.services.outputs.queries import OutputQueries


@dataclass(frozen=True)
class Work:
    id: int
    title: str
    kind: str
    status: str
    date: str  # published, else the idea date
    event: str  # the event it was presented at, "" for none
    link: str
    description: str
    contributors: tuple[Contributor, ...]


@dataclass(frozen=True)
class Booklet:
    community: str
    start: str  # the period asked for, else the first work's date ("" when no work is dated)
    end: str
    works: tuple[Work, ...]  # in the order chosen


class Compilations:
    def __init__(self, db: Database) -> None:
        self.outputs = OutputQueries(db)
        self.communities = Communities(db)

    def chosen(self, community_id: int, kind: str = "", start: str = "", end: str = "") -> list[int]:
        """The works a period (and kind) selects, newest first as in the register."""
        return [o.id for o in self.outputs.outputs(community_id, kind=kind, start=start, end=end)]

    def booklet(self, community_id: int, ids: Sequence[int], start: str = "", end: str = "") -> Booklet:
        works = tuple(
            Work(o.id, o.title, o.kind, o.status, o.date, o.event, o.link, o.description,
                 tuple(Contributor(name, role) for _, name, role in o.contributors))
            for o in self.outputs.many(list(ids))
        )  # fmt: skip
        dates = sorted(w.date for w in works if w.date)
        return Booklet(self.communities.get(community_id).name, start or (dates[0] if dates else ""),
                       end or (dates[-1] if dates else ""), works)  # fmt: skip
