"""Views refresh from what a change means: one member's phone repaints that member's row and page, and
nothing else reloads; a lead's new name, a new unit or a check-in reach the views that show them."""

import pytest

from desktop.services.communities import CommunityInfo
from desktop.services.drafts import MemberDraft
from desktop.settings import Settings


@pytest.fixture
def window(qtbot, services, community_id, people):
    from desktop.services.container import open_services
    from ui.shell.main_window import MainWindow

    w = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(w)
    w.show()
    for name in ("structure", "events", "outputs", "members"):  # open each, then back to members
        w.go(name)
    return w


@pytest.fixture
def counts(window, monkeypatch):
    """Calls of each view's full reload, counted on the live objects."""
    seen = {"scene": 0, "events": 0, "outputs": 0, "members": 0, "rows": [], "detail": []}
    scene = window.structure_view.scene
    views = {"scene": (scene, "rebuild"), "events": (window.events_view, "reload"),
             "outputs": (window.outputs_view, "reload"), "members": (window.members_view.model, "reload")}  # fmt: skip
    for key, (obj, name) in views.items():
        original = getattr(obj, name)

        def counted(*a, _original=original, _key=key, **k):
            seen[_key] += 1
            return _original(*a, **k)

        monkeypatch.setattr(obj, name, counted)
    model = window.members_view.model
    model.dataChanged.connect(lambda top, bottom, *_: seen["rows"].append((top.row(), bottom.row())))
    detail = window.members_view.detail
    original_show = detail.show_member
    monkeypatch.setattr(detail, "show_member", lambda mid: (seen["detail"].append(mid), original_show(mid)))
    return seen


def test_one_members_phone_refreshes_that_row_and_page_only(services, window, counts, people):
    zs = people["张三"]
    window.members_view.detail.show_member(zs)
    counts["detail"].clear()
    services.member_writes.update(zs, MemberDraft(name="张三", identities=(("phone", "13900001111"),), tags="读书"))
    assert (counts["scene"], counts["events"], counts["outputs"], counts["members"]) == (0, 0, 0, 0)
    row = window.members_view.model.row_of(zs)
    assert counts["rows"] == [(row, row)] and counts["detail"] == [zs]


def test_a_leads_new_name_and_a_new_unit_reach_the_structure(services, window, counts, community_id, people):
    services.structure_writes.create_unit(community_id, "读书会", lead_id=people["张三"])
    assert counts["scene"] == 1  # (the events and outputs lists reload too: their unit filters list units)
    events, outputs = counts["events"], counts["outputs"]
    services.member_writes.update(people["张三"], MemberDraft(name="张叁", identities=(("phone", "13812345678"),)))
    assert counts["scene"] == 2 and counts["outputs"] == outputs + 1  # contributors' names are shown there
    assert counts["events"] == events  # the events list shows no member names


def test_a_check_in_refreshes_that_events_row(services, window, counts, community_id, people):
    import datetime as dt

    from desktop.services.drafts import EventDraft

    start = dt.datetime.now().replace(microsecond=0, second=0) + dt.timedelta(hours=1)
    draft = EventDraft(title="读书会", start=start, end=start + dt.timedelta(hours=2))
    eid = services.event_writes.create(community_id, draft)[0]
    before = counts["events"]
    services.rsvp_writes.check_in(eid, people["李四"])
    assert counts["events"] == before and counts["scene"] == 0
    row = next(i for i, e in enumerate(window.events_view.model.events) if e.id == eid)
    assert window.events_view.model.events[row].checked_in == 1


def test_the_community_box_follows_a_new_community(services, window):
    services.communities.create(CommunityInfo(name="第二社群"))
    assert window.community_box.findText("第二社群") >= 0
