"""Events (revision 0003): series, events, their plan (agenda, duties, tasks, materials), templates, RSVPs.

Times are stored as UTC ISO strings ("2026-11-28T11:00:00Z", sortable) with the event's IANA zone,
so an event keeps its wall-clock time where it happens wherever the laptop travels.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Identified


class EventSeries(Identified, Base):
    """A recurrence rule; its occurrences are stored as events (series_on = the rule's date)."""

    __tablename__ = "event_series"

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    freq: Mapped[str] = mapped_column(String(20), default="weekly")  # see models.recurrence.FREQS
    interval: Mapped[int] = mapped_column(Integer, default=1)
    first_on: Mapped[str] = mapped_column(String(10))
    until_on: Mapped[str] = mapped_column(String(10), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[str] = mapped_column(Text, default="")  # ISO dates "a; b"


class Event(Identified, Base):
    __tablename__ = "event"
    __table_args__ = (Index("ix_event_community_start", "community_id", "start_utc"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("event_series.id"), index=True, default=None)
    series_on: Mapped[str] = mapped_column(String(10), default="")
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(100), default="offline")
    start_utc: Mapped[str] = mapped_column(String(20))
    end_utc: Mapped[str] = mapped_column(String(20))
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    venue: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    online_link: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int] = mapped_column(Integer, default=0)  # 0: no limit
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    day_notes: Mapped[str] = mapped_column(Text, default="")  # what to say at the opening, rules to remind
    closed: Mapped[bool] = mapped_column(Boolean, default=False)  # check-in closed, no-shows marked


class AgendaItem(Identified, Base):
    """One run-sheet line. It starts after the previous one unless `at_min` pins its offset."""

    __tablename__ = "agenda_item"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    at_min: Mapped[int | None] = mapped_column(Integer, default=None)
    duration_min: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True, default=None)
    owner_text: Mapped[str] = mapped_column(String(200), default="")  # a guest speaker, not a member
    notes: Mapped[str] = mapped_column(Text, default="")


class Duty(Identified, Base):
    __tablename__ = "duty"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    role: Mapped[str] = mapped_column(String(100))  # a models.events.DUTY_ROLES code or custom text
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True, default=None)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class EventTask(Identified, Base):
    __tablename__ = "event_task"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True, default=None)
    due_on: Mapped[str] = mapped_column(String(10), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Material(Identified, Base):
    __tablename__ = "material"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(50), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class EventTemplate(Identified, Base):
    """A saved plan (agenda, duties, materials, tasks, notes) as JSON, applied to new events."""

    __tablename__ = "event_template"
    __table_args__ = (UniqueConstraint("community_id", "name"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(100), default="offline")
    duration_min: Mapped[int] = mapped_column(Integer, default=120)
    body: Mapped[str] = mapped_column(Text, default="{}")


class Attendance(Identified, Base):
    """A member's RSVP to an event and whether they came (the record activity analytics read)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("event_id", "member_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    rsvp: Mapped[str] = mapped_column(String(12), default="invited")
    rsvp_at: Mapped[str] = mapped_column(String(20), default="")  # UTC; orders the waitlist
    checked_in_at: Mapped[str] = mapped_column(String(20), default="")  # UTC; "" = not (yet) come
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    no_show: Mapped[bool] = mapped_column(Boolean, default=False)
    guests: Mapped[int] = mapped_column(Integer, default=0)  # people they bring (接龙 "+1", Meetup's Guests)
    checked_in_by: Mapped[str] = mapped_column(Text, default="")  # the laptop that recorded it: anna@anna-pc
