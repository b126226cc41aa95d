"""The Outputs view with nothing to show says why and what to do next (issue 14, part 4): no outputs
at all offers New output… and File ▸ Import ▸ Outputs…; filters that hide every output offer to show
them all."""

from __future__ import annotations

from desktop.services.drafts import OutputDraft


def _view(qtbot, services, community_id):
    from ui.outputs.view import OutputsView

    view = OutputsView(services, community_id)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    return view


def test_no_outputs_says_so_and_the_first_one_brings_the_table(qtbot, services, community_id, monkeypatch):
    from ui.outputs import output_dialog

    view = _view(qtbot, services, community_id)
    assert view.body.currentWidget() is view.empty
    assert view.empty.label.text().startswith("No outputs yet — record the first work")
    assert "(Ctrl+Shift+O)" in view.empty.label.text()
    opened = []
    monkeypatch.setattr(output_dialog.OutputDialog, "exec", lambda self: opened.append(self) or 0)
    new, _import = view.empty.buttons
    new.click()
    assert len(opened) == 1  # the New output… dialog
    services.output_writes.create(community_id, OutputDraft(title="第一篇", kind="article"))
    assert view.body.currentWidget() is view.tabs and view.model.rowCount() == 1


def test_filters_that_hide_everything_offer_to_show_all(qtbot, services, community_id):
    services.output_writes.create(community_id, OutputDraft(title="分享", kind="talk"))
    view = _view(qtbot, services, community_id)
    assert view.body.currentWidget() is view.tabs
    view.kind.setCurrentIndex(view.kind.findData("book"))
    assert view.body.currentWidget() is view.unmatched
    assert view.unmatched.label.text() == "No outputs match these filters."
    view.unmatched.buttons[0].click()
    assert view.kind.currentData() == "" and view.body.currentWidget() is view.tabs
    assert [o.title for o in view.model.outputs] == ["分享"]


def test_import_outputs_opens_file_import(qtbot, services, community_id, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.services.container import open_services
    from desktop.settings import VIEWS, Settings
    from ui.shell.main_window import MainWindow
    from ui.shell.transfer_menu import TransferMenus

    kinds = []
    monkeypatch.setattr(TransferMenus, "import_kind", lambda self, kind: kinds.append(kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    window = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(VIEWS.index("outputs"))
    view = window.outputs_view
    view.empty.buttons[1].click()
    assert kinds == ["outputs"]


def test_an_empty_table_keeps_its_column_widths(qtbot, services, community_id):
    view = _view(qtbot, services, community_id)
    widths = [view.table.columnWidth(c) for c in range(view.model.columnCount())]
    assert min(widths) >= 60  # not shrunk to the headers ("Kind", "Unit"), which the next session restores
