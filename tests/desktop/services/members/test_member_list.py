"""The printed members list's data: the rows asked for, in that order, with status codes."""

from __future__ import annotations

from desktop.services.drafts import MemberDraft
from desktop.services.members import member_list
from desktop.services.members.member_list import MemberLine


def test_the_list_keeps_the_order_asked_for_across_blocks(services, community_id, monkeypatch):
    monkeypatch.setattr(member_list, "CHUNK", 2)  # several blocks from five rows
    w = services.member_writes
    ids = [w.create(community_id, MemberDraft(name=f"成员{i}", city="上海", identities=(("phone", f"1381234567{i}"),)))
           for i in range(5)]  # fmt: skip
    wanted = [ids[3], ids[0], ids[4], ids[1]]
    data = services.member_lists.member_list(community_id, wanted)
    assert data.community == "测试社群"
    assert [m.name for m in data.members] == ["成员3", "成员0", "成员4", "成员1"]
    assert data.members[1] == MemberLine("成员0", "+8613812345670", "", "上海", "", data.members[1].joined_on, "active")
