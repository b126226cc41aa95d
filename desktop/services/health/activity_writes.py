"""Recording activity by hand ("spoke at the Tuesday share"): one row, one undo step."""

from __future__ import annotations

import datetime as dt

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from models.dates import parse_date
from models.errors import ValidationError


def record_activity(db: Database, community_id: int, member_id: int, on: str, kind: str = "manual", count: int = 1,
                    note: str = "", weight: float = 1.0) -> int:  # fmt: skip
    day = parse_date(on, field="date")
    if not day:
        raise ValidationError("bad_date", "date", on)
    if day > dt.date.today().isoformat():
        raise ValidationError("future_date", "date", day)
    if int(count) < 0:
        raise ValidationError("bad_count", "count", str(count))
    with db.write(LABELS.record_activity()) as uow:
        return uow.insert_one("activity", community_id=community_id, member_id=member_id, on_date=day,
                              kind=kind.strip() or "manual", count=int(count), weight=float(weight), source="manual",
                              note=note.strip())  # fmt: skip
