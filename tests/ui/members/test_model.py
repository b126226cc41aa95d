from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.demo import create_demo
from ui.members.model import COLUMNS, MembersModel


def test_model_passes_the_qt_model_tester(qtmodeltester, services):
    cid = create_demo(services.db, 600)
    model = MembersModel(services, cid)
    qtmodeltester.check(model)
    assert model.rowCount() == 600


def test_sorting_runs_in_sql_and_pinyin_orders_names(services, community_id, people):
    model = MembersModel(services, community_id)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["李四", "Li Wei", "张三"]  # li si < li wei < zhang san
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["张三", "Li Wei", "李四"]
    city = [k for k, _, _ in COLUMNS].index("city")
    model.sort(city, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, city)) == "上海"


def test_filter_by_pinyin_initials_phone_and_email(services, community_id, people):
    model = MembersModel(services, community_id)
    for text, expected in [
        ("zs", ["张三"]),
        ("zhangsan", ["张三"]),
        ("138123", ["张三"]),
        ("lisi@", ["李四"]),
        ("li", ["李四", "Li Wei"]),
        ("读书", ["张三"]),
        ("nobody", []),
    ]:
        model.set_filter(text)
        assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == expected, text


def test_edit_refreshes_only_the_named_row(qtbot, services, community_id, people):
    model = MembersModel(services, community_id)
    tags = [k for k, _, _ in COLUMNS].index("tags")
    row = model.row_of(people["Li Wei"])
    with qtbot.waitSignal(model.dataChanged) as blocker:
        services.member_writes.tag([people["Li Wei"]], ["VIP"])
    assert blocker.args[0].row() == row and model.data(model.index(row, tags)) == "VIP"


def test_insert_and_delete_reload_ids(services, community_id, people):
    model = MembersModel(services, community_id)
    services.member_writes.delete([people["李四"]])
    assert model.rowCount() == 2
    inviter = [k for k, _, _ in COLUMNS].index("status")
    assert model.data(model.index(0, inviter)) == "active"


def test_first_screen_then_the_rest(qtbot, services):
    from ui.members.model import FIRST

    cid = create_demo(services.db, FIRST + 500)
    model = MembersModel(services, cid)
    assert model.rowCount() == FIRST + 500 and len(model._ids) == FIRST  # only the first screen read so far
    last = model.data(model.index(FIRST + 499, 0))  # reading past it completes the list in place
    assert last and len(model._ids) == FIRST + 500
    full = services.members.ordered_ids(cid)
    assert [model.id_at(r) for r in range(model.rowCount())] == full
