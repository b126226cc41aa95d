"""Event rules without storage: kinds, duty roles, RSVP statuses, capacity, the run-sheet, PARTSTAT."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.errors import ValidationError

# Built-in event kinds (codes; the UI translates them); an organiser adds their own per community.
EVENT_KINDS = ("online", "offline", "homework", "board", "course", "other")
DUTY_ROLES = ("host", "notices", "supervisor", "demonstrator", "checkin", "photos")
RSVP_STATUSES = ("invited", "going", "maybe", "declined", "waitlisted")
# RFC 5545 participation status for each RSVP status.
PARTSTAT = {
    "invited": "NEEDS-ACTION",
    "going": "ACCEPTED",
    "maybe": "TENTATIVE",
    "declined": "DECLINED",
    "waitlisted": "NEEDS-ACTION",
}


# What an organiser's own attendance word may mean: an RSVP, or came / did not come.
WORD_MEANINGS = {"going": ("going", None), "maybe": ("maybe", None), "declined": ("declined", None),
                 "waitlisted": ("waitlisted", None), "invited": ("invited", None), "came": ("going", True),
                 "absent": ("going", False)}  # fmt: skip


def own_words(text: str) -> dict[str, tuple[str | None, bool | None]]:
    """"到了=came; 鸽了=absent; 报了=going" as word → (rsvp, came); a bad item is refused with its text."""
    out = {}
    for item in (x.strip() for x in text.replace("；", ";").replace("\n", ";").split(";")):
        if not item:
            continue
        word, sep, meaning = item.replace("＝", "=").rpartition("=")
        meaning = meaning.strip().casefold()
        if not sep or not word.strip() or meaning not in WORD_MEANINGS:
            raise ValidationError("bad_attendance_word", "attendance_words", item)
        out[" ".join(word.split()).casefold()] = WORD_MEANINGS[meaning]
    return out


def placed_status(wanted: str, capacity: int, going: int) -> str:
    """Saying 'going' to a full event puts one on the waitlist (capacity 0 means no limit)."""
    if wanted == "going" and capacity and going >= capacity:
        return "waitlisted"
    return wanted


def promotions(capacity: int, going: int, waitlist: Sequence[int]) -> list[int]:
    """Who moves up from the waitlist (oldest first) when places free."""
    if not capacity:
        return list(waitlist)
    return list(waitlist[: max(0, capacity - going)])


@dataclass(frozen=True)
class RunLine:
    start_min: int
    end_min: int


def run_sheet(items: Sequence[tuple[int | None, int]]) -> list[RunLine]:
    """(pinned start offset or None, duration) per agenda item -> start/end offsets in minutes.

    An unpinned item starts when the previous one ends, so changing a duration moves what follows.
    """
    out: list[RunLine] = []
    clock = 0
    for at_min, duration in items:
        start = at_min if at_min is not None else clock
        end = start + max(0, duration)
        out.append(RunLine(start, end))
        clock = end
    return out


def run_time(lines: Sequence[RunLine]) -> int:
    return max((line.end_min for line in lines), default=0)


def attendance_rate(going: int, attended: int, no_shows: int) -> float | None:
    """Of those expected (said going, or came), the share who came."""
    expected = max(going, attended + no_shows)
    return round(attended / expected, 3) if expected else None
