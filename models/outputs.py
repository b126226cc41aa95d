"""Output rules without storage: kinds, the status pipeline, contributor roles and their weights."""

from __future__ import annotations

import datetime as dt
import re

from models.errors import ValidationError

OUTPUT_KINDS = ("article", "course", "talk", "book", "video", "homework", "sticker_pack", "other")
OUTPUT_STATUSES = ("idea", "drafting", "review", "published", "dropped")
PIPELINE = OUTPUT_STATUSES[:4]  # dropped is off the line
CONTRIBUTOR_ROLES = ("author", "co_author", "editor", "speaker", "designer", "reviewer")
# How much one contribution counts as activity: the work's size (kind) times the part taken (role).
KIND_WEIGHT = {"book": 5.0, "course": 4.0, "talk": 3.0, "video": 3.0, "article": 2.0, "sticker_pack": 2.0,
               "homework": 1.0, "other": 1.0}  # fmt: skip
ROLE_WEIGHT = {
    "author": 1.0,
    "speaker": 1.0,
    "co_author": 0.7,
    "designer": 0.6,
    "editor": 0.5,
    "reviewer": 0.3,
}
_PAIR = re.compile(r"^(.*?)\s*[:：]\s*([^:：]*)$")
_SPLIT = re.compile(r"[;；\n]")


def weight(kind: str, role: str) -> float:
    return round(KIND_WEIGHT.get(kind, 1.0) * ROLE_WEIGHT.get(role, 0.5), 3)


def check_status(status: str) -> str:
    if status not in OUTPUT_STATUSES:
        raise ValidationError("bad_output_status", "status", status)
    return status


def is_backwards(old: str, new: str) -> bool:
    """A move back along the pipeline (allowed, and recorded in the history)."""
    return old in PIPELINE and new in PIPELINE and PIPELINE.index(new) < PIPELINE.index(old)


def check_dates(created_on: str, published_on: str) -> None:
    if created_on and published_on and published_on < created_on:
        raise ValidationError("published_before_idea", "published", published_on)


def is_stalled(status: str, status_on: str, today: dt.date, days: int) -> bool:
    """Stuck in one step of the pipeline (not published or dropped) for more than `days` days."""
    if status in ("published", "dropped") or not status_on or days <= 0:
        return False
    return (today - dt.date.fromisoformat(status_on)).days > days


def parse_contributors(text: str) -> list[tuple[str, str]]:
    """'张三:author; Li Wei:editor' -> [(who, role)]; a name alone is an author."""
    out = []
    for part in _SPLIT.split(text or ""):
        part = part.strip()
        if not part:
            continue
        m = _PAIR.match(part)
        who, role = (m.group(1).strip(), m.group(2).strip() or "author") if m else (part, "author")
        out.append((who, role))
    return out
