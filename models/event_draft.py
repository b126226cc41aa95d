"""What an organiser types for an event, checked and turned into stored columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from models.errors import ValidationError
from models.event_times import check_span, to_utc, zone

EDITABLE = (
    "title",
    "kind",
    "venue",
    "address",
    "online_link",
    "capacity",
    "unit_id",
    "description",
    "day_notes",
)


@dataclass(frozen=True)
class EventDraft:
    title: str
    start: dt.datetime  # wall-clock time in `tz` (naive)
    end: dt.datetime
    tz: str = "UTC"
    kind: str = "offline"
    venue: str = ""
    address: str = ""
    online_link: str = ""
    capacity: int = 0
    unit_id: int | None = None
    description: str = ""
    day_notes: str = ""
    extra: dict = field(default_factory=dict)

    def on(self, day: dt.date) -> EventDraft:
        """The same event on another date (a series occurrence), keeping its length."""
        start = dt.datetime.combine(day, self.start.time())
        return replace(self, start=start, end=start + (self.end - self.start))

    def columns(self) -> dict:
        title = self.title.strip()
        if not title:
            raise ValidationError("event_title_required", "title", "")
        if int(self.capacity) < 0:
            raise ValidationError("bad_capacity", "capacity", str(self.capacity))
        zone(self.tz)
        start_utc, end_utc = to_utc(self.start, self.tz), to_utc(self.end, self.tz)
        check_span(start_utc, end_utc)
        return {
            "title": title, "kind": self.kind.strip() or "other", "start_utc": start_utc, "end_utc": end_utc,
            "tz": self.tz, "venue": self.venue.strip(), "address": self.address.strip(),
            "online_link": self.online_link.strip(), "capacity": int(self.capacity), "unit_id": self.unit_id,
            "description": self.description, "day_notes": self.day_notes,
        }  # fmt: skip
