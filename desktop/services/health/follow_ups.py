"""The members behind the lists to act on (drifting, newcomers without a second activity, removal
candidates): gathered once, for the health report and for the Today view, which needs the lists without
the network metrics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.services.health.counted import COUNTED
from desktop.services.health.report_types import Lists
from models.health import FLAG_TAGS, member_states
from models.lists import split_list


@dataclass(frozen=True)
class MemberBase:
    names: dict[int, str]
    joined: dict[int, dt.date | None]
    flagged: set[int]  # tagged by the organiser as to be removed
    everyone: dict  # per member with activity (last day, weight, active before, days active), departed too
    summary: dict  # the same for counted members only
    states: dict[str, set[int]]
    since: dt.date | None  # the community's first day of activity; None: nothing recorded yet


def gather(queries, community_id: int, today: dt.date, days: int, settings) -> MemberBase:
    members = queries.db.query(f"SELECT id, name, joined_on, tags FROM member WHERE community_id = ? AND {COUNTED}",
                               (community_id,))  # fmt: skip
    names = {m: n for m, n, _, _ in members}
    joined = {m: dt.date.fromisoformat(j) if j else None for m, _, j, _ in members}
    flagged = {m for m, _, _, tags in members if {t.casefold() for t in split_list(tags)} & set(FLAG_TAGS)}
    everyone = queries.summary(community_id, today, days)
    summary = {m: s for m, s in everyone.items() if m in names}
    last = {m: summary[m][0] if m in summary else None for m in names}
    states = member_states(
        last, joined, today, days, settings.drifting_after_days, settings.inactive_after_days
    )
    since = queries.first_day(community_id, today)
    if since is None:  # nothing recorded yet: nobody is known to be drifting or inactive
        states["drifting"], states["inactive"] = set(), set()
    return MemberBase(names, joined, flagged, everyone, summary, states, since)


def lists_to_act_on(base: MemberBase, today: dt.date, settings, days: int) -> Lists:
    """Lists to act on: drifting members to follow up, newcomers (first three months) without a
    second day of activity, and removal candidates to review (提纯: inactive beyond the setting, or
    tagged as flagged; never removed automatically). Inactivity never makes a candidate of someone in
    their first `removal_grace_days` since joining, and counts only once the community has a whole
    activity window of data (its earliest activity at least `days` old)."""
    names, joined, summary, since = base.names, base.joined, base.summary, base.since
    recent = today - dt.timedelta(days=settings.newcomer_days)
    gone = today - dt.timedelta(days=settings.removal_after_days)
    grace = today - dt.timedelta(days=settings.removal_grace_days)
    enough_data = since is not None and since <= today - dt.timedelta(days=days)
    newcomers = [
        m for m, j in joined.items() if j and j > recent and (summary[m][3] if m in summary else 0) < 2
    ]
    candidates = [
        m
        for m in names
        if m in base.flagged  # the organiser's own tag, whatever the dates
        or (
            enough_data
            and not (joined[m] and joined[m] > grace)
            and not (m in summary and summary[m][0] > gone)
        )
    ]
    return Lists(follow_up=tuple(sorted(names[m] for m in base.states["drifting"])),
                 new_needing_second_activity=tuple(sorted(names[m] for m in newcomers)),
                 removal_candidates=tuple(sorted(names[m] for m in candidates)))  # fmt: skip
