"""The duplicate scan: blocks find the pairs, "not a duplicate" is remembered, Cancel stops it."""

from __future__ import annotations

import pytest

from desktop.services.core.progress import Cancelled, Progress
from desktop.services.members.duplicates import MAX_SHARED, find_duplicates, mark_not_duplicate
from models.member_draft import MemberDraft


def add(services, cid, name, *identities, city="", org=""):
    draft = MemberDraft(name=name, identities=tuple(identities), city=city, organisation=org)
    return services.member_writes.create(cid, draft)


@pytest.fixture
def people(services, community_id):
    w = {}
    w["zhang"] = add(services, community_id, "张三", ("phone", "13800138000"), city="北京")
    w["zhang_latin"] = add(services, community_id, "Zhang San", ("email", "zhang.san@qq.com"), city="Beijing")
    w["zhang_phone"] = add(services, community_id, "三哥", ("phone", "+86 138 0013 8000"))
    w["smith"] = add(services, community_id, "Smith, John", ("email", "john@example.com"), city="London")
    w["smith2"] = add(services, community_id, "John Smith", ("phone", "+44 20 7946 0958"), city="London")
    w["jon"] = add(services, community_id, "Jon Smith", org="Acme Ltd")
    w["john_acme"] = add(services, community_id, "John Smith", org="ACME LTD")
    w["li"] = add(services, community_id, "李四", ("wechat_id", "lisi_88"), city="上海")
    w["wang"] = add(services, community_id, "王五", ("wechat_id", "wangwu"), city="上海")
    return w


def pairs(candidates):
    return {(c.a_id, c.b_id): c for c in candidates}


def test_finds_shared_identities_and_names(services, community_id, people):
    found = pairs(find_duplicates(services.db, community_id))
    p = people
    assert found[(p["zhang"], p["zhang_phone"])].reasons == ("same_phone",)  # +86 spelling normalised
    assert found[(p["smith"], p["smith2"])].reasons == ("same_name", "same_city")
    assert found[(p["jon"], p["john_acme"])].reasons == ("similar_name", "same_organisation")
    assert (p["li"], p["wang"]) not in found  # same city, different people
    assert (p["zhang"], p["zhang_latin"]) not in found  # 北京 and Beijing are not compared: 45 < 50
    scores = [c.score for c in found.values()]
    assert scores == sorted(scores, reverse=True)


def test_not_a_duplicate_is_never_proposed_again_and_is_one_undo_step(services, community_id, people):
    steps = []
    services.db.on_step.append(steps.append)
    a, b = people["smith2"], people["smith"]
    mark_not_duplicate(services.db, a, b)
    mark_not_duplicate(services.db, a, b)  # twice: still one row, no empty step
    assert len(steps) == 1
    assert (b, a) not in pairs(find_duplicates(services.db, community_id))
    services.db.undo(steps[0])
    assert (b, a) in pairs(find_duplicates(services.db, community_id))


def test_placeholder_phone_shared_by_many_is_not_a_person(services, community_id):
    for n in range(MAX_SHARED + 1):
        add(services, community_id, f"Guest {n:02d} Placeholder{n}", ("phone", "13800000000"))
    assert find_duplicates(services.db, community_id) == []


def test_progress_reports_and_cancel_stops(services, community_id, people):
    seen = []
    find_duplicates(services.db, community_id, Progress(lambda d, t: seen.append((d, t))))
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        find_duplicates(services.db, community_id, progress)
