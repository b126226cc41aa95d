"""Network metrics on arrays (numpy), fast enough for 100k members and 500k ties.

Betweenness follows Brandes (2001): one breadth-first search per source, counting shortest paths
forward, then handing each node's share of dependency back level by level. Each level is a handful of
array operations, not a Python loop over nodes. Up to `EXACT_UP_TO` members every member is a source
(the exact value); past that, `SAMPLED_SOURCES` sources drawn with a fixed seed estimate it (Brandes and
Pich 2007), scaled like networkx's `betweenness_centrality(k=…)`, so the same workspace gives the same
strong nodes every time.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

EXACT_UP_TO = 2000
SAMPLED_SOURCES = 192


class Graph:
    """Undirected ties between `n` nodes numbered 0..n-1, kept as compressed adjacency (CSR)."""

    def __init__(self, n: int, a: np.ndarray, b: np.ndarray) -> None:
        self.n = n
        src, dst = np.concatenate([a, b]), np.concatenate([b, a])
        order = np.argsort(src, kind="stable")
        self.indices = dst[order]
        self.indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=n), out=self.indptr[1:])

    def degrees(self) -> np.ndarray:
        return np.diff(self.indptr)

    def _dependencies(self, source: int) -> np.ndarray:
        """How much each node lies on shortest paths from `source` (Brandes' delta)."""
        n, indptr, indices = self.n, self.indptr, self.indices
        dist = np.full(n, -1, dtype=np.int32)
        sigma = np.zeros(n)
        dist[source], sigma[source] = 0, 1.0
        frontier, steps, level = np.array([source]), [], 0
        while frontier.size:
            starts = indptr[frontier]
            counts = indptr[frontier + 1] - starts
            total = int(counts.sum())
            if not total:
                break
            offsets = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(total)
            nbr, par = indices[offsets], np.repeat(frontier, counts)
            fresh = nbr[dist[nbr] == -1]
            dist[fresh] = level + 1
            keep = dist[nbr] == level + 1
            par, nbr = par[keep], nbr[keep]
            sigma += np.bincount(nbr, weights=sigma[par], minlength=n)
            steps.append((par, nbr))
            frontier, level = np.flatnonzero(dist == level + 1), level + 1
        delta = np.zeros(n)
        for par, nbr in reversed(steps):
            delta += np.bincount(par, weights=sigma[par] / sigma[nbr] * (1.0 + delta[nbr]), minlength=n)
        delta[source] = 0.0
        return delta

    def betweenness(self, seed: int = 7, tick: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Normalised betweenness per node; `tick(done, total)` is called after each source (it may
        raise to cancel)."""
        n = self.n
        if n <= 2:
            return np.zeros(n)
        if n <= EXACT_UP_TO:
            sources = np.arange(n)
        else:
            sources = np.random.default_rng(seed).choice(n, SAMPLED_SOURCES, replace=False)
        total = np.zeros(n)
        for i, s in enumerate(sources, start=1):
            total += self._dependencies(int(s))
            if tick:
                tick(i, len(sources))
        return total * (n / len(sources)) / ((n - 1) * (n - 2))
