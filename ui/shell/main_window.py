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
from desktop.services.core.team_login import is_team_url
from desktop.services.core.team_login import shown as team_shown
from desktop.settings import VIEWS, Settings
from ui.common.write import FAILED, write
from ui.shell import encryption_actions, help_menu, team_members_dialog, window_printing
from ui.shell.toolbar_actions import wire_main_toolbar
from ui.shell.transfer_menu import TransferMenus
from ui.shell.undo import StepCommand, replay_refused
from ui.shell.undo import restore as restore_undo
from ui.shell.views import CommunityViews
from ui.shell.welcome import WelcomePage

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

        self._seals = watch_seals(
            self.undo_stack, lambda: self.services.path if self.services else None, self
        )
        self.community_id: int | None = None
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        for title in (self.tr("Today"), self.tr("Members"), self.tr("Structure"), self.tr("Events"),
                      self.tr("Outputs"), self.tr("Health")):  # fmt: skip
            self.nav.addItem(title)  # in the order of desktop.settings.VIEWS
        self.nav.setCurrentRow(VIEWS.index("members"))
        self.nav.currentRowChanged.connect(self.show_view)
        for row in range(self.nav.count()):  # Ctrl+1 … Ctrl+6: the views
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda r=row: self.nav.setCurrentRow(r))
        self.stack = QStackedWidget()
        self.views = CommunityViews(self, self.stack)
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
            m,
            self.tr("&Print this view…"),
            lambda: window_printing.print_view(self),
            QKeySequence(QKeySequence.StandardKey.Print),
        )
        self.act_print.setStatusTip(
            self.tr("Members: the list as filtered · Structure: the chart · Events: the selected event's plan"
                    " · Outputs: the compilation · Health: the one-page report")
        )  # fmt: skip
        self.act_pdf = add(m, self.tr("Members list as P&DF…"), lambda: window_printing.pdf_members(self))
        m.addSeparator()
        add(m, self.tr("Connect to a &team server…"), self.connect_team)
        self.act_backups = add(m, self.tr("&Backups…"), self.show_backups)
        self.encryption_menu = encryption_actions.add_menu(self, m)
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
        self.act_chart = add(
            c, self.tr("Export structure &chart…"), lambda: window_printing.export_chart(self)
        )
        self.act_print_chart = add(
            c, self.tr("&Print structure chart…"), lambda: window_printing.print_chart(self)
        )
        c.addSeparator()
        add(c, self.tr("People who &left…"), lambda: self.members_view and self.members_view.review_left())
        add(c, self.tr("&Team…"), lambda: team_members_dialog.show(self))  # the server's roles (issue 15)
        h = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.add_items(self, h)
        add(h, self.tr("&About Beehive"), self.about)
        self.main_toolbar = wire_main_toolbar(self, undo, redo)  # the view's main actions, with icons

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.get("recent_workspaces"):
            self.recent_menu.addAction(p).triggered.connect(
                lambda _c=False, p=p: self.load_workspace(p if is_team_url(p) else Path(p))
            )

    # --- workspace and community -------------------------------------------------------------------
    def set_services(self, services: Services) -> None:
        if self.services is not None:
            self.views.drop()  # they belong to the workspace being closed
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
            self.settings.add_recent(team_shown(services.path) if services.is_server else services.path)
        self._fill_recent()
        server = services.is_server  # a team workspace: no file, so no backups or encryption here
        for file_only in (self.act_backups, self.encryption_menu.menuAction()):
            file_only.setEnabled(not server)
        name = team_shown(services.path) if server else services.path.name
        title = name + (" " + self.tr("(read-only copy of a backup)") if read_only else "")
        self.setWindowTitle(f"{title} — {self.tr('Beehive')}")
        status = self.tr("Team workspace on {server}").format(server=name) if server else services.path.as_posix()
        if services.backup_path:
            status = self.tr("Workspace upgraded; a copy was kept at {path}").format(
                path=services.backup_path
            )
        self.statusBar().showMessage(status)
        self.refresh_communities()

    def _push_step(self, step) -> None:
        self.undo_stack.push(StepCommand(self.services, step, replay_refused))

    def _on_changes(self, changes) -> None:
        if changes.communities_changed and (changes.elsewhere or not changes.reset):
            self.refresh_communities()  # a reset of another file loads the workspace afresh anyway
        if changes.by:  # another organiser on the team server
            self.statusBar().showMessage(self.tr("Changes by %1 were loaded.").replace("%1", changes.by), 10_000)
        elif changes.elsewhere:
            self.statusBar().showMessage(
                self.tr("Changes written by another Beehive process were loaded."), 10_000
            )

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
        if community_id == self.community_id and self.views.built:
            return
        self.views.drop()
        self.community_id = community_id
        if not has:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.community_box.setCurrentIndex(self.community_box.findData(community_id))
        self.settings.set("last_community", self.community_box.currentText())
        self.show_view(self.nav.currentRow())

    def show_view(self, row: int) -> None:
        """Navigation: the views of desktop.settings.VIEWS (of the community shown)."""
        if self.community_id is None:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.views.show(VIEWS[max(0, row)])

    def go(self, target: str) -> None:
        """Show a view by name; "events:new" also starts a new event there."""
        name, _, then = target.partition(":")
        self.nav.setCurrentRow(VIEWS.index(name if name in VIEWS else "members"))
        if then == "new" and self.events_view is not None:
            self.events_view.new_event()

    def open_event(self, event_id: int) -> None:
        self.go("events")
        self.events_view.select_event(event_id)

    def has_events(self) -> bool:
        return self.community_id is not None and self.services.events.has_events(self.community_id)

    @property
    def members_view(self):
        return self.views.get("members")

    @property
    def today_view(self):
        return self.views.get("today")

    @property
    def structure_view(self):
        return self.views.get("structure")

    @property
    def events_view(self):
        return self.views.get("events")

    @property
    def outputs_view(self):
        return self.views.get("outputs")

    @property
    def health_view(self):
        return self.views.get("health")

    def release_services(self) -> None:
        """Hand the open workspace to another window (after a language switch) without closing it."""
        self.views.drop()
        self.services.changes.changed.disconnect(self._on_changes)
        self.services.changes.step_recorded.disconnect(self._push_step)
        self.services = None

    def connect_team(self) -> None:
        """File ▸ Connect to a team server…: the address is kept in the recent list, the password only in
        the keyring (ui/shell/team_dialog.py)."""
        from ui.shell.team_dialog import TeamDialog

        last = next((p for p in self.settings.get("recent_workspaces") if is_team_url(p)), "")
        dialog = TeamDialog(self, last)
        if dialog.exec():
            self.load_workspace(dialog.server.url())

    def load_workspace(self, path: Path | str) -> bool:
        """A workspace file, or a team server's postgresql:// address."""
        if not is_team_url(str(path)) and not encryption_actions.unlocked(self, path):
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
        self.views.save_layouts()
        super().closeEvent(event)
