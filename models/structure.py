"""Pure rules of a community's structure: ring coverage and split proposals along real ties."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from models.lists import split_list


@dataclass(frozen=True)
class Coverage:
    covered: list[str]
    missing: list[str]
    doubled: list[str]


def coverage(wanted: Iterable[str], held: Iterable[str]) -> Coverage:
    """A ring is healthy when every wanted specialty is held once: report gaps and doubles."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for s in held:
        key = s.strip().casefold()
        if key:
            counts[key] = counts.get(key, 0) + 1
            names.setdefault(key, s.strip())
    wanted_list = [w.strip() for w in wanted if w.strip()]
    return Coverage(
        covered=[w for w in wanted_list if counts.get(w.casefold())],
        missing=[w for w in wanted_list if not counts.get(w.casefold())],
        doubled=sorted(names[k] for k, n in counts.items() if n > 1),
    )


@dataclass(frozen=True)
class SplitProposal:
    groups: list[list[int]]
    leads: list[int | None]
    kept: int  # ties with both members in the same proposed group
    cut: int  # ties between groups
    under_cap: bool  # the unit was not over its cap (allowed, worth a note)


def propose_split(
    members: list[int],
    ties: list[tuple[int, int, int]],
    cap: int,
    parts: int | None = None,
    interests: dict[int, str] | None = None,
    seed: int = 7,
) -> SplitProposal:
    """Split `members` into groups along their ties (Louvain, seeded), each at most the cap where
    possible; members without ties join the group whose interests they share most."""
    import networkx as nx
    from networkx.algorithms.community import louvain_communities

    n = len(members)
    k = parts or max(2, math.ceil(n / max(cap, 1)))
    k = max(1, min(k, n)) if n else 1
    size = math.ceil(n / k) if n else 0
    member_set = set(members)
    graph = nx.Graph()
    graph.add_nodes_from(members)
    for a, b, w in ties:
        if a in member_set and b in member_set and a != b:
            graph.add_edge(a, b, weight=w)
    tied = [m for m in members if graph.degree(m)]
    communities = louvain_communities(graph.subgraph(tied), weight="weight", seed=seed) if tied else []
    groups: list[list[int]] = [[] for _ in range(k)]
    where: dict[int, int] = {}
    for community in sorted(communities, key=lambda c: (-len(c), min(c))):
        ordered = sorted(community, key=lambda m: (-graph.degree(m, weight="weight"), m))
        for m in _bfs_order(graph, ordered):
            target = _roomiest(groups, size, prefer=_most_linked(graph, m, groups, where))
            groups[target].append(m)
            where[m] = target
    topics = {m: {t.casefold() for t in split_list((interests or {}).get(m, ""))} for m in members}
    for m in members:
        if not graph.degree(m):
            shared = [sum(len(topics[m] & topics[o]) for o in g) for g in groups]
            target = _roomiest(groups, size, prefer=max(range(k), key=lambda i: (shared[i], -len(groups[i]))))
            groups[target].append(m)
            where[m] = target
    kept = sum(1 for a, b in graph.edges() if where[a] == where[b])
    leads = [
        max(g, key=lambda m: (sum(graph[m][o].get("weight", 1) for o in graph[m] if where.get(o) == i), -m))
        if g else None
        for i, g in enumerate(groups)
    ]  # fmt: skip
    return SplitProposal(groups, leads, kept, graph.number_of_edges() - kept, n <= cap)


def _bfs_order(graph, ordered: list[int]) -> list[int]:
    """Neighbours together, so a community cut by the size limit is cut along its edges."""
    seen: set[int] = set()
    out: list[int] = []
    members = set(ordered)
    for start in ordered:
        if start in seen:
            continue
        queue = [start]
        seen.add(start)
        while queue:
            m = queue.pop(0)
            out.append(m)
            for o in sorted(graph[m], key=lambda x: (-graph[m][x].get("weight", 1), x)):
                if o in members and o not in seen:
                    seen.add(o)
                    queue.append(o)
    return out


def _most_linked(graph, m: int, groups: list[list[int]], where: dict[int, int]) -> int:
    scores = [0] * len(groups)
    for o in graph[m]:
        if o in where:
            scores[where[o]] += graph[m][o].get("weight", 1)
    return max(range(len(groups)), key=lambda i: (scores[i], -len(groups[i])))


def _roomiest(groups: list[list[int]], size: int, prefer: int) -> int:
    if len(groups[prefer]) < size:
        return prefer
    return min(range(len(groups)), key=lambda i: (len(groups[i]), i))
