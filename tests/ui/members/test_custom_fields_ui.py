"""Custom fields in the window: the editor's rows save with the member, the detail pane shows them,
the Custom fields dialog edits them, and the members filter finds by them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from desktop.settings import Settings
from tests.helpers import snapshot


@pytest.fixture
def fields(services, community_id):
    cf = services.custom_fields
    return {
        "size": cf.add_field(community_id, "T恤尺码", "choice", "S; M; L; XL"),
        "diet": cf.add_field(community_id, "Dietary needs"),
        "expiry": cf.add_field(community_id, "会员到期", "date"),
        "height": cf.add_field(community_id, "身高", "number"),
    }


def _steps(services):
    steps = []
    services.db.on_step.append(steps.append)
    return steps


def test_editor_has_a_row_per_field_and_saves_them_with_the_member(
    qtbot, services, community_id, people, fields
):
    from ui.members.editor import MemberEditor

    services.custom_fields.set_values(community_id, people["Li Wei"], {fields["size"]: "M"})
    dlg = MemberEditor(services, community_id, people["Li Wei"])
    qtbot.addWidget(dlg)
    w = dlg.custom.widgets
    assert isinstance(w[fields["size"]], QComboBox) and w[fields["size"]].currentText() == "M"
    assert all(isinstance(w[fields[k]], QLineEdit) for k in ("diet", "expiry", "height"))
    w[fields["size"]].setCurrentIndex(w[fields["size"]].findData("XL"))
    w[fields["diet"]].setText("vegetarian")
    w[fields["expiry"]].setText("2025年6月30日")
    dlg.city.setText("北京")
    steps = _steps(services)
    dlg.accept()
    assert dlg.result() == 1 and [s.label for s in steps] == ["Edit member"]
    assert services.members.get(people["Li Wei"]).city == "北京"
    assert services.custom_fields.values(people["Li Wei"]) == {
        fields["size"]: "XL", fields["diet"]: "vegetarian", fields["expiry"]: "2025-06-30"
    }  # fmt: skip


def test_a_bad_value_is_refused_inline_and_nothing_written(qtbot, services, community_id, fields):
    from ui.members.editor import MemberEditor

    dlg = MemberEditor(services, community_id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name.setText("Sophie Martin")
    height = dlg.custom.widgets[fields["height"]]
    height.setText("tall")
    before = snapshot(services.path)
    dlg.accept()
    assert dlg.result() == 0 and "身高: not a number: tall" in dlg.error.text()
    assert dlg.focusWidget() is height and snapshot(services.path) == before
    height.setText("168")
    dlg.accept()
    assert dlg.result() == 1 and services.custom_fields.values(dlg.member_id) == {fields["height"]: "168"}


def test_editor_without_custom_fields_is_as_before(qtbot, services, community_id):
    from ui.members.editor import MemberEditor

    dlg = MemberEditor(services, community_id)
    qtbot.addWidget(dlg)
    dlg.name.setText("王芳")
    dlg.idents.item(0, 1).setText("13700001111")
    dlg.accept()
    assert dlg.result() == 1 and dlg.custom.fields == []


def test_detail_shows_the_filled_fields_and_follows_changes(qtbot, services, community_id, people, fields):
    from ui.members.detail import MemberDetail

    cf = services.custom_fields
    cf.set_values(community_id, people["张三"], {fields["size"]: "L", fields["expiry"]: "2025-03-31"})
    page = MemberDetail(services, community_id)
    qtbot.addWidget(page)
    page.show_member(people["张三"])
    text = page.toPlainText()
    assert "\nT恤尺码\nL\n" in text and "\n会员到期\n2025-03-31\n" in text
    assert "Dietary needs" not in text and "身高" not in text  # empty fields are not listed
    cf.rename_field(fields["size"], "T-shirt size")
    assert "T-shirt size" in page.toPlainText()
    cf.set_values(community_id, people["张三"], {fields["diet"]: "素食"})
    assert "素食" in page.toPlainText()


def test_dialog_adds_edits_and_deletes_fields(qtbot, services, community_id, people, monkeypatch):
    from ui.members.custom_fields_dialog import CustomFieldsDialog, FieldForm

    dlg = CustomFieldsDialog(services, community_id)
    qtbot.addWidget(dlg)
    cf = services.custom_fields
    form = FieldForm("Add custom field", lambda *a: cf.add_field(community_id, *a[:3]))  # a[3]: private
    qtbot.addWidget(form)
    form.name.setText("Email")
    form.accept()
    assert form.result() == 0 and "standard member column" in form.error.text()
    form.name.setText("T恤尺码")
    form.kind.setCurrentIndex(form.kind.findData("choice"))
    assert form.choices.isEnabled()
    form.choices.setText("S；M；L")
    form.accept()
    assert form.result() == 1
    dlg.reload()
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 1).text() == "Choice"
    assert dlg.table.item(0, 2).text() == "S; M; L"
    (size,) = cf.fields(community_id)
    cf.set_values(community_id, people["张三"], {size.id: "M"})
    dlg.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    steps = _steps(services)
    dlg.delete()
    assert dlg.table.rowCount() == 0 and cf.fields(community_id) == []
    services.db.undo(steps[0])
    assert cf.values(people["张三"]) == {size.id: "M"}


def test_edit_form_changes_kind_and_name(qtbot, services, community_id, people, monkeypatch):
    from ui.members import custom_fields_dialog
    from ui.members.custom_fields_dialog import CustomFieldsDialog

    cf = services.custom_fields
    fid = cf.add_field(community_id, "身高")
    cf.set_values(community_id, people["李四"], {fid: "1,650"})
    dlg = CustomFieldsDialog(services, community_id)
    qtbot.addWidget(dlg)
    dlg.table.selectRow(0)

    class Filled(custom_fields_dialog.FieldForm):
        def exec(self):
            self.name.setText("Height (cm)")
            self.kind.setCurrentIndex(self.kind.findData("number"))
            self.accept()
            return self.result()

    monkeypatch.setattr(custom_fields_dialog, "FieldForm", Filled)
    dlg.edit()
    assert cf.field(fid).name == "Height (cm)" and cf.field(fid).kind == "number"
    assert cf.values(people["李四"]) == {fid: "1650"}


def test_members_view_filters_by_a_field_and_offers_the_dialog(qtbot, services, community_id, people, fields):
    from ui.members.view import MembersView

    cf = services.custom_fields
    cf.set_values(community_id, people["张三"], {fields["size"]: "L"})
    cf.set_values(community_id, people["李四"], {fields["size"]: "M"})
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    assert view.act_custom_fields in view._bulk_menu().actions()
    view.model.set_filter("T恤尺码 = L")
    assert view.model.rowCount() == 1 and view.model.data(view.model.index(0, 0)) == "张三"
    cf.set_values(community_id, people["Li Wei"], {fields["size"]: "l"})  # the filtered list follows
    assert {view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())} == {
        "张三",
        "Li Wei",
    }
