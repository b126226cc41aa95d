"""The event printouts' content as plain frozen records: codes (kind, role, rsvp) stay codes and times
stay datetimes in the event's zone; the ui renderers turn them into words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class EventHead:
    """The lines atop the plan and the sign-in sheet."""

    title: str
    kind: str
    unit: str
    start: dt.datetime  # local, in `tz`
    end: dt.datetime
    tz: str
    venue: str
    address: str
    online_link: str
    description: str
    going: int
    capacity: int


@dataclass(frozen=True)
class AgendaLine:
    start: dt.datetime  # local clock times from the durations (models.events.run_sheet)
    end: dt.datetime
    title: str
    who: str  # the member's name, else the free text
    notes: str
    late: bool  # ends after the event does


@dataclass(frozen=True)
class DutyLine:
    role: str  # a duty code ("host") or the organiser's own word
    who: str
    done: bool


@dataclass(frozen=True)
class TaskLine:
    what: str
    who: str
    due_on: str
    done: bool


@dataclass(frozen=True)
class MaterialLine:
    what: str
    quantity: str
    done: bool


@dataclass(frozen=True)
class Contributor:
    name: str
    role: str  # a contributor role code, or the organiser's own


@dataclass(frozen=True)
class PresentedWork:
    title: str
    kind: str
    contributors: tuple[Contributor, ...]


@dataclass(frozen=True)
class PlanSheet:
    community: str
    event: EventHead
    agenda: tuple[AgendaLine, ...]
    run_min: int  # from the start to the end of the last item
    length_min: int  # of the event
    duties: tuple[DutyLine, ...]
    tasks: tuple[TaskLine, ...]
    materials: tuple[MaterialLine, ...]
    works: tuple[PresentedWork, ...]
    day_notes: str

    @property
    def over_min(self) -> int:
        return max(0, self.run_min - self.length_min)


@dataclass(frozen=True)
class SigninRow:
    name: str
    unit: str
    rsvp: str
    phone: str
    no_photos: bool = False  # said no to photos: marked beside the name


@dataclass(frozen=True)
class SigninSheet:
    community: str
    event: EventHead
    rows: tuple[SigninRow, ...]  # everyone expected (that the audience may see), by pinyin
    show_phone: bool = True  # False for an audience the phone is private from: no phone column at all


@dataclass(frozen=True)
class RosterDate:
    start: dt.datetime  # local
    names: tuple[tuple[str, ...], ...]  # per role of Roster.roles, who has it that day


@dataclass(frozen=True)
class Roster:
    community: str
    title: str
    roles: tuple[str, ...]  # in the order they first appear in the series
    dates: tuple[RosterDate, ...]


@dataclass(frozen=True)
class Badge:
    name: str
    unit: str
    role: str  # their duty at the event, else a structure role code; "" for neither
    no_photos: bool = False  # said no to photos: marked beside the name


@dataclass(frozen=True)
class BadgeList:
    community: str
    badges: tuple[Badge, ...]  # by pinyin
    event: EventHead | None = None  # whose badges (the PDF's proposed name)


@dataclass(frozen=True)
class CertificateList:
    """One attendance certificate per person checked in at the event (walk-ins too), by pinyin."""

    community: str
    event: EventHead
    names: tuple[str, ...]

    @property
    def minutes(self) -> int:
        return max(0, int((self.event.end - self.event.start).total_seconds() // 60))


Printout = PlanSheet | SigninSheet | Roster | BadgeList | CertificateList
