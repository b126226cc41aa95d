"""The three-way rule of one value: the baseline (as taken out or last brought back), the door's and
this workspace's. Pure: no database."""

from __future__ import annotations

CONFLICT = object()  # both sides changed it, differently, and no rule decides


def merged(facet: str, base, door, ours):
    """The value to write (`ours` when nothing changes), or CONFLICT. Two check-in times: the earliest
    (both say the person came; whichever door saw them first); guests 0 against a number: the number."""
    if facet == "rsvp":  # the answer; its time goes with it
        return _by_first(base, door, ours)
    if door == base or door == ours:
        return ours
    if ours == base:
        return door
    if facet == "checked_in" and door[0] and ours[0]:
        return min(door, ours)
    if facet in ("walk_in", "no_show"):
        return bool(door) or bool(ours)
    return CONFLICT


def _by_first(base, door, ours):
    b = None if base is None else base[0]
    if door[0] in (b, ours[0]):
        return ours
    if ours[0] == b:
        return door
    return CONFLICT
