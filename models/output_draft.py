"""What the output editor or an import row proposes for one output, checked into stored columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.dates import parse_date
from models.errors import ValidationError
from models.outputs import check_dates, check_status


@dataclass(frozen=True)
class OutputDraft:
    title: str
    kind: str = "article"
    status: str = "idea"
    description: str = ""
    created_on: str = ""  # the idea date; today when blank
    published_on: str = ""
    link: str = ""
    unit_id: int | None = None
    event_id: int | None = None
    reads: int = 0
    sales: int = 0
    revenue: float = 0.0
    contributors: tuple[tuple[int, str], ...] = ()  # (member id, role)

    def columns(self, today: str | None = None) -> dict:
        title = " ".join(self.title.split())
        if not title:
            raise ValidationError("output_title_required", "title", "")
        check_status(self.status)
        created = parse_date(self.created_on, field="idea") or today or dt.date.today().isoformat()
        published = parse_date(self.published_on, field="published")
        check_dates(created, published)
        for name in ("reads", "sales", "revenue"):
            if float(getattr(self, name) or 0) < 0:
                raise ValidationError("bad_figure", name, str(getattr(self, name)))
        return {"title": title, "kind": self.kind.strip() or "other", "status": self.status,
                "description": self.description, "created_on": created, "published_on": published,
                "link": self.link.strip(), "unit_id": self.unit_id, "event_id": self.event_id,
                "reads": int(self.reads or 0), "sales": int(self.sales or 0), "revenue": float(self.revenue or 0)}  # fmt: skip
