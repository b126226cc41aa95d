import random

from models.structure import coverage, propose_split
from models.trees import would_cycle


def test_unit_tree_refuses_cycles():
    parent = {1: None, 2: 1, 3: 2}
    assert would_cycle(1, 3, parent.get)  # 1 under its grandchild
    assert would_cycle(2, 2, parent.get)
    assert not would_cycle(3, 1, parent.get)


def test_ring_coverage_reports_gaps_and_doubles():
    c = coverage(["演讲", "设计", "财务"], ["演讲", "设计", "设计", "法律"])
    assert c.covered == ["演讲", "设计"] and c.missing == ["财务"] and c.doubled == ["设计"]


def test_split_follows_known_communities():
    # two cliques of 5 joined by one weak tie; cap 6 means two groups
    a, b = list(range(1, 6)), list(range(6, 11))
    ties = [(x, y, 8) for grp in (a, b) for i, x in enumerate(grp) for y in grp[i + 1 :]] + [(5, 6, 1)]
    p = propose_split(a + b, ties, cap=6)
    assert sorted(map(sorted, p.groups)) == [a, b]
    assert (p.kept, p.cut) == (20, 1) and not p.under_cap
    assert all(lead in grp for lead, grp in zip(p.leads, p.groups, strict=True))
    assert propose_split(a + b, ties, cap=6) == p  # seeded: repeatable


def test_members_without_ties_follow_their_interests_and_caps_hold():
    members = list(range(1, 13))
    ties = [(1, 2, 5), (2, 3, 5), (7, 8, 5), (8, 9, 5)]
    interests = {m: ("读书" if m <= 6 else "跑步") for m in members}
    p = propose_split(members, ties, cap=6, interests=interests)
    assert all(len(g) <= 6 for g in p.groups)
    g1 = next(g for g in p.groups if 1 in g)
    assert {4, 5, 6} <= set(g1)


def test_under_cap_split_is_allowed_with_a_note():
    p = propose_split([1, 2, 3], [(1, 2, 3)], cap=40)
    assert p.under_cap and len(p.groups) == 2


def test_split_of_2000_members_places_everyone_within_the_cap():
    rnd = random.Random(3)
    members = list(range(2000))
    ties = [(rnd.randrange(2000), rnd.randrange(2000), rnd.randint(1, 10)) for _ in range(20000)]
    p = propose_split(members, ties, cap=40)
    assert sorted(m for g in p.groups for m in g) == members
    assert max(len(g) for g in p.groups) <= 40
