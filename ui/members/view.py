"""The members view: type-to-filter, the big table, bulk actions and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.settings import Settings
from ui.common.empty_state import EmptyState, window_import
from ui.common.write import write
from ui.members.detail import MemberDetail
from ui.members.model import MembersModel


class MembersView(QWidget):
    def __init__(self, services: Services, community_id: int, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.settings = services, community_id, settings
        self.model = MembersModel(services, community_id, self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Filter: name, pinyin (zhangsan, zs), nickname, WeChat, phone, email, tag")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(self.tr("A custom field: type its name, = and a value (T恤尺码 = L); for numbers "
                                       "and dates also < or >; nothing after = finds members without a value. "
                                       "Consent: photos = no, directory = yes, contact = (never asked)."))  # fmt: skip
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(lambda: self.model.set_filter(self.filter.text().strip()))
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.filter.returnPressed.connect(self.open_single_match)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        # Set the indicator and restore the layout before sorting is enabled: enabling it sorts once,
        # and the model skips a sort it already has (each reload is a query over every member).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        vh.hide()
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.horizontalHeader().setSectionsMovable(True)
        if state := settings.state("MembersView", "header"):
            self.table.horizontalHeader().restoreState(state)
        self.table.setSortingEnabled(True)
        self.detail = MemberDetail(services, community_id)
        self._make_actions()
        self.body = QStackedWidget()  # the table, or what to do when it would be empty
        self.body.addWidget(self.table)
        self._empty_states()
        split = QSplitter()
        split.addWidget(self.body)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.splitter = split
        if state := settings.state("MembersView", "splitter"):
            split.restoreState(state)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        for act in (self.act_add, self.act_edit, self.act_delete):
            b = QToolButton()
            b.setDefaultAction(act)
            top.addWidget(b)
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(self._bulk_menu())
        top.addWidget(more)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._kept: list[int] = []
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.reloaded.connect(self._show_empty)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.installEventFilter(self)  # Enter on a row opens it, as a double click does
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self._bulk_menu().exec(self.table.viewport().mapToGlobal(pos))
        )
        self._update_count()
        self._show_empty()

    def _empty_states(self) -> None:
        """No members yet: the two ways to start. A filter matching nobody: say so, offer to clear it."""
        native = QKeySequence.SequenceFormat.NativeText
        text = self.tr("No members yet — import a list (File ▸ Import ▸ Members…, {import_key}) or add one "
                       "({add_key}).").format(import_key=QKeySequence("Ctrl+I").toString(native),
                                              add_key=self.act_add.shortcut().toString(native))  # fmt: skip
        self.no_members = EmptyState(text, [(self.tr("Import members…"), lambda: window_import(self, "members")),
                                            (self.tr("Add member…"), self.add)])  # fmt: skip
        self.no_match = EmptyState("", [(self.tr("Clear the filter"), self.clear_filter)])
        self.body.addWidget(self.no_members)
        self.body.addWidget(self.no_match)

    def _show_empty(self) -> None:
        if self.model.rowCount():
            self.body.setCurrentWidget(self.table)
        elif self.model.filter_text:
            self.no_match.label.setText(
                self.tr("Nobody matches “{text}”.").format(text=self.model.filter_text)
            )
            self.body.setCurrentWidget(self.no_match)
        else:
            self.body.setCurrentWidget(self.no_members)

    def clear_filter(self) -> None:
        self.filter.clear()
        self._debounce.stop()
        self.model.set_filter("")
        self.filter.setFocus()

    def _make_actions(self) -> None:
        def action(text: str, slot, shortcut=None) -> QAction:
            a = QAction(text, self)
            a.triggered.connect(slot)
            if shortcut is not None:
                a.setShortcut(shortcut)
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
            return a

        self.act_add = action(self.tr("Add member"), self.add, QKeySequence("Ctrl+Shift+A"))
        self.act_edit = action(self.tr("Edit"), self.edit, QKeySequence("F2"))
        self.act_delete = action(
            self.tr("Delete"), self.delete, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.act_tag = action(self.tr("Add tag…"), lambda: self.tag(True), QKeySequence("Ctrl+T"))
        self.act_untag = action(self.tr("Remove tag…"), lambda: self.tag(False), QKeySequence("Ctrl+Shift+T"))
        self.act_status = action(self.tr("Set status…"), self.set_status)
        self.act_connect = action(
            self.tr("Connect the two selected…"), self.connect_two, QKeySequence("Ctrl+K")
        )
        self.act_duplicates = action(
            self.tr("Find duplicates…"), self.find_duplicates, QKeySequence("Ctrl+Shift+D")
        )
        self.act_find = action(
            self.tr("Find"), self.focus_filter, QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.act_custom_fields = action(self.tr("Custom fields…"), self.edit_custom_fields)
        self.act_export_person = action(self.tr("Export everything about this person…"), self.export_person)
        self.act_erase = action(self.tr("Erase this person…"), self.erase)
        self.act_left = action(self.tr("People who left…"), self.review_left)

    def _bulk_menu(self) -> QMenu:
        menu = QMenu(self)
        for a in (
            self.act_add,
            self.act_edit,
            self.act_delete,
            None,
            self.act_tag,
            self.act_untag,
            self.act_status,
            self.act_connect,
            self.act_duplicates,
            None,
            self.act_custom_fields,
            None,
            self.act_export_person,
            self.act_erase,
            self.act_left,
        ):
            menu.addSeparator() if a is None else menu.addAction(a)
        return menu

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # fmt: skip
            self.edit()
            return True
        return super().eventFilter(watched, event)

    def open_single_match(self) -> None:
        """Enter in the filter: one match opens that member; several move to the list (↑/↓, Enter)."""
        self._debounce.stop()
        self.model.set_filter(self.filter.text().strip())
        rows = self.model.rowCount()
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()
        if rows == 1:
            self.edit()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # --- selection -----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        ids: list[int] = []
        for rng in self.table.selectionModel().selection():
            ids.extend(self.model.id_at(r) for r in range(rng.top(), rng.bottom() + 1))
        return list(dict.fromkeys(ids))

    def _remember_selection(self) -> None:
        self._kept = self.selected_ids()

    def _restore_selection(self) -> None:
        rows = sorted(r for r in (self.model.row_of(i) for i in self._kept) if r is not None)
        sel = QItemSelection()
        last = self.model.columnCount() - 1
        start = prev = None
        for r in rows + [None]:
            if start is not None and (r is None or r != prev + 1):
                sel.select(self.model.index(start, 0), self.model.index(prev, last))
                start = None
            if r is not None and start is None:
                start = r
            prev = r
        if not sel.isEmpty():
            self.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(self.model.index(rows[0], 0))
        self._update_count(len(rows))

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.detail.show_member(ids[0] if len(ids) == 1 else None)
        self._update_count(len(ids))

    def _update_count(self, n: int = 0) -> None:
        text = self.tr("%n member(s)", "", self.model.rowCount())
        if n > 1:
            text += " · " + self.tr("%n selected", "", n)
        self.count.setText(text)

    # --- actions -------------------------------------------------------------------------------
    def add(self) -> None:
        from ui.members.editor import MemberEditor  # dialogs load on first use, not before the first paint

        dlg = MemberEditor(self.services, self.community_id, None, self)
        if dlg.exec() and dlg.member_id is not None and (r := self.model.row_of(dlg.member_id)) is not None:
            self.table.selectRow(r)

    def edit(self) -> None:
        ids = self.selected_ids()
        if ids:
            from ui.members.editor import MemberEditor

            MemberEditor(self.services, self.community_id, ids[0], self).exec()

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Delete %n member(s)?", "", len(ids))
        invited = self.services.members.invitee_count(ids)
        if invited:
            text += "\n" + self.tr(
                "They invited %n other member(s); those will have no inviter.", "", invited
            )
        text += "\n" + self.tr("You can undo this with Edit ▸ Undo.")
        if QMessageBox.question(self, self.tr("Delete members"), text) == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.services.member_writes.delete(ids))

    def tag(self, add: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        title = self.tr("Add tag") if add else self.tr("Remove tag")
        text, ok = QInputDialog.getText(
            self, title, self.tr("Tags (separate with ;) for %n member(s):", "", len(ids))
        )
        tags = [t.strip() for t in text.replace("；", ";").split(";") if t.strip()]
        if ok and tags:
            self._run(lambda: self.services.member_writes.tag(ids, tags, add))

    def set_status(self) -> None:
        ids = self.selected_ids()
        if ids:
            from ui.members.status_dialog import StatusDialog

            dlg = StatusDialog(len(ids), self)
            if dlg.exec():
                self._run(lambda: self.services.member_writes.set_status(ids, *dlg.values()))

    def connect_two(self) -> None:
        """Record that the two selected members know each other (who-knows-whom, 链接度)."""
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(self, self.tr("Connect members"), self.tr("Select exactly two members."))
            return
        strength, ok = QInputDialog.getInt(self, self.tr("Connect members"),
                                           self.tr("How well do they know each other (1–10)?"), 5, 1, 10)  # fmt: skip
        if ok:
            self._run(
                lambda: self.services.structure_writes.connect(self.community_id, ids[0], ids[1], strength)
            )

    def find_duplicates(self) -> None:
        from ui.members.duplicates_dialog import find_duplicates_dialog

        self.duplicates_dialog = find_duplicates_dialog(self.services, self.community_id, self)

    def edit_custom_fields(self) -> None:
        from ui.members.custom_fields_dialog import CustomFieldsDialog

        CustomFieldsDialog(self.services, self.community_id, self).exec()

    def export_person(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            from ui.members.person_export_action import export_person

            export_person(self, self.services, ids[0])

    def erase(self) -> None:
        from ui.members.erase_dialog import erase_people

        erase_people(self, self.services, self.selected_ids())

    def review_left(self) -> None:
        from ui.members.left_people_dialog import LeftPeopleDialog

        months = int(self.settings.get("left_review_months") or 12)
        LeftPeopleDialog(self.services, self.community_id, months, self).exec()

    def _run(self, fn) -> None:
        write(self, self.tr("Not done"), fn)

    def save_state(self) -> None:
        self.settings.save_state("MembersView", "header", self.table.horizontalHeader().saveState())
        self.settings.save_state("MembersView", "splitter", self.splitter.saveState())
