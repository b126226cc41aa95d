from __future__ import annotations

import pytest

from tests.helpers import snapshot, write_csv
from ui.shell.import_dialog import ImportDialog


def test_preview_shows_mapping_and_rejected_rows_then_imports_the_rest(
    qtbot, services, community_id, tmp_path
):
    path = write_csv(tmp_path / "m.csv", "姓名,邮箱,鞋码\n甲,a@example.com,40\n乙,bad@,41\n", "gbk")
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    assert dlg.rejected.rowCount() == 1 and dlg.rejected.item(0, 0).text() == "3"
    assert "Invalid email" in dlg.rejected.item(0, 1).text()
    mapping = {
        dlg.mapping.item(r, 0).text(): dlg.mapping.item(r, 1).text() for r in range(dlg.mapping.rowCount())
    }
    assert mapping == {"姓名": "Name", "邮箱": "Email", "鞋码": "Custom field “鞋码” (Number)"}
    assert not dlg.import_button.isEnabled()
    before = snapshot(services.path)
    dlg.skip.setChecked(True)
    assert dlg.import_button.isEnabled()
    assert snapshot(services.path) == before
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result() == 1, timeout=5000)
    assert services.members.count(community_id) == 1


def test_unreadable_file_shows_the_reason(qtbot, services, community_id, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "empty" in dlg.summary.text(), timeout=5000)
    assert not dlg.import_button.isEnabled()


def test_many_rejected_rows_are_capped_on_screen_and_saved_in_full(qtbot, services, community_id, tmp_path):
    import csv

    from ui.shell.import_dialog import SHOWN_REJECTED

    bad = SHOWN_REJECTED + 200
    text = "name,email\n" + "".join(f"P{i},bad{i}@\n" for i in range(bad))
    dlg = ImportDialog(services, community_id, write_csv(tmp_path / "m.csv", text))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=10000)
    assert (
        dlg.rejected.rowCount() == SHOWN_REJECTED + 1
        and "200 more" in dlg.rejected.item(SHOWN_REJECTED, 1).text()
    )
    out = tmp_path / "rejected.csv"
    dlg.save_rejected_rows(str(out))
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Line", "Reason"] and len(rows) == bad + 1 and rows[-1][0] == str(bad + 1)


def test_connections_through_the_import_dialog(qtbot, services, community_id, tmp_path):
    from desktop.services.drafts import MemberDraft

    for name in ("甲", "乙"):
        services.member_writes.create(community_id, MemberDraft(name=name))
    path = write_csv(tmp_path / "c.csv", "成员A,成员B,强度\n甲,乙,6\n甲,甲,3\n")
    dlg = ImportDialog(services, community_id, path, None, "connections")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    assert "1 ready to import, 1 rejected" in dlg.summary.text()
    mapping = {
        dlg.mapping.item(r, 0).text(): dlg.mapping.item(r, 1).text() for r in range(dlg.mapping.rowCount())
    }
    assert mapping == {"成员A": "Member A", "成员B": "Member B", "强度": "Strength"}
    dlg.skip.setChecked(True)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result() == 1, timeout=5000)
    assert [s for _, _, s in services.structure.ties(community_id)] == [6]


@pytest.mark.parametrize("kind", ["outputs", "events"])
def test_events_and_outputs_through_the_import_dialog(qtbot, services, community_id, tmp_path, kind):
    from desktop.services.drafts import MemberDraft

    services.member_writes.create(community_id, MemberDraft(name="张三"))
    text = {"outputs": "标题,状态,贡献者\n合写的书,drafting,张三:author\n坏,finished,张三\n",
            "events": "标题,开始,结束\n读书会,2026-12-05 19:00,2026-12-05 21:00\n反了,2026-12-05 19:00,2026-12-05 18:00\n"}[kind]  # fmt: skip
    dlg = ImportDialog(services, community_id, write_csv(tmp_path / "x.csv", text), None, kind)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    assert "1 ready to import, 1 rejected" in dlg.summary.text()
    dlg.skip.setChecked(True)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result() == 1, timeout=5000)
    found = (
        services.outputs.outputs(community_id) if kind == "outputs" else services.events.events(community_id)
    )
    assert [x.title for x in found] == ["合写的书" if kind == "outputs" else "读书会"]


def _imported_as(dlg) -> dict[str, str]:
    return dlg.mapping.imported_as()


def _choose(dlg, row: int, field: str) -> None:
    combo = dlg.mapping.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData(field))


