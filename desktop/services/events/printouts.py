"""What the event printouts say, gathered apart from how they look (Qt-free, no translated words).

Who is listed and in what order is decided here; the records are in printout_data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from desktop.services.communities import Communities
from desktop.services.core.database import Database
from desktop.services.events.printout_data import (
    AgendaLine,
    Badge,
    BadgeList,
    CertificateList,
    Contributor,
    DutyLine,
    EventHead,
    MaterialLine,
    PlanSheet,
    PresentedWork,
    Printout,
    Roster,
    RosterDate,
    SigninRow,
    SigninSheet,
    TaskLine,
)
from desktop.services.events.queries import EventInfo, EventQueries, RosterRow
from desktop.services.members.consent import Consents
from desktop.services.members.privacy import Privacy
from desktop.services.members.queries import MemberQueries
from models.event_times import to_local
from models.events import run_sheet, run_time

PRINTOUTS = ("plan", "signin", "badges", "roster", "certificates")


def expected(rows: Sequence[RosterRow]) -> list[RosterRow]:
    """Everyone on the list but those who declined, by pinyin (sort key, then id for equal keys)."""
    return sorted((r for r in rows if r.rsvp != "declined"), key=lambda r: (r.sort_key, r.member_id))


class EventPrintouts:
    """`works(event_id)` gives the outputs presented at an event: the outputs feature sits above events,
    so the container hands its query in rather than this module importing it."""

    def __init__(self, db: Database, works: Callable[[int], Sequence[Any]] | None = None) -> None:
        self.events = EventQueries(db)
        self.members = MemberQueries(db)
        self.communities = Communities(db)
        self.privacy, self.consents = Privacy(db), Consents(db)
        self.works = works or (lambda event_id: [])

    def printout(self, kind: str, event_id: int, audience: str = "organisers") -> Printout:
        """The data of the printout by its name; an event outside a series has its plan for a roster.
        `audience` (privacy.AUDIENCES) decides who and what the lists of people show (sign-in, badges)."""
        if kind == "roster":
            series_id = self.events.event(event_id).series_id
            return self.roster(series_id) if series_id else self.plan(event_id)
        if kind == "plan":
            return self.plan(event_id)
        if kind == "certificates":
            return self.certificates(event_id)
        return {"signin": self.signin, "badges": self.badges}[kind](event_id, audience)

    def _community(self, e: EventInfo) -> str:
        return self.communities.get(e.community_id).name

    def head(self, e: EventInfo) -> EventHead:
        return EventHead(e.title, e.kind, e.unit, to_local(e.start_utc, e.tz), to_local(e.end_utc, e.tz), e.tz,
                         e.venue, e.address, e.online_link, e.description, e.going, e.capacity)  # fmt: skip

    def _names(self, ids: set[int | None]) -> dict[int, str]:
        return {k: v.name for k, v in self.members.rows([i for i in ids if i is not None]).items()}

    def plan(self, event_id: int) -> PlanSheet:
        e = self.events.event(event_id)
        plan = self.events.plan(event_id)
        head = self.head(e)
        people = self._names({a.get("owner_id") for a in plan.agenda}
                             | {x.get("member_id") for x in plan.duties + plan.tasks})  # fmt: skip
        length = int((head.end - head.start).total_seconds() // 60)
        lines = run_sheet([(a["at_min"], a["duration_min"]) for a in plan.agenda])
        start = head.start
        agenda = tuple(
            AgendaLine(start + dt.timedelta(minutes=line.start_min), start + dt.timedelta(minutes=line.end_min),
                       a["title"], people.get(a.get("owner_id")) or a.get("owner_text") or "", a.get("notes") or "",
                       line.end_min > length)
            for a, line in zip(plan.agenda, lines, strict=True)
        )  # fmt: skip
        works = tuple(PresentedWork(o.title, o.kind, tuple(Contributor(n, r) for _, n, r in o.contributors))
                      for o in self.works(event_id))  # fmt: skip
        return PlanSheet(
            self._community(e), head, agenda, run_time(lines), length,
            tuple(DutyLine(d["role"], people.get(d.get("member_id"), ""), bool(d["done"])) for d in plan.duties),
            tuple(TaskLine(t["what"], people.get(t.get("member_id"), ""), t["due_on"], bool(t["done"]))
                  for t in plan.tasks),
            tuple(MaterialLine(m["what"], m["quantity"], bool(m["done"])) for m in plan.materials),
            works, plan.day_notes,
        )  # fmt: skip

    def _people(self, e: EventInfo, audience: str) -> tuple[list[RosterRow], set[int], bool]:
        """The expected the audience may see, who of them said no to photos, and whether it sees phones."""
        shown = self.privacy.audience(e.community_id, audience)
        people = [r for r in expected(self.events.roster(e.id)) if shown.lists(r.member_id)]
        return people, self.consents.refused([r.member_id for r in people], "photos"), shown.shows("phone")

    def signin(self, event_id: int, audience: str = "organisers") -> SigninSheet:
        e = self.events.event(event_id)
        people, no_photos, phones = self._people(e, audience)
        rows = tuple(SigninRow(r.name, r.unit, r.rsvp, r.phone if phones else "", r.member_id in no_photos)
                     for r in people)  # fmt: skip
        return SigninSheet(self._community(e), self.head(e), rows, phones)

    def roster(self, series_id: int) -> Roster:
        """Who does what on which date of a series, one date per occurrence."""
        events = self.events.series_events(series_id)
        duties = self.events.duties([e.id for e in events]) if events else {}
        roles = tuple(dict.fromkeys(role for e in events for role, _ in duties[e.id]))
        dates = tuple(
            RosterDate(to_local(e.start_utc, e.tz),
                       tuple(tuple(n for role, n in duties[e.id] if role == r and n) for r in roles))
            for e in events
        )  # fmt: skip
        community = self._community(events[0]) if events else ""
        return Roster(community, events[0].title if events else "", roles, dates)

    def badges(self, event_id: int, audience: str = "organisers") -> BadgeList:
        """A badge for everyone expected or come, with their duty or role, and "no photos" when they said so."""
        e = self.events.event(event_id)
        roles = self.events.badge_roles(event_id)
        people, no_photos, _ = self._people(e, audience)
        return BadgeList(self._community(e), tuple(Badge(r.name, r.unit, roles.get(r.member_id, ""),
                                                         r.member_id in no_photos) for r in people), self.head(e))  # fmt: skip

    def certificates(self, event_id: int) -> CertificateList:
        """Everyone checked in (attendance.checked_in_at set), walk-ins included, by pinyin."""
        e = self.events.event(event_id)
        came = sorted(
            (r for r in self.events.roster(event_id) if r.checked_in_at),
            key=lambda r: (r.sort_key, r.member_id),
        )
        return CertificateList(self._community(e), self.head(e), tuple(r.name for r in came))
