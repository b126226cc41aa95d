"""On a team server the members table reads its ids a page at a time from the last one read (keyset
paging), not the whole list at each keystroke; the order is the same as reading them all at once."""

from __future__ import annotations

import pytest

from desktop.services.communities import CommunityInfo
from desktop.services.container import open_services
from models.base import new_uuids
from models.members import search_text
from models.pinyin import name_keys
from ui.members import model as members_model
from ui.members.model import MembersModel

N = 5000


def _fill(services) -> int:
    cid = services.communities.create(CommunityInfo(name="万人读书会"))
    names = [f"{s}{g}{i % 7}" for i, (s, g) in enumerate((s, g) for s in "王李张刘陈" for g in "一二三四五六七八")]
    with services.db.write("bench") as uow:
        ids = uow.new_ids("member", N)
        rows = []
        for i, (mid, uuid) in enumerate(zip(ids, new_uuids(N), strict=True)):
            name = names[i % len(names)]
            rows.append({"id": mid, "uuid": uuid, "community_id": cid, "name": name, "city": "上海北京"[i % 4],
                         "sort_key": name_keys(name)[0], "search_text": search_text(name, [], "")})  # fmt: skip
        uow.insert("member", rows)
    return cid


@pytest.fixture
def server(pg_database):
    services = open_services(pg_database)
    yield services
    services.db.close()


@pytest.mark.parametrize("sort, descending, text", [("name", False, ""), ("city", True, ""), ("name", False, "wang")])
def test_the_table_pages_in_its_ids_in_the_same_order(qtbot, server, monkeypatch, sort, descending, text):
    cid = _fill(server)
    monkeypatch.setattr(members_model, "PAGE", 700)
    model = MembersModel(server, cid)
    model.sort_key, model.descending = sort, descending
    model.set_filter(text)
    model.reload()
    everything = server.members.ordered_ids(cid, text, sort, descending)
    assert model.rowCount() == len(everything) and len(model._ids) == min(members_model.FIRST, len(everything))
    last = len(everything) - 1
    assert model.id_at(last // 2) == everything[last // 2]  # paged to the middle only
    assert len(model._ids) < len(everything) or len(everything) <= members_model.FIRST + 700
    assert model.id_at(last) == everything[last] and model._ids == everything
