"""Health formulas on small hand-made cases with known answers."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.health import absence_factor, density, member_states, retention, strong_nodes, top_share

TODAY = dt.date(2026, 6, 30)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def test_member_states_by_last_activity_and_join_date():
    last = {1: ago(3), 2: ago(60), 3: ago(200), 4: ago(400), 5: None}
    joined = {1: ago(10), 2: ago(500), 3: ago(500), 4: ago(500), 5: ago(2)}
    s = member_states(last, joined, TODAY, 28)
    assert s["active"] == {1} and s["new"] == {1, 5} and s["quiet"] == {2}
    assert s["drifting"] == {3} and s["inactive"] == {4, 5}
    with pytest.raises(ValidationError) as e:
        member_states(last, joined, TODAY, 0)
    assert e.value.code == "bad_window"


def test_retention_absence_factor_density_top_share():
    assert retention({1, 2, 3, 4}, {2, 4, 9}) == 0.5
    assert retention(set(), {1}) is None
    assert absence_factor({1: 60, 2: 20, 3: 10, 4: 10}) == 1  # one member does half of everything
    assert absence_factor({1: 30, 2: 30, 3: 20, 4: 20}) == 2
    assert absence_factor({}) == 0
    assert density(4, 3) == 0.5 and density(1, 0) == 0.0
    star = [(1, m) for m in range(2, 11)] + [(2, 3)]  # member 1 holds 9 of 10 ties
    members = list(range(1, 12))
    assert top_share(star, members) == 1.0  # top 18 % of 11 = 2 members (1 and one of 2/3) touch every tie
    assert top_share([(5, 6)], members, 0.09) == 1.0


def test_strong_nodes_rank_the_hub_first():
    star = [(1, m) for m in range(2, 8)] + [(2, 3)]
    nodes = strong_nodes(star, list(range(1, 9)), limit=2)
    assert nodes[0][0] == 1 and nodes[0][1] == 6 and nodes[0][2] > nodes[1][2]


def test_introductions_pair_shared_interests_and_complementary_specialties_not_yet_connected():
    from models.introductions import suggest

    interests = {1: {"读书", "跑步"}, 2: {"读书", "跑步"}, 3: {"读书"}, 4: {"摄影"}}
    specialties = {1: {"设计"}, 2: {"财务"}, 3: {"设计"}}
    pairs = suggest(interests, specialties, connected={(1, 3)})
    assert (pairs[0].a, pairs[0].b, pairs[0].score) == (1, 2, 5)  # two shared interests + complementary
    assert pairs[0].shared == ("读书", "跑步") and pairs[0].offers == (("设计",), ("财务",))
    assert (1, 3) not in {(p.a, p.b) for p in pairs}  # already connected
    assert all(4 not in (p.a, p.b) for p in pairs)  # shares nothing


def test_levels_promote_now_and_demote_only_at_the_monthly_review():
    from models.levels import computed_level, effective_level

    assert computed_level(0, 0, 0, False) == "following"
    assert computed_level(3, 0, 0, False) == "participating"
    assert computed_level(1, 1, 0, False) == "contributing"
    assert computed_level(0, 0, 2, False) == "leading" and computed_level(0, 0, 0, True) == "leading"
    assert effective_level("participating", "contributing") == "contributing"  # promoted at once
    assert effective_level("contributing", "following") == "contributing"  # no flicker between reviews
    assert effective_level("contributing", "following", review=True) == "following"  # the monthly review
    assert effective_level("leading", "following", override="leading", review=True) == "leading"
    assert effective_level(None, "participating") == "participating"


def test_five_conditions_scores_on_known_cases():
    from models import scorecard

    interests = {1: {"读书"}, 2: {"读书"}, 3: {"读书"}, 4: {"读书"}, 5: {"摄影"}}
    assert scorecard.shared_interest(interests, peers=3)["score"] == 80  # 4 of 5 share 读书 with 3 others
    assert scorecard.structure(4, 3, 4, 0, 0)["score"] == 88  # (0.75 + 1.0) / 2
    assert scorecard.structure(2, 2, 2, 4, 2)["score"] == 83  # (1 + 1 + 0.5) / 3
    assert scorecard.output(6, 5) == {
        "score": 50,
        "published_per_month": 2.0,
        "contributors": 5,
        "fix": "outputs",
    }
    assert scorecard.operations(12, 0.5, 10, 10)["score"] == 83  # (1 + 0.5 + 1) / 3
    assert scorecard.replication(1, 5)["score"] == 100 and scorecard.replication(0, 1)["score"] == 25


def test_invitation_credit_and_the_monthly_rule():
    from models.invitations import Invitee, months_over, successful

    today = dt.date(2026, 6, 30)
    assert successful(
        Invitee(dt.date(2026, 1, 1), "active", dt.date(2026, 5, 1)), today
    )  # active after 90 days
    assert not successful(Invitee(dt.date(2026, 1, 1), "active", dt.date(2026, 2, 1)), today)  # faded early
    assert not successful(
        Invitee(dt.date(2026, 6, 1), "active", dt.date(2026, 6, 29)), today
    )  # too soon to tell
    assert not successful(Invitee(dt.date(2026, 1, 1), "left", dt.date(2026, 5, 1)), today)
    assert months_over([dt.date(2026, 1, 3), dt.date(2026, 1, 20), dt.date(2026, 2, 1), None]) == ["2026-01"]


def test_betweenness_on_arrays_matches_networkx_and_samples_with_a_fixed_seed():
    import networkx as nx
    import numpy as np

    from desktop.services.core.progress import Cancelled, Progress
    from models.network import Graph

    g = nx.gnm_random_graph(120, 300, seed=3)
    g.add_nodes_from(range(120, 125))  # members without ties
    e = np.array(g.edges())
    ours = Graph(125, e[:, 0], e[:, 1]).betweenness()
    ref = nx.betweenness_centrality(g)
    assert max(abs(ours[i] - ref[i]) for i in range(125)) < 1e-12
    big = nx.barabasi_albert_graph(2500, 2, seed=1)  # past EXACT_UP_TO: sampled sources
    e = np.array(big.edges())
    first, second = Graph(2500, e[:, 0], e[:, 1]).betweenness(), Graph(2500, e[:, 0], e[:, 1]).betweenness()
    assert (first == second).all() and int(np.argmax(first)) in (0, 1, 2, 3)  # a founding hub leads
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        Graph(2500, e[:, 0], e[:, 1]).betweenness(tick=progress.step)