def test_a_remapped_column_is_read_again_and_remembered_for_the_same_headers(
    qtbot, services, community_id, tmp_path
):
    from ui.shell.import_columns import IGNORED

    text = "称呼,联系方式,城市\n张伟,13800138000,北京\n"
    dlg = ImportDialog(services, community_id, write_csv(tmp_path / "a.csv", text))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.mapping.rowCount() == 3, timeout=5000)
    assert dlg.plan is None and "name column" in dlg.summary.text()  # 称呼 is no known header
    _choose(dlg, 0, "name")  # the organiser says which column is the name, then the phone
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    _choose(dlg, [r for r in range(3) if dlg.mapping.item(r, 0).text() == "联系方式"][0], "phone")
    qtbot.waitUntil(lambda: dlg.plan is not None and "联系方式" not in dlg.plan.unknown_columns, timeout=5000)
    assert [t.values["name"] for t in dlg.plan.targets] == ["张伟"]
    assert _imported_as(dlg) == {"称呼": "Name", "联系方式": "Phone", "城市": "City"}
    again = ImportDialog(
        services, community_id, write_csv(tmp_path / "b.csv", "城市,称呼,联系方式\n上海,李娜,13912345678\n")
    )
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.plan is not None and bool(again.plan.targets), timeout=5000)
    assert [t.values["name"] for t in again.plan.targets] == ["李娜"]  # the same header set, remembered
    assert dict(again.plan.targets[0].identities) == {"phone": "+8613912345678"}
    _choose(again, [r for r in range(3) if again.mapping.item(r, 0).text() == "城市"][0], IGNORED)
    qtbot.waitUntil(lambda: again.plan is not None and "城市" in again.plan.ignored_columns, timeout=5000)
    assert "城市" not in again.plan.custom_columns and again.plan.targets[0].values["city"] == ""


def test_an_unknown_column_is_kept_as_a_custom_field_unless_ignored(qtbot, services, community_id, tmp_path):
    from ui.shell.import_columns import CUSTOM, IGNORED

    path = write_csv(tmp_path / "c.csv", "姓名,手机,行业\n张伟,13800138000,教育\n李娜,13912345678,金融\n")
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    assert dlg.plan.custom_columns == {"行业": ("行业", "text")}
    assert _imported_as(dlg)["行业"] == "Custom field “行业” (Text)"
    row = [r for r in range(3) if dlg.mapping.item(r, 0).text() == "行业"][0]
    _choose(dlg, row, IGNORED)
    qtbot.waitUntil(lambda: dlg.plan is not None and "行业" in dlg.plan.ignored_columns, timeout=5000)
    assert dlg.plan.custom_columns == {}
    _choose(dlg, row, CUSTOM)  # and back: the choice still names the field it would be
    qtbot.waitUntil(lambda: dlg.plan is not None and "行业" in dlg.plan.custom_columns, timeout=5000)


def test_the_first_rows_show_as_decoded_and_the_encoding_can_be_switched(
    qtbot, services, community_id, tmp_path
):
    path = tmp_path / "tw.csv"
    path.write_bytes("姓名,電話\n陳大文,+852 9123 4567\n".encode("big5"))
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    assert dlg.preview.item(0, 0).text() == "陳大文" and "big5" in dlg.summary.text()
    combo = dlg.options.encoding
    combo.setCurrentIndex(combo.findData("gb18030"))
    qtbot.waitUntil(lambda: dlg.plan is None, timeout=5000)
    assert "does not read as sensible text" in dlg.summary.text() and not dlg.import_button.isEnabled()


def test_the_source_is_recognised_and_can_be_chosen_by_hand(qtbot, services, community_id):
    from pathlib import Path

    path = Path(__file__).parents[2] / "fixtures" / "presets" / "wechat_contacts.csv"
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    text = dlg.summary.text()
    assert "Recognised: WeChat contact list" in text and "1 name built from the WeChat remark (备注)" in text
    dlg.options.split_remarks.setChecked(True)
    qtbot.waitUntil(lambda: dlg.plan is not None and "赵丽" in [t.values["name"] for t in dlg.plan.targets],
                    timeout=5000)  # fmt: skip
    combo = dlg.options.preset
    combo.setCurrentIndex(combo.findData("none"))  # match columns by name only: 备注 is a note again
    qtbot.waitUntil(lambda: dlg.plan is not None and dlg.plan.preset == "", timeout=5000)
    assert "Recognised" not in dlg.summary.text() and "备注" not in dlg.plan.unknown_columns
    assert dlg.plan.mapping["备注"] == "notes"


