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
from collections import Counter
from collections.abc import Iterable, Mapping

from models.errors import ValidationError

TOP_FRACTION = 0.18
# Members tagged so are the organising team: left out of every community metric.
ORGANISER_TAGS = ("organiser", "organizer", "组织者", "运营团队")
EXACT_BETWEENNESS_UP_TO = 2000  # larger networks: betweenness sampled from this many sources, fixed seed


def check_window(days: int) -> int:
    if int(days) < 1:
        raise ValidationError("bad_window", "days", str(days))
    return int(days)


def member_states(last_active: Mapping[int, dt.date | None], joined: Mapping[int, dt.date | None],
                  today: dt.date, active_days: int = 28) -> dict[str, set[int]]:  # fmt: skip
    window = today - dt.timedelta(days=check_window(active_days))
    three, twelve = today - dt.timedelta(days=91), today - dt.timedelta(days=365)
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


def degrees(edges: Iterable[tuple[int, int]], members: Iterable[int]) -> Counter:
    out = Counter({m: 0 for m in members})
    for a, b in edges:
        out[a] += 1
        out[b] += 1
    return out


def density(n_members: int, n_edges: int) -> float:
    return round(2 * n_edges / (n_members * (n_members - 1)), 6) if n_members > 1 else 0.0


def top_share(edges: list[tuple[int, int]], members: list[int], fraction: float = TOP_FRACTION) -> float:
    """The share of ties with at least one end among the top `fraction` of members by degree."""
    if not edges or not members:
        return 0.0
    deg = degrees(edges, members)
    k = max(1, math.ceil(len(members) * fraction))
    top = {m for m, _ in sorted(deg.items(), key=lambda x: (-x[1], x[0]))[:k]}
    return round(sum(1 for a, b in edges if a in top or b in top) / len(edges), 4)


def strong_nodes(
    edges: list[tuple[int, int]], members: list[int], limit: int = 10, seed: int = 7
) -> list[tuple[int, int, float]]:
    """(member, degree, betweenness) of the members most ties run through, strongest first."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(members)
    graph.add_edges_from(edges)
    k = None if graph.number_of_nodes() <= EXACT_BETWEENNESS_UP_TO else EXACT_BETWEENNESS_UP_TO
    between = nx.betweenness_centrality(graph, k=k, seed=seed, normalized=True)
    ranked = sorted(graph.nodes, key=lambda m: (-graph.degree(m), -between[m], m))[:limit]
    return [(m, graph.degree(m), round(between[m], 4)) for m in ranked]


# Weights of the activity read from other tables (a contribution carries its own, by kind and role).
SOURCE_WEIGHTS = {"attended": 1.0, "duty": 1.5, "invited": 1.0, "role": 0.5}
