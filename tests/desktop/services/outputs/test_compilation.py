"""The compilation's data: the chosen works in order, their contributors by code, the period."""

from __future__ import annotations

from desktop.services.drafts import MemberDraft
from desktop.services.events.printout_data import Contributor
from desktop.services.outputs.compilation import Booklet
from models.output_draft import OutputDraft


def test_the_booklet_holds_the_chosen_works_with_contributors_and_period(services, community_id):
    a, b = (services.member_writes.create(community_id, MemberDraft(name=n)) for n in ("张三", "李四"))
    w = services.output_writes
    first = w.create(community_id, OutputDraft(title="共读笔记", kind="article", created_on="2026-02-01",
                                               description="第一行\n第二行", contributors=((a, "author"), (b, "editor"))))  # fmt: skip
    second = w.create(community_id, OutputDraft(title="读书课", kind="course", status="published", created_on="2026-01-05",
                                                published_on="2026-03-10", contributors=((b, "speaker"),)))  # fmt: skip
    w.create(community_id, OutputDraft(title="旧作", kind="video", created_on="2025-05-01"))
    c = services.compilations
    assert c.chosen(community_id, start="2026-01-01") == [second, first]  # newest first, as the register
    assert c.chosen(community_id, kind="video") != [] and c.chosen(community_id, kind="talk") == []
    booklet = c.booklet(community_id, [first, second])
    assert isinstance(booklet, Booklet) and booklet.community == "测试社群"
    assert [x.title for x in booklet.works] == ["共读笔记", "读书课"]  # in the order chosen
    assert booklet.works[0].contributors == (Contributor("张三", "author"), Contributor("李四", "editor"))
    assert (booklet.works[1].kind, booklet.works[1].status, booklet.works[1].date) == ("course", "published", "2026-03-10")
    assert booklet.works[0].description == "第一行\n第二行"
    assert (booklet.start, booklet.end) == ("2026-02-01", "2026-03-10")  # from the works' dates
    assert (c.booklet(community_id, [first], "2026-01-01", "").start, c.booklet(community_id, [first], "", "").end) == (
        "2026-01-01", "2026-02-01")  # fmt: skip