def test_a_localised_meetup_export_tells_how_its_columns_were_read(qtbot, services, community_id):
    from pathlib import Path

    path = Path(__file__).parents[2] / "fixtures" / "presets" / "meetup_members_de.csv"
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    text = dlg.summary.text()
    assert "Recognised: Meetup member list" in text and "18 columns read by their place" in text
    assert "Ignored 12 columns the source keeps for itself" in text and "Ignored unknown" not in text


def test_possible_duplicates_are_listed_and_decided_in_the_preview(qtbot, services, community_id, tmp_path):
    path = write_csv(tmp_path / "f.csv", "姓名,手机\n张伟,13800138000\n李娜,13800138000\n")
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    assert "1 row shares an email, phone or WeChat ID" in dlg.summary.text()
    assert dlg.tabs.isTabVisible(3) and dlg.tabs.tabText(3) == "Possible duplicates (1)"
    assert [dlg.conflicts.item(0, c).text() for c in range(4)] == ["3", "李娜", "Phone +8613800138000",
                                                                   "张伟 (line 2)"]  # fmt: skip
    assert dlg.plan.new_count == 2
    combo = dlg.conflicts.cellWidget(0, 4)
    combo.setCurrentIndex(combo.findData("merge"))
    qtbot.waitUntil(lambda: dlg.plan is not None and dlg.plan.new_count == 1, timeout=5000)
    assert dlg.conflicts.cellWidget(0, 4).currentData() == "merge"  # the choice survives the re-read
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result() == 1, timeout=5000)
    assert services.members.count(community_id) == 1


def test_a_workbook_shows_its_sheets_and_one_can_be_chosen(qtbot, services, community_id):
    from pathlib import Path

    path = Path(__file__).parents[2] / "fixtures" / "hostile" / "workbook_title_rows.xlsx"
    dlg = ImportDialog(services, community_id, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    text = dlg.summary.text()
    assert "Sheets read: 在群 (2 rows), 已退群 (1 row)." in text and "Not read: 说明, 活动签到" in text
    assert {t.values["name"]: t.values["status"] for t in dlg.plan.targets} == {
        "张伟": "active", "李娜": "active", "王芳": "left"}  # fmt: skip
    combo = dlg.options.sheet
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "说明", "在群", "已退群", "活动签到"]
    combo.setCurrentIndex(combo.findData("已退群"))
    qtbot.waitUntil(lambda: dlg.plan is not None and len(dlg.plan.targets) == 1, timeout=5000)
    assert dlg.plan.targets[0].values["name"] == "王芳"


def test_an_attendance_file_without_event_column_imports_for_the_event_chosen(qtbot, services, community_id, tmp_path):
    import datetime as dt

    from desktop.services.drafts import EventDraft, MemberDraft

    services.member_writes.create(community_id, MemberDraft(name="张三"))
    for day in (5, 12):
        start = dt.datetime(2026, 12, day, 19)
        services.event_writes.create(community_id, EventDraft(title="读书会", start=start,
                                                              end=start + dt.timedelta(hours=2), tz="UTC"))  # fmt: skip
    path = write_csv(tmp_path / "door.csv", "姓名,签到\n张三,√\n")
    dlg = ImportDialog(services, community_id, path, None, "attendance")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "event" in dlg.summary.text().lower() or "活动" in dlg.summary.text(), timeout=5000)
    assert not dlg.import_button.isEnabled()  # no event column, none chosen
    combo = dlg.options.event
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["读书会 — 2026-12-12", "读书会 — 2026-12-05"]
    combo.setCurrentIndex(2)
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=5000)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result() == 1, timeout=5000)
    assert services.db.query("SELECT e.start_utc FROM attendance a JOIN event e ON e.id = a.event_id") == [
        ("2026-12-05T19:00:00Z",)]


@pytest.mark.parametrize(("suffix", "asked"), [(".csv", True), (".xlsx", True), (".ics", False), (".vcf", False)])
def test_day_first_is_asked_only_where_the_format_leaves_it_open(qtbot, suffix, asked):
    from ui.shell.import_options import ImportOptions

    options = ImportOptions(suffix, "events" if suffix == ".ics" else "members", False)
    qtbot.addWidget(options)
    options.show()
    assert options.day_first.isVisibleTo(options) is asked
