"""The first hour, measured (issue 14): a member list imported through the real window, then the Health
dashboard read — counting the user's actions (a shortcut, a typed path + Enter counted as 2, a click)
and checking that the dashboard is understood: it says no activity is recorded yet and calls nobody a
removal candidate, instead of calling 60 people inactive."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.services.communities import CommunityInfo
from desktop.services.container import open_services
from desktop.settings import Settings
from tests.helpers import write_csv
from ui.shell.import_dialog import ImportDialog
from ui.shell.main_window import MainWindow

SURNAMES, GIVEN = "王李张刘陈杨黄赵吴周", ["子涵", "雨桐", "浩然", "欣怡", "梓萱", "俊杰"]


def test_import_sixty_members_then_the_dashboard_says_what_it_knows(qtbot, services, tmp_path, monkeypatch):
    rows = [f"{s}{g},138 {1000 + i:04d} {2000 + i:04d},wx_{i}" for i, (s, g) in
            enumerate((s, g) for s in SURNAMES for g in GIVEN)]  # fmt: skip
    path = write_csv(tmp_path / "群成员.csv", "姓名,手机号,微信号\n" + "\n".join(rows) + "\n", "gbk")
    services.communities.create(CommunityInfo(name="晨读会"))
    window = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    actions = 0

    def choose_file(*_args, **_kw):  # the file dialog: the path typed and Enter (2 actions)
        nonlocal actions
        actions += 2
        return str(path), ""

    def press_import():  # the import dialog, once its preview is read: one click on Import
        nonlocal actions
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog) and dialog.plan is not None and dialog.import_button.isEnabled():
            actions += 1
            dialog.import_button.click()
        else:
            QTimer.singleShot(50, press_import)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose_file))
    QTimer.singleShot(50, press_import)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File ▸ Import ▸ Members…
    actions += 1
    assert services.members.count(window.community_id) == 60
    window.activateWindow()  # back from the dialog (the offscreen platform does not hand focus back)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Health
    actions += 1
    health = window.health_view
    assert window.stack.currentWidget() is health
    health.wait()
    qtbot.waitUntil(lambda: health.report is not None and hasattr(health.report, "lists"), timeout=10_000)
    assert actions == 5
    assert health.first_run.isVisibleTo(health) and "No activity recorded yet" in health.notice.text()
    assert health.report.lists.removal_candidates == () and health.report.inactive == 0
    assert "晨读会" in window.community_box.currentText()
