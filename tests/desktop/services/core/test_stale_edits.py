"""An edit saved on a member someone else changed since it was read is refused, saying who and when;
overwriting is a choice; each organiser's undo holds their own steps only (issue 15)."""

from __future__ import annotations

import pytest

from desktop.services.communities import CommunityInfo
from desktop.services.container import open_services
from desktop.services.core.history import History
from desktop.services.drafts import MemberDraft
from models.errors import ConflictError
from tests.pg_server import autocommit


def _draft(name: str, **kw) -> MemberDraft:
    return MemberDraft(name=name, identities=(("phone", "13812345678"),), **kw)


def _two_organisers(pg_database):
    """The same team database opened by its owner and by 李伟's login (a superuser: no policies in the way)."""
    autocommit(pg_database, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'liwei')"
                            " THEN CREATE ROLE liwei LOGIN SUPERUSER; END IF; END $$")  # fmt: skip
    owner = open_services(pg_database)
    scheme, rest = pg_database.split("://", 1)
    other = open_services(f"{scheme}://liwei@{rest.split('@', 1)[1]}")
    return owner, other


@pytest.mark.any_db
def test_an_update_moves_the_version_and_undo_brings_it_back(services):
    cid = services.communities.create(CommunityInfo(name="晨读会"))
    mid = services.member_writes.create(cid, _draft("张三"))
    assert services.members.get(mid).row_version == 1
    steps = []
    services.db.on_step.append(steps.append)
    services.member_writes.update(mid, _draft("张三", city="上海"))
    assert services.members.get(mid).row_version == 2
    services.member_writes.update(mid, MemberDraft(name="张三", city="上海"))  # only the phone went
    assert services.members.get(mid).row_version == 3
    services.db.undo(steps[-1])
    assert services.members.get(mid).row_version == 2


def test_a_stale_edit_in_a_file_is_refused_then_overwritten_when_chosen(services, tmp_path):
    cid = services.communities.create(CommunityInfo(name="晨读会"))
    mid = services.member_writes.create(cid, _draft("张三"))
    seen = services.members.get(mid).row_version
    elsewhere = open_services(services.path)  # a second process on the same file (the CLI)
    try:
        elsewhere.member_writes.update(mid, _draft("张三", city="北京"))
    finally:
        elsewhere.db.close()
    with pytest.raises(ConflictError) as refused:
        services.member_writes.update(mid, _draft("张三", city="上海"), seen_version=seen)
    assert refused.value.code == "changed_elsewhere" and refused.value.value == "张三"
    assert services.members.get(mid).city == "北京"  # nothing written
    services.member_writes.update(mid, _draft("张三", city="上海"), seen_version=None)  # overwrite
    assert services.members.get(mid).city == "上海"


def test_on_a_team_server_the_refusal_names_who_and_undo_is_your_own(pg_database):
    owner, other = _two_organisers(pg_database)
    try:
        cid = owner.communities.create(CommunityInfo(name="晨读会"))
        mid = owner.member_writes.create(cid, _draft("张三"))
        with other.db.write("team") as uow:
            uow.insert_one("team_member", login="liwei", name="李伟", role="organiser")
        seen = owner.members.get(mid).row_version
        other.member_writes.update(mid, _draft("张三", city="北京"), seen_version=seen)
        with pytest.raises(ConflictError) as refused:
            owner.member_writes.update(mid, _draft("张三", city="上海"), seen_version=seen)
        assert refused.value.code == "changed_by"
        assert refused.value.extra["who"] == "李伟" and ":" in refused.value.extra["at"]
        owner_steps = History(owner.db).undo_stack()
        other_steps = History(other.db).undo_stack()
        assert len(owner_steps) == 2 and len(other_steps) == 2  # each one's undo: their own steps  # create community + member; team row + edit
        assert {s.id for s, _ in owner_steps}.isdisjoint({s.id for s, _ in other_steps})
        # the owner's undo of creating 张三, after 李伟 changed him: refused, naming 李伟
        with pytest.raises(ConflictError) as undo_refused:
            owner.db.undo(owner_steps[-1][0])
        assert undo_refused.value.code == "changed_since_by" and undo_refused.value.extra["who"] == "李伟"
    finally:
        owner.db.close()
        other.db.close()
