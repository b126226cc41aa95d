"""The health report: member states, retention, network metrics, levels, units, the scorecard, lists to
act on and invitation credit, each under the community's health settings. Steps report progress and
can be cancelled between steps, during SQL and between betweenness sources. The report is typed
(report_types): the member states and then the network numbers are published while the rest is computed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop.services.core.progress import Progress
from desktop.services.health.counted import member_ids
from desktop.services.health.follow_ups import gather, lists_to_act_on
from desktop.services.health.report_types import (
    Condition,
    HealthNumbers,
    HealthReport,
    HealthStates,
    InvitationCredit,
    MemberNames,
    StrongNode,
    UnitRow,
    Windows,
)
from desktop.services.health.settings import load
from desktop.services.structure.ties import ties
from models.health import absence_factor, check_window, density, network, retention

STEPS = 100  # progress is reported out of this; the network metrics take steps 20–80


class HealthReports:
    """Builds the report from the health queries (kept apart: levels and invitations read the queries,
    and the report reads levels and invitations)."""

    def __init__(self, db) -> None:
        from desktop.services.health.queries import HealthQueries

        self.queries = HealthQueries(db)

    def report(self, community_id: int, today: dt.date | None = None, active_days: int | None = None,
               with_names: bool = False, progress=None) -> HealthReport:  # fmt: skip
        """The health numbers; `with_names` adds the members behind each number (for the dashboard);
        `progress` reports and may cancel (background task)."""
        return build(self.queries, community_id, today or dt.date.today(), active_days, with_names, progress)


def build(queries, community_id: int, today: dt.date, active_days: int | None, with_names: bool,
          progress: Progress | None) -> HealthReport:  # fmt: skip
    db, progress = queries.db, progress or Progress()
    settings = queries.settings(community_id)
    days = check_window(active_days if active_days is not None else settings.active_days)
    with db.cancellable(progress):
        progress.step(0, STEPS)
        base = gather(queries, community_id, today, days, settings)
        names, summary, states, since, everyone = (
            base.names,
            base.summary,
            base.states,
            base.since,
            base.everyone,
        )
        progress.step(10, STEPS)
        totals = {m: s[1] for m, s in summary.items() if s[1] > 0}
        current = {m for m, s in summary.items() if s[0] > today - dt.timedelta(days=days)}
        previous = {m for m, s in summary.items() if s[2]}
        first = HealthStates(
            members=len(names), active_members=len(states["active"]), new_members=len(states["new"]),
            drifting=len(states["drifting"]), inactive=len(states["inactive"]), quiet=len(states["quiet"]),
            retention=retention(previous, current), absence_factor=absence_factor(totals), window_days=days,
            windows=Windows(days, settings.drifting_after_days, settings.inactive_after_days),
            names=MemberNames(_state_names(names, states, previous & current, totals)) if with_names else None,
            activity_since=since.isoformat() if since else None,
        )  # fmt: skip
        progress.publish(first)  # the member states show while the network metrics are computed
        edges = ties(db, community_id, set(names), settings.shared_events)
        progress.step(20, STEPS)
        ids = list(names)
        net = network(edges, ids, tick=lambda i, n: progress.step(20 + 60 * i // n, STEPS))
        numbers = first.then(
            HealthNumbers, density=density(len(ids), len(edges)), isolated=sum(1 for m in ids if not net["degree"][m]),
            strong_nodes=tuple(StrongNode(names[m], d, b) for m, d, b in net["strong"] if d), top_share=net["top_share"],
            names=_with_network(first.names, names, net),
        )  # fmt: skip
        progress.publish(numbers)  # and the network numbers, while levels and the scorecard are computed
        from desktop.services.health.levels import Levels
        from desktop.services.health.scorecard import conditions

        levels = Levels(db).current(community_id, today, days, settings.level_min_days)
        progress.step(85, STEPS)
        report = numbers.then(
            HealthReport, units=_units(db, community_id, totals), levels=_level_counts(levels),
            conditions={k: Condition.from_dict(c) for k, c in conditions(db, community_id, today).items()},
            lists=lists_to_act_on(base, today, settings, days),
            invitations=_invitations(db, community_id, today, settings, {m: s[0] for m, s in everyone.items()}),
            names=_with_levels(numbers.names, names, levels),
        )  # fmt: skip
        progress.step(95, STEPS)
    return report


def network_task(db, community_id: int, progress: Progress) -> dict:
    """The network metrics alone (ties, degree, betweenness, top share), as the bench times them."""
    with db.cancellable(progress):
        ids = sorted(member_ids(db, community_id))
        edges = ties(db, community_id, set(ids), load(db, community_id).shared_events)
        return network(edges, ids, tick=progress.step)


def _state_names(names, states, both, totals) -> dict[str, tuple[str, ...]]:
    """The members behind each member-state number, so the dashboard can list them."""
    busiest = sorted(totals, key=lambda m: -totals[m])[: absence_factor(totals)]
    keys = {"active": "active_members", "new": "new_members"}  # the report's names for these states
    out = {keys.get(key, key): tuple(sorted(names[m] for m in group)) for key, group in states.items()}
    return out | {"members": tuple(sorted(names.values())), "retention": tuple(sorted(names[m] for m in both)),
                  "absence_factor": tuple(names[m] for m in busiest)}  # fmt: skip


def _with_network(behind: MemberNames | None, names, net) -> MemberNames | None:
    """And the members behind the network numbers (None: names were not asked for)."""
    if behind is None:
        return None
    return replace(behind, numbers={**behind.numbers,
                                    "isolated": tuple(sorted(names[m] for m, d in net["degree"].items() if not d)),
                                    "density": tuple(sorted(names[m] for m, d in net["degree"].items() if d)),
                                    "top_share": tuple(names[m] for m in net["top"])})  # fmt: skip


def _with_levels(behind: MemberNames | None, names, levels: dict[int, str]) -> MemberNames | None:
    """And the members at each level that has any."""
    if behind is None:
        return None
    return replace(behind, levels={level: tuple(sorted(names[m] for m, v in levels.items() if v == level and m in names))
                                   for level in sorted(set(levels.values()))})  # fmt: skip


def _level_counts(levels: dict[int, str]) -> dict[str, int]:
    from models.levels import LEVELS

    return {level: sum(1 for v in levels.values() if v == level) for level in LEVELS}


def _invitations(db, community_id: int, today: dt.date, settings, last) -> tuple[InvitationCredit, ...]:
    from desktop.services.health.invitations import credit

    top = credit(
        db, community_id, today, settings.invitation_success_days, settings.invitations_per_month, last
    )[:20]
    return tuple(InvitationCredit.from_dict(r) for r in top)


def _units(db, community_id: int, totals: dict[int, float]) -> tuple[UnitRow, ...]:
    from desktop.services.structure.queries import StructureQueries

    members: dict[int, set[int]] = {}
    for unit, member in db.query(
        "SELECT um.unit_id, um.member_id FROM unit_member um JOIN unit u ON u.id = um.unit_id WHERE u.community_id = ?",
        (community_id,),
    ):  # fmt: skip  (one query for all units, not one per unit)
        members.setdefault(unit, set()).add(member)
    return tuple(UnitRow(u.name, u.size, u.cap, u.over_cap,
                         absence_factor({m: totals[m] for m in members.get(u.id, ()) if m in totals}))
                 for u in StructureQueries(db).units(community_id))  # fmt: skip
