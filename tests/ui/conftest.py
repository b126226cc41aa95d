from __future__ import annotations

import pytest

from desktop.services.drafts import MemberDraft


@pytest.fixture(autouse=True, scope="session")
def gc_on_the_gui_thread(qapp):
    """As in the app (desktop/app.py): cycles collected only on the GUI thread."""
    from ui.common import gui_thread_gc

    gui_thread_gc.install(qapp)


@pytest.fixture
def people(services, community_id):
    """A few members with known names, contacts and an invitation."""
    w = services.member_writes
    zs = w.create(community_id, MemberDraft(name="张三", identities=(("phone", "13812345678"),), tags="读书"))
    ls = w.create(
        community_id, MemberDraft(name="李四", identities=(("email", "lisi@example.com"),), inviter_id=zs)
    )
    lw = w.create(
        community_id, MemberDraft(name="Li Wei", identities=(("wechat_id", "liwei88"),), city="上海")
    )
    return {"张三": zs, "李四": ls, "Li Wei": lw}
