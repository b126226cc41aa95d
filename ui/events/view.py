"""The Events view: the list with filters (when, kind, unit, date range), and the chosen event's plan
with the actions an organiser takes on it (edit, plan, guests, door check-in, print, .ics, delete)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from desktop.services.container import Services
from desktop.services.drafts import now_utc, split_list
from ui.common.empty_state import EmptyState, window_import
from ui.common.write import write
from ui.events.date_filter import DateFilter
from ui.events.file_actions import EventFileActions, printout_names
from ui.events.labels import event_kind_names
from ui.events.model import EventsModel
from ui.events.sheets import plan_html

NEW_EVENT_KEY = "Ctrl+Shift+N"


class EventsView(EventFileActions, QWidget):
    def __init__(self, services: Services, community_id: int, parent=None, settings=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.dates = DateFilter(settings)  # presets, remembered in `settings` when given
        self.when = self.dates.preset
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for code, label in event_kind_names().items():
            self.kind.addItem(label, code)
        for custom in split_list(services.communities.get(community_id).event_kinds):  # the organiser's own
            self.kind.addItem(custom, custom)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("All units"), None)
        for u in services.structure.units(community_id):
            self.unit.addItem(u.name, u.id)
        self.dates.changed.connect(self.reload)
        for box in (self.kind, self.unit):
            box.currentIndexChanged.connect(self.reload)
        self.model = EventsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # size columns from the first rows only
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(lambda *_: self.edit_event())
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Show")), self.dates, self.kind, self.unit):
            bar.addWidget(w)
        bar.addStretch(1)
        self.actions_row = QHBoxLayout()
        self._buttons()
        self.body = QStackedWidget()  # the list, or what to do when it would be empty
        self.body.addWidget(self.table)
        self._empty_states()
        split = QSplitter()
        split.addWidget(self.body)
        split.addWidget(self.detail)
        split.setSizes([820, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.actions_row)
        layout.addWidget(split)
        services.changes.changed.connect(self._on_changes)  # a bound slot: dropped with this view
        self.reload()

    def _buttons(self) -> None:
        def button(text, slot, key=None):
            b = QPushButton(text)
            b.clicked.connect(slot)
            if key:
                QShortcut(QKeySequence(key), self, slot)
                b.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            self.actions_row.addWidget(b)
            return b

        button(self.tr("New event…"), self.new_event, NEW_EVENT_KEY)
        self.needs_event = [
            button(self.tr("Edit…"), self.edit_event),
            button(self.tr("Plan…"), self.edit_plan, "Ctrl+Shift+P"),
            button(self.tr("Guests…"), self.guests, "Ctrl+Shift+G"),
            button(self.tr("Paste 接龙…"), self.paste_chain, "Ctrl+Shift+J"),
            button(self.tr("Door check-in"), self.check_in, "Ctrl+Shift+K"),
        ]
        more = QToolButton()
        more.setText(self.tr("Print and more"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for kind, text in (("plan", self.tr("Print event plan…")), ("signin", self.tr("Print sign-in sheet…")),
                           ("badges", self.tr("Print name badges…")), ("roster", self.tr("Print duty roster…")),
                           ("certificates", self.tr("Print attendance certificates…"))):  # fmt: skip
            menu.addAction(text, lambda k=kind: self.print_(k))
        pdf = menu.addMenu(self.tr("Save as PDF"))
        for kind, text in printout_names().items():  # each printout also straight to a PDF file
            pdf.addAction(f"{text}…", lambda k=kind: self.save_pdf(k))
        menu.addSeparator()
        menu.addAction(self.tr("Export to calendar (.ics)…"), self.export_ics)
        menu.addAction(self.tr("Save plan as template…"), self.save_template)
        menu.addAction(self.tr("Take out for a second laptop…"), self.take_out)
        menu.addSeparator()
        menu.addAction(self.tr("Delete event…"), self.delete_event)
        more.setMenu(menu)
        self.actions_row.addWidget(more)
        self.needs_event.append(more)
        self.actions_row.addStretch(1)

    # --- list -----------------------------------------------------------------------------------------
    def _empty_states(self) -> None:
        """No events yet: new event or import a calendar. None in the chosen dates: offer all of them."""
        key = QKeySequence(NEW_EVENT_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr("No events yet — create one ({key}) or import a calendar (File ▸ Import ▸ Events…, "
                       ".ics or a table).").format(key=key)  # fmt: skip
        self.no_events = EmptyState(text, [(self.tr("New event…"), self.new_event),
                                           (self.tr("Import a calendar…"), lambda: window_import(self, "events"))])  # fmt: skip
        self.none_shown = EmptyState(self.tr("No events in these dates or filters."),
                                     [(self.tr("Show all events"), self.show_all)])  # fmt: skip
        self.body.addWidget(self.no_events)
        self.body.addWidget(self.none_shown)

    def show_all(self) -> None:
        for box in (self.kind, self.unit):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        if self.dates.code() == "all":
            self.reload()
        else:
            self.dates.set_code("all")  # reloads

    def _show_empty(self, shown: int) -> None:
        if shown:
            self.body.setCurrentWidget(self.table)
        elif self.services.events.events(self.community_id):
            self.body.setCurrentWidget(self.none_shown)
        else:
            self.body.setCurrentWidget(self.no_events)

    def reload(self) -> None:
        keep = self.current_id()
        events = self.services.events.events(
            self.community_id, kind=self.kind.currentData(), unit_id=self.unit.currentData(),
            now_utc=now_utc(), **self.dates.query())  # fmt: skip
        self.model.set_events(events)
        self._show_empty(len(events))
        self.table.resizeColumnsToContents()
        for col in range(1, self.model.columnCount()):  # a long link or title must not squeeze the rest
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 240 if col == 1 else 140))
        rows = [i for i, e in enumerate(events) if e.id == keep] or ([0] if events else [])
        if rows:
            self.table.selectRow(rows[0])
        self._show_current()

    def _on_changes(self, changes) -> None:
        if changes.events_list_changed:
            self.reload()
            return
        if changes.member_fields_changed({"name"}) and self.isVisible():
            self._show_current()  # the plan beside the list names people; the list itself does not
        touched = changes.event_ids
        if not touched:
            return
        # a check-in at the door: refresh that event's counts, not the whole list (200k attendance rows)
        for row, e in enumerate(self.model.events):
            if e.id in touched:
                self.model.events[row] = self.services.events.event(e.id)
                self.model.dataChanged.emit(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )
        if self.current_id() in touched and self.isVisible():
            self._show_current()

    def current_id(self) -> int | None:
        index = self.table.currentIndex() if hasattr(self, "table") else None
        if index is None or not index.isValid() or index.row() >= len(self.model.events):
            return None
        return self.model.events[index.row()].id

    def current(self):
        eid = self.current_id()
        return self.services.events.event(eid) if eid is not None else None

    def _show_current(self, *_) -> None:
        eid = self.current_id()
        for w in self.needs_event:
            w.setEnabled(eid is not None)
        self.detail.setHtml(plan_html(self.services.printouts.plan(eid)) if eid is not None else
                            "<p>" + self.tr("No events here yet. Create one with New event.") + "</p>")  # fmt: skip

    # --- actions ----------------------------------------------------------------------------------------
    def _run(self, action, busy: bool = False) -> None:
        """No wait cursor unless asked: the file actions' printouts open a preview dialog of their own."""
        write(self, self.tr("Events"), action, busy=busy)

    def new_event(self) -> None:
        from ui.events.event_dialog import EventDialog

        dialog = EventDialog(self.services, self.community_id, None, self)
        if dialog.exec() and dialog.created:
            self.select_event(dialog.created[0])  # the new event, as shown by the list's filter

    def select_event(self, event_id: int) -> None:
        rows = [i for i, e in enumerate(self.model.events) if e.id == event_id]
        if rows:
            self.table.selectRow(rows[0])
            self.table.scrollTo(self.model.index(rows[0], 0))

    def edit_event(self) -> None:
        from ui.events.event_dialog import EventDialog

        if (e := self.current()) is not None:
            EventDialog(self.services, self.community_id, e, self).exec()

    def edit_plan(self) -> None:
        from ui.events.plan_dialog import PlanDialog

        if (e := self.current()) is not None:
            PlanDialog(self.services, e, self).exec()

    def guests(self) -> None:
        from ui.events.guests_dialog import GuestsDialog

        if (e := self.current()) is not None:
            GuestsDialog(self.services, e, self).exec()

    def paste_chain(self) -> None:
        from ui.events.chain_dialog import ChainDialog

        if (e := self.current()) is not None:
            ChainDialog(self.services, e, self).exec()

    def check_in(self) -> None:
        from ui.events.checkin_dialog import CheckInDialog

        if (e := self.current()) is not None:
            CheckInDialog(self.services, e, self).exec()

    def take_out(self) -> None:
        from ui.events.take_out_dialog import TakeOutDialog

        if (e := self.current()) is not None:
            TakeOutDialog(self.services, e, self).exec()

    def delete_event(self) -> None:
        from ui.events.event_dialog import ask_scope

        if (e := self.current()) is None:
            return
        if e.series_id is not None:
            scope = ask_scope(self)
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Delete event"),
                self.tr("Delete {title} with its plan and guest list? You can undo this.").format(
                    title=e.title
                ),
            )
            scope = "this" if answer == QMessageBox.StandardButton.Yes else None
        if scope:
            self._run(lambda: self.services.event_writes.delete(e.id, scope), busy=True)
