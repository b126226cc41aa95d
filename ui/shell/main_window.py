"""The main window: menus, navigation between views, the community switcher, undo/redo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.services.container import Services
from desktop.settings import VIEWS, Settings
from ui.common.write import FAILED, write
from ui.members.view import MembersView
from ui.shell import encryption_actions, help_menu
from ui.shell.transfer_menu import TransferMenus
from ui.shell.undo import StepCommand, replay_refused
from ui.shell.undo import restore as restore_undo
from ui.shell.welcome import WelcomePage

LONG_LIST = 5000  # members; beyond this printing asks first
FILE_FILTER = "Beehive workspace (*.beehive *.sqlite *.db);;All files (*)"


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # the composition root rebuilds the window in the new language

    def __init__(
        self,
        services: Services,
        settings: Settings,
        open_workspace: Callable[[Path], Services],
        open_demo: Callable[[], Path],
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """`undo_stack`: the history of the window this one replaces (a language switch keeps it)."""
        super().__init__()
        self.settings, self.open_workspace, self.open_demo = settings, open_workspace, open_demo
        self.services: Services | None = None
        self.undo_stack = undo_stack or QUndoStack(self)
        self.undo_stack.setParent(self)
        self._keep_history = undo_stack is not None
        from ui.members.erase_seal import watch_seals  # a backup's sealed erasures leave the stack too

        self._seals = watch_seals(self.undo_stack, lambda: self.services.path if self.services else None, self)
        self.community_id: int | None = None
        self.members_view: MembersView | None = None
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.addItem(self.tr("Members"))
        self.nav.addItem(self.tr("Structure"))
        self.nav.addItem(self.tr("Events"))
        self.nav.addItem(self.tr("Outputs"))
        self.nav.addItem(self.tr("Health"))
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self.show_view)
        for row in range(self.nav.count()):  # Ctrl+1 … Ctrl+5: the views
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda r=row: self.nav.setCurrentRow(r))
        self.structure_view = None  # built when first shown: it is not needed for the first paint
        self.events_view = None
        self.outputs_view = None
        self.health_view = None
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.create_requested.connect(self.new_community)
        self.welcome.demo_requested.connect(self.switch_to_demo)
        self.stack.addWidget(self.welcome)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.community_box = QComboBox()
        self.community_box.setMinimumWidth(220)
        self.community_box.activated.connect(lambda i: self.show_community(self.community_box.itemData(i)))
        bar = QToolBar(self.tr("Community"))
        bar.setObjectName("communityBar")
        bar.addWidget(QLabel(self.tr("Community:") + " "))
        bar.addWidget(self.community_box)
        self.addToolBar(bar)
        self._menus()
        self.resize(1280, 800)
        if geometry := settings.state("MainWindow", "geometry"):
            self.restoreGeometry(geometry)
        self.set_services(services)

    # --- menus -------------------------------------------------------------------------------------
    def _menus(self) -> None:
        def add(menu, text, slot, shortcut=None) -> QAction:
            a = menu.addAction(text)
            a.triggered.connect(slot)
            if shortcut is not None:
                a.setShortcut(shortcut)
            return a

        m = self.menuBar().addMenu(self.tr("&File"))
        add(m, self.tr("&New workspace…"), self.new_workspace, QKeySequence(QKeySequence.StandardKey.New))
        add(
            m, self.tr("&Open workspace…"), self.choose_workspace, QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        m.addSeparator()
        self.transfer_actions = TransferMenus(self).build(m)
        m.addSeparator()
        self.act_print = add(
            m, self.tr("&Print this view…"), self.print_view, QKeySequence(QKeySequence.StandardKey.Print)
        )
        self.act_print.setStatusTip(
            self.tr("Members: the list as filtered · Structure: the chart · Events: the selected event's plan"
                    " · Outputs: the compilation · Health: the one-page report")
        )  # fmt: skip
        self.act_pdf = add(m, self.tr("Members list as P&DF…"), self.pdf_members)
        m.addSeparator()
        add(m, self.tr("&Backups…"), self.show_backups)
        encryption_actions.add_menu(self, m)
        m.addSeparator()
        add(m, self.tr("&Quit"), self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        e = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        e.addAction(undo)
        e.addAction(redo)
        add(e, self.tr("&History…"), self.show_history, QKeySequence("Ctrl+Shift+H"))
        e.addSeparator()
        add(e, self.tr("&Preferences…"), self.preferences, QKeySequence(QKeySequence.StandardKey.Preferences))
        c = self.menuBar().addMenu(self.tr("&Community"))
        add(c, self.tr("&New community…"), self.new_community)
        self.act_edit_community = add(c, self.tr("&Edit community…"), self.edit_community)
        self.act_chapter = add(c, self.tr("New &chapter from this community…"), self.new_chapter)
        self.act_chart = add(c, self.tr("Export structure &chart…"), self.export_chart)
        self.act_print_chart = add(c, self.tr("&Print structure chart…"), self.print_chart)
        c.addSeparator()
        add(c, self.tr("People who &left…"), lambda: self.members_view and self.members_view.review_left())
        h = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.add_items(self, h)
        add(h, self.tr("&About Beehive"), self.about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.get("recent_workspaces"):
            self.recent_menu.addAction(p).triggered.connect(
                lambda _c=False, p=p: self.load_workspace(Path(p))
            )

    # --- workspace and community -------------------------------------------------------------------
    def set_services(self, services: Services) -> None:
        if self.services is not None:
            self._drop_members_view()  # it belongs to the workspace being closed
            self.services.changes.changed.disconnect(self._on_changes)
            self.services.close()
        self.services = services
        if not self._keep_history:  # another workspace: its history is not this one's, but its own is on disk
            self.undo_stack.clear()
            if not services.read_only:
                restore_undo(self.undo_stack, services)
        self._keep_history = False
        services.changes.step_recorded.connect(self._push_step)
        services.changes.changed.connect(self._on_changes)
        read_only = services.read_only
        if not read_only:  # a backup's temporary copy is not a workspace to come back to
            self.settings.add_recent(services.path)
        self._fill_recent()
        title = services.path.name + (" " + self.tr("(read-only copy of a backup)") if read_only else "")
        self.setWindowTitle(f"{title} — {self.tr('Beehive')}")
        status = services.path.as_posix()
        if services.backup_path:
            status = self.tr("Workspace upgraded; a copy was kept at {path}").format(path=services.backup_path)
        self.statusBar().showMessage(status)
        self.refresh_communities()

    def _push_step(self, step) -> None:
        self.undo_stack.push(StepCommand(self.services, step, replay_refused))

    def _on_changes(self, changes) -> None:
        if changes.communities_changed and (changes.elsewhere or not changes.reset):
            self.refresh_communities()  # a reset of another file loads the workspace afresh anyway
        if changes.elsewhere:
            self.statusBar().showMessage(self.tr("Changes written by another Beehive process were loaded."), 10_000)

    def refresh_communities(self) -> None:
        communities = self.services.communities.all()
        self.community_box.clear()
        for c in communities:
            self.community_box.addItem(c.name, c.id)
        ids = [c.id for c in communities]
        wanted = self.community_id if self.community_id in ids else (ids[0] if ids else None)
        if wanted is None:
            last = self.settings.get("last_community")
            wanted = next((c.id for c in communities if c.name == last), None)
        self.show_community(wanted)

    def show_community(self, community_id: int | None) -> None:
        has = community_id is not None
        for a in (*self.transfer_actions, self.act_print, self.act_pdf, self.act_edit_community,
                  self.act_chapter, self.act_chart, self.act_print_chart):  # fmt: skip
            a.setEnabled(has)
        if community_id == self.community_id and self.members_view is not None:
            return
        self._drop_members_view()
        self.community_id = community_id
        if not has:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.community_box.setCurrentIndex(self.community_box.findData(community_id))
        self.settings.set("last_community", self.community_box.currentText())
        self.members_view = MembersView(self.services, community_id, self.settings)
        self.stack.addWidget(self.members_view)
        self.show_view(self.nav.currentRow())

    def show_view(self, row: int) -> None:
        """Navigation: 0 members, 1 structure, 2 events, 3 outputs, 4 health (of the community shown)."""
        if self.members_view is None:
            self.stack.setCurrentWidget(self.welcome)
            return
        if row == 4:
            if self.health_view is None:
                from ui.health.view import HealthView

                self.health_view = HealthView(self.services, self.community_id)
                self.health_view.navigate.connect(
                    lambda view: self.nav.setCurrentRow(
                        ("members", "structure", "events", "outputs").index(view)
                    )
                )
                self.stack.addWidget(self.health_view)
            self.stack.setCurrentWidget(self.health_view)
        elif row == 3:
            if self.outputs_view is None:
                from ui.outputs.view import OutputsView

                self.outputs_view = OutputsView(self.services, self.community_id)
                self.stack.addWidget(self.outputs_view)
            self.stack.setCurrentWidget(self.outputs_view)
        elif row == 2:
            if self.events_view is None:
                from ui.events.view import EventsView

                self.events_view = EventsView(self.services, self.community_id)
                self.stack.addWidget(self.events_view)
            self.stack.setCurrentWidget(self.events_view)
        elif row == 1:
            if self.structure_view is None:
                from ui.structure.view import StructureView

                self.structure_view = StructureView(self.services, self.community_id)
                self.stack.addWidget(self.structure_view)
            self.stack.setCurrentWidget(self.structure_view)
        else:
            self.stack.setCurrentWidget(self.members_view)

    def release_services(self) -> None:
        """Hand the open workspace to another window (after a language switch) without closing it."""
        self._drop_members_view()
        self.services.changes.changed.disconnect(self._on_changes)
        self.services.changes.step_recorded.disconnect(self._push_step)
        self.services = None

    def _drop_members_view(self) -> None:
        """Drop the views of the community shown (members and, if built, structure)."""
        if self.members_view is not None:
            self.members_view.save_state()
        for view in (
            self.members_view,
            self.structure_view,
            self.events_view,
            self.outputs_view,
            self.health_view,
        ):
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        self.members_view = self.structure_view = self.events_view = self.outputs_view = self.health_view = (
            None
        )

    def load_workspace(self, path: Path) -> bool:
        if not encryption_actions.unlocked(self, path):
            return False
        damaged = []
        services = write(self, self.tr("Cannot open workspace"), self.open_workspace, path,  # may migrate
                         on_error=damaged.append)  # fmt: skip
        if services is FAILED:
            if damaged and damaged[0].code in encryption_actions.LOCKED:
                return encryption_actions.ask_unlock(self, path) and self.load_workspace(path)
            if damaged and damaged[0].code == "workspace_damaged_backup":
                from ui.shell.backup_actions import offer_restore

                restored = offer_restore(self, damaged[0], self.tr("Open its newest good backup instead?"))
                return restored is not None and self.load_workspace(restored)
            return False
        self.community_id = None
        self.set_services(services)
        return True

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), "", FILE_FILTER)
        if path:
            self.load_workspace(Path(path) if Path(path).suffix else Path(path + ".beehive"))

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), "", FILE_FILTER)
        if path:
            self.load_workspace(Path(path))

    def show_history(self) -> None:
        from ui.shell.history_dialog import HistoryDialog

        HistoryDialog(self.services, self.community_id, self).exec()

    def show_backups(self) -> None:
        from ui.shell.backups_dialog import BackupsDialog

        BackupsDialog(self).exec()

    def replace_workspace(self, action) -> None:
        """Close the workspace, let `action(path)` replace the file (a restore), then open it again."""
        services, path = self.services, self.services.path
        self.release_services()
        services.close()
        try:
            write(self, self.tr("Restore"), action, path)
        finally:
            self.load_workspace(path)

    def switch_to_demo(self) -> None:
        self.load_workspace(self.open_demo())

    def new_community(self) -> None:
        from ui.shell.community_dialog import CommunityDialog

        dlg = CommunityDialog(self.services, None, self)
        if dlg.exec():
            self.community_id = dlg.info.id
            self.refresh_communities()

    def edit_community(self) -> None:
        info = self.services.communities.get(self.community_id)
        if info is not None:
            from ui.shell.community_dialog import CommunityDialog

            CommunityDialog(self.services, info, self).exec()

    def new_chapter(self) -> None:
        """复制: a new community with this one's rules, wanted specialties and unit tree, no members."""
        from PySide6.QtWidgets import QInputDialog

        current = self.community_box.currentText()
        name, ok = QInputDialog.getText(self, self.tr("New chapter"), self.tr("Name of the new chapter:"),
                                        text=self.tr("{name} (new chapter)").format(name=current))  # fmt: skip
        if ok:
            replicate = self.services.structure_writes.replicate
            new_id = write(self, self.tr("New chapter"), replicate, self.community_id, name)
            if new_id is FAILED:
                return
            self.community_id = new_id
            self.refresh_communities()

    def print_chart(self) -> None:
        from ui.structure import chart_export
        from ui.structure.scene import StructureScene

        scene = StructureScene(self.services, self.community_id, self)
        chart_export.print_preview(scene, self.services.communities.get(self.community_id), self)
        scene.deleteLater()

    def export_chart(self) -> None:
        from ui.structure import chart_export
        from ui.structure.scene import StructureScene

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export structure chart"), "structure.pdf",
                                              "PDF (*.pdf);;SVG (*.svg);;PNG (*.png)")  # fmt: skip
        if not path:
            return
        suffix = Path(path).suffix.lower()
        kind = suffix.lstrip(".") if suffix in (".svg", ".png") else "pdf"
        options = {}
        if kind == "pdf":
            from ui.structure.page_options_dialog import ChartOptions

            dialog = ChartOptions(self)
            if not dialog.exec():
                return
            options = dialog.options()
        scene = StructureScene(self.services, self.community_id, self)
        chart_export.export_chart(
            scene, self.services.communities.get(self.community_id), **{kind: path}, **options
        )
        scene.deleteLater()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)

    # --- import, export, print ---------------------------------------------------------------------
    def members_html(self, audience: str = "organisers") -> str:
        from ui.members import printing as member_printing

        view = self.members_view
        ids = [view.model.id_at(r) for r in range(view.model.rowCount())]
        return member_printing.members_html(self.services.member_lists.member_list(self.community_id, ids, audience))

    def _long_list_ok(self) -> bool:
        """A list of tens of thousands of members makes hundreds of pages: ask before building it."""
        rows = self.members_view.model.rowCount()
        if rows <= LONG_LIST:
            return True
        text = self.tr(
            "The list holds %n member(s), about {pages} pages. Filter it first, or print it all?", "", rows
        )
        answer = QMessageBox.question(self, self.tr("Print members list"), text.format(pages=rows // 40 + 1))
        return answer == QMessageBox.StandardButton.Yes

    def print_view(self) -> None:
        """Ctrl+P prints what is on screen."""
        shown = self.stack.currentWidget()
        if shown is None or shown is self.welcome:
            return
        if shown is self.structure_view:
            self.print_chart()
        elif shown is self.events_view:
            self.events_view.print_("plan")
        elif shown is self.outputs_view:
            self.outputs_view.print_compilation()
        elif shown is self.health_view:
            self.health_view.print_report()
        else:
            self.print_members()

    def print_members(self) -> None:
        from ui.common.audience_dialog import ask_audience
        from ui.members import printing as member_printing

        if self._long_list_ok() and (audience := ask_audience(self.tr("Print members list"), self)):
            member_printing.preview(self.members_html(audience), self)

    def pdf_members(self) -> None:
        from ui.common.audience_dialog import ask_audience

        if not self._long_list_ok() or not (audience := ask_audience(self.tr("Save PDF"), self)):
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), "members.pdf", "PDF (*.pdf)")
        if path:
            from ui.members import printing as member_printing

            member_printing.write_pdf(self.members_html(audience), Path(path))

    def preferences(self) -> None:
        from ui.shell.preferences_dialog import PreferencesDialog

        before = self.settings.get("language")
        if PreferencesDialog(self.settings, self).exec():
            self.services.set_options(self.settings.get("phone_region"), self.settings.get("day_first"))
            if self.settings.get("language") != before:
                self.language_changed.emit(self.settings.get("language"))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Beehive"),
            self.tr("Beehive (社群蜂巢) 0.1\nFor organisers of interest communities."),
        )

    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.save_state("MainWindow", "geometry", self.saveGeometry())
        self.settings.set("last_view", VIEWS[max(0, self.nav.currentRow())])
        if self.members_view is not None:
            self.members_view.save_state()
        super().closeEvent(event)
