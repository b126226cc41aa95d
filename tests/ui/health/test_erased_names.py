"""An erased member's placeholder ("Erased person N", stored in English) is shown in the interface
language everywhere people are listed: the health lists, the members behind a number, the outputs
table's and board's contributors. And density / top share say "—" while no tie is recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QPushButton

from desktop.services.drafts import MemberDraft, OutputDraft
from desktop.services.members.erase import Erasure
from ui.common import member_list_dialog

SHOWN = "已删除的成员 1"  # the catalog's "Erased person {n}" (context Erased)


@pytest.fixture
def zh(qapp):
    from desktop import i18n

    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")  # back to the suite's language


@pytest.fixture
def erased(services, community_id):
    """张三 and a member who was erased, both newcomers with one activity today, co-authors of a work."""
    w, today = services.member_writes, dt.date.today().isoformat()
    joined = (dt.date.today() - dt.timedelta(days=10)).isoformat()
    zs = w.create(community_id, MemberDraft(name="张三", joined_on=joined))
    gone = w.create(community_id, MemberDraft(name="王离开", joined_on=joined))
    with services.db.write("test activity") as uow:
        for m in (zs, gone):
            uow.insert_one("activity", community_id=community_id, member_id=m, on_date=today, kind="chat", count=1,
                           weight=1.0, source="manual", note="")  # fmt: skip
    services.output_writes.create(community_id, OutputDraft(title="合写", kind="article",
                                  contributors=((zs, "author"), (gone, "editor"))))  # fmt: skip
    Erasure(services.db).erase([gone])
    assert "Erased person 1" in {n for (n,) in services.db.query("SELECT name FROM member")}
    return zs, gone


def health(qtbot, services, community_id):
    from ui.health.view import HealthView

    view = HealthView(services, community_id)
    qtbot.addWidget(view)
    view.wait()
    return view


def test_health_lists_and_the_members_behind_a_number_translate_the_placeholder(
    zh, erased, qtbot, services, community_id, monkeypatch
):
    view = health(qtbot, services, community_id)
    lists = view.lists.toPlainText()
    assert SHOWN in lists and "Erased person" not in lists
    shown = []
    monkeypatch.setattr(member_list_dialog, "show_names", lambda parent, title, names: shown.append(names))
    active = next(b for b in view.findChildren(QPushButton) if b.text().startswith("活跃"))
    active.click()
    assert shown and SHOWN in shown[0] and "张三" in shown[0] and "Erased person 1" not in shown[0]


def test_outputs_contributors_translate_the_placeholder(
    zh, erased, qtbot, services, community_id, monkeypatch
):
    from ui.outputs.view import OutputsView

    view = OutputsView(services, community_id)
    qtbot.addWidget(view)
    people = view.model.data(view.model.index(0, 3))
    assert people == f"张三、{SHOWN}"
    drawn = []
    monkeypatch.setattr(QPainter, "drawText", lambda painter, *a: drawn.append(str(a[-1])))
    from ui.outputs.board import OutputBoard

    board = OutputBoard()
    qtbot.addWidget(board)
    board.set_outputs(services.outputs.outputs(community_id), 30)
    board.resize(2400, 300)  # wide cards: nothing elided
    board.grab()  # paints the cards: kind · contributors
    assert any(SHOWN in t for t in drawn) and not any("Erased person" in t for t in drawn), repr(drawn)
    from ui.outputs.compilation import booklet_html

    books = services.compilations
    page = booklet_html(books.booklet(community_id, books.chosen(community_id)))
    assert SHOWN in page and "Erased person" not in page  # the printed compilation names them the same way


def test_the_placeholder_reads_in_english_under_english(erased):
    from ui.common.person_names import shown_name, shown_names
    from ui.members.erased import shown_name as members_shown_name

    assert shown_name("Erased person 1") == "Erased person 1"
    assert members_shown_name is shown_name  # the members views keep importing it from there
    assert shown_names(["张三", "Erased person 12"]) == ["张三", "Erased person 12"]
    assert shown_name("Erased person 1 and more") == "Erased person 1 and more"  # only the placeholder itself


def test_density_and_top_share_say_dash_while_no_tie_is_recorded(erased, qtbot, services, community_id):
    zs, _ = erased
    view = health(qtbot, services, community_id)

    def button(key):
        from ui.health.text import HealthText

        name = dict((k, n) for k, n, _ in HealthText().numbers())[key]
        return next(b for b in view.findChildren(QPushButton) if b.text().split("\n")[0] == name)

    for key in ("density", "top_share"):
        assert button(key).text().split("\n")[1] == "—"
        assert button(key).toolTip().startswith("No ties recorded yet.")
    other = services.member_writes.create(community_id, MemberDraft(name="李四"))
    with services.db.write("test tie") as uow:
        uow.insert_one("connection", community_id=community_id, a_id=min(zs, other), b_id=max(zs, other),
                       strength=3, source="manual")  # fmt: skip
    view.reload()
    view.wait()
    assert button("density").text().split("\n")[1].endswith("%")
    assert button("density").text().split("\n")[1] != "—"
    assert not button("density").toolTip().startswith("No ties")


def test_structure_unit_members_and_today_follow_ups_translate_the_placeholder(
    zh, erased, qtbot, services, community_id
):
    from types import SimpleNamespace

    from ui.structure.view import StructureView
    from ui.today.follow_ups import FollowUpsPanel

    zs, gone = erased
    unit = services.structure_writes.create_unit(community_id, "读书组")
    services.structure_writes.add_members(unit, [zs, gone])
    view = StructureView(services, community_id)
    qtbot.addWidget(view)
    view.show_unit(unit)
    rows = [view.members.item(i).text().rstrip(" ★") for i in range(view.members.count())]
    assert SHOWN in rows and "Erased person 1" not in rows
    panel = FollowUpsPanel()
    qtbot.addWidget(panel)
    follow = SimpleNamespace(newcomers=("张三", "Erased person 1"), drifting=(), open_duties=(),
                             stalled_outputs=(), any=lambda: True)  # fmt: skip
    panel.show_lists(follow)
    assert SHOWN in panel.text.text() and "Erased person" not in panel.text.text()
