"""Health formulas on plain data (no storage), each small enough to state beside its number.

- active: at least one activity in the last `active_days` days; new: joined in that window;
  drifting: active within 12 months but not within the last 3; inactive: no activity in 12 months;
  quiet: the rest (active 1–3 months ago).
- retention: of those active in the previous window, the share also active in this one.
- absence factor: the fewest members who together account for half of all activity.
- density: ties ÷ possible ties; top share: the share of ties touching the top 18 % of members by degree.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from models.errors import ValidationError

TOP_FRACTION = 0.18
# Members tagged so are the organising team: left out of every community metric.
ORGANISER_TAGS = ("organiser", "organizer", "组织者", "运营团队")
# Members tagged so are flagged for review: removal candidates (提纯) whatever their activity.
FLAG_TAGS = ("flagged", "待清退", "提纯")


def check_window(days: int) -> int:
    if int(days) < 1:
        raise ValidationError("bad_window", "days", str(days))
    return int(days)


def member_states(last_active: Mapping[int, dt.date | None], joined: Mapping[int, dt.date | None],
                  today: dt.date, active_days: int = 28, drifting_after: int = 91,
                  inactive_after: int = 365) -> dict[str, set[int]]:  # fmt: skip
    window = today - dt.timedelta(days=check_window(active_days))
    three, twelve = today - dt.timedelta(days=drifting_after), today - dt.timedelta(days=inactive_after)
    states: dict[str, set[int]] = {k: set() for k in ("active", "new", "drifting", "inactive", "quiet")}
    for member, last in last_active.items():
        if joined.get(member) and joined[member] > window:
            states["new"].add(member)
        if last is not None and last > window:
            states["active"].add(member)
        elif last is not None and twelve < last <= three:
            states["drifting"].add(member)
        elif last is None or last <= twelve:
            states["inactive"].add(member)
        else:
            states["quiet"].add(member)
    return states


def retention(previous: set[int], current: set[int]) -> float | None:
    return round(len(previous & current) / len(previous), 4) if previous else None


def absence_factor(totals: Mapping[int, float]) -> int:
    """1 or 2 means the community hangs on one or two people; 0 when there is no activity."""
    values = sorted((v for v in totals.values() if v > 0), reverse=True)
    half, running = sum(values) / 2, 0.0
    for n, v in enumerate(values, start=1):
        running += v
        if running >= half:
            return n
    return 0


def density(n_members: int, n_edges: int) -> float:
    return round(2 * n_edges / (n_members * (n_members - 1)), 6) if n_members > 1 else 0.0


def top_share(edges: list[tuple[int, int]], members: list[int], fraction: float = TOP_FRACTION) -> float:
    """The share of ties with at least one end among the top `fraction` of members by degree."""
    return network(edges, members, 0, fraction=fraction)["top_share"] if edges and members else 0.0


def network(edges: list[tuple[int, int]], members: list[int], limit: int = 10, seed: int = 7,
            tick=None, fraction: float = TOP_FRACTION) -> dict:  # fmt: skip
    """One pass over the ties: degree per member, strong nodes (member, degree, betweenness; strongest
    first), the top `fraction` by degree and the share of ties touching them. Betweenness is exact up to
    `models.network.EXACT_UP_TO` members and sampled with a fixed seed past that; `tick(done, total)`
    reports progress and may raise to cancel."""
    import numpy as np

    from models.network import Graph

    index = {m: i for i, m in enumerate(members)}
    pairs = np.array([(index[a], index[b]) for a, b in edges], dtype=np.int64).reshape(-1, 2)
    graph = Graph(len(members), pairs[:, 0], pairs[:, 1])
    degree, between = graph.degrees(), graph.betweenness(seed, tick)
    order = np.lexsort((np.array(members), -between, -degree)) if members else np.array([], dtype=int)
    k = max(1, math.ceil(len(members) * fraction))
    top = np.zeros(len(members), dtype=bool)
    top[order[:k]] = True
    touching = int((top[pairs[:, 0]] | top[pairs[:, 1]]).sum()) if len(pairs) else 0
    return {
        "degree": {m: int(degree[i]) for i, m in enumerate(members)},
        "strong": [(members[i], int(degree[i]), round(float(between[i]), 4)) for i in order[:limit]],
        "top": [members[i] for i in order[:k]] if len(pairs) else [],
        "top_share": round(touching / len(pairs), 4) if len(pairs) else 0.0,
    }


def strong_nodes(
    edges: list[tuple[int, int]], members: list[int], limit: int = 10
) -> list[tuple[int, int, float]]:
    return network(edges, members, limit)["strong"]
