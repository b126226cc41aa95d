"""Engagement levels: following → participating → contributing → leading.

A member's computed level comes from presence (days with activity in the window) and the highest
kind of part taken: leading = holds a lead role or did two or more duties; contributing = credited
on an output or did a duty; participating = present on at least `min_days` days; else following.
Promotions apply at once; demotions wait for the monthly review so levels do not flicker. An
organiser's override wins over both.
"""

from __future__ import annotations

LEVELS = ("following", "participating", "contributing", "leading")
RANK = {name: i for i, name in enumerate(LEVELS)}


def computed_level(present_days: int, contributions: int, duties: int, leads: bool, min_days: int = 2) -> str:
    if leads or duties >= 2:
        return "leading"
    if contributions or duties:
        return "contributing"
    if present_days >= min_days:
        return "participating"
    return "following"


def effective_level(stored: str | None, computed: str, override: str = "", review: bool = False) -> str:
    """The level to show (and store): override, else promote now, demote only at a review."""
    if override:
        return override
    if stored is None or RANK[computed] > RANK[stored] or review:
        return computed
    return stored
