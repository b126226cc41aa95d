"""Introductions (匹配): pairs who should meet — both active, not yet connected, sharing interests or
bringing specialties the other lacks — each with its reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

PER_INTEREST = 200  # members looked at per interest, so 100k members stay fast


@dataclass(frozen=True)
class Pair:
    a: int
    b: int
    score: float
    shared: tuple[str, ...]  # interests both have
    offers: tuple[tuple[str, ...], tuple[str, ...]]  # specialties each brings that the other lacks


def suggest(interests: Mapping[int, set[str]], specialties: Mapping[int, set[str]], connected: set[tuple[int, int]],
            limit: int = 20) -> list[Pair]:  # fmt: skip
    """Score = 2 per shared interest + 1 if each brings a specialty the other lacks; best first."""
    by_interest: dict[str, list[int]] = {}
    for m, tags in interests.items():
        for t in tags:
            by_interest.setdefault(t, []).append(m)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for people in by_interest.values():
        for a, b in combinations(sorted(people)[:PER_INTEREST], 2):
            if (a, b) in seen or (a, b) in connected:
                continue
            seen.add((a, b))
            shared = tuple(sorted(interests[a] & interests[b]))
            sa, sb = specialties.get(a, set()), specialties.get(b, set())
            offers = (tuple(sorted(sa - sb)), tuple(sorted(sb - sa)))
            score = 2 * len(shared) + (1 if offers[0] and offers[1] else 0)
            pairs.append(Pair(a, b, score, shared, offers))
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs[:limit]
