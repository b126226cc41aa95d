"""Edit an event's plan: agenda (times recomputed as durations change, run time against the event's
length), duties, tasks, materials and the notes for the day. OK saves it all as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from desktop.errors import DomainError
from desktop.messages import message
from desktop.services.drafts import run_sheet, run_time, to_local
from desktop.services.events.plan import Plan
from ui.common import ink
from ui.common.forms import error_label, ok_cancel
from ui.common.write import FAILED, write
from ui.events.labels import duty_names, minutes_text
from ui.events.plan_cells import DutyDelegate, MemberDelegate

DONE = Qt.CheckState.Checked
EDIT_ON = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
           | QAbstractItemView.EditTrigger.EditKeyPressed)  # fmt: skip


class LineTable(QTableWidget):
    """Rows of text cells; a 'done' column is a check box; rows move with Add / Remove / Up / Down."""

    def __init__(self, headers: list[str], check_column: int | None = None, first: int = 0) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.check_column, self.first = check_column, first  # `first`: the first column one types in
        self.setEditTriggers(EDIT_ON)  # typing on a cell edits it, as in a spreadsheet
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.verticalHeader().hide()

    def widths(self, stretch: int, **fixed: int) -> None:
        """One column takes the room left; the others get the widths given (c0=90: column 0)."""
        head = self.horizontalHeader()
        head.setStretchLastSection(False)
        for col in range(self.columnCount()):
            head.setSectionResizeMode(
                col, QHeaderView.ResizeMode.Stretch if col == stretch else QHeaderView.ResizeMode.Interactive
            )
            if f"c{col}" in fixed:
                self.setColumnWidth(
                    col, max(fixed[f"c{col}"], head.sectionSizeHint(col))
                )  # the header readable

    def add_new(self) -> None:
        """A blank row below the current one (at the end without one), selected, its first cell editing."""
        row = self.currentRow() + 1 if self.currentRow() >= 0 else self.rowCount()
        self.add([""] * self.columnCount(), at=row)
        self.setFocus()
        self.setCurrentCell(row, self.first)
        self.editItem(self.item(row, self.first))

    def add(self, values: list, ids: int | None = None, at: int | None = None) -> None:
        row = self.rowCount() if at is None else at
        self.insertRow(row)
        for col, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if col == self.check_column:
                item = QTableWidgetItem()
                item.setCheckState(DONE if value else Qt.CheckState.Unchecked)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids)
            self.setItem(row, col, item)

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item else ""

    def checked(self, row: int, col: int) -> bool:
        item = self.item(row, col)
        return bool(item) and item.checkState() == DONE

    def key(self, row: int):
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def move(self, delta: int) -> None:
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.rowCount():
            return
        for col in range(self.columnCount()):
            a, b = self.takeItem(row, col), self.takeItem(target, col)
            self.setItem(row, col, b)
            self.setItem(target, col, a)
        self.setCurrentCell(target, self.currentColumn())


class PlanDialog(QDialog):
    def __init__(self, services, event, parent=None) -> None:
        super().__init__(parent)
        self.services, self.info = services, event
        self.setWindowTitle(self.tr("Plan: {title}").format(title=event.title))
        self.start = to_local(event.start_utc, event.tz)
        self.length = int((to_local(event.end_utc, event.tz) - self.start).total_seconds() // 60)
        plan = services.events.plan(event.id)
        self.names = {v.name: k for k, v in services.members.rows(self._people(plan)).items()}
        by_id = {v: k for k, v in self.names.items()}
        self.agenda = LineTable([self.tr("Time"), self.tr("Item"), self.tr("Minutes"), self.tr("Fixed start (min or hh:mm)"),
                                 self.tr("Who"), self.tr("Notes")], first=1)  # fmt: skip
        for a in plan.agenda:
            self.agenda.add(["", a["title"], a["duration_min"], a["at_min"], by_id.get(a["owner_id"]) or a["owner_text"],
                             a["notes"]], a["id"])  # fmt: skip
        self.agenda.itemChanged.connect(self._recompute)
        roles = duty_names()
        self.duties = LineTable([self.tr("Duty"), self.tr("Who"), self.tr("Done")], check_column=2)
        for d in plan.duties:
            self.duties.add(
                [roles.get(d["role"], d["role"]), by_id.get(d["member_id"], ""), d["done"]], d["id"]
            )
        self.tasks = LineTable(
            [self.tr("Task"), self.tr("Who"), self.tr("Due"), self.tr("Done")], check_column=3
        )
        for t in plan.tasks:
            self.tasks.add([t["what"], by_id.get(t["member_id"], ""), t["due_on"], t["done"]], t["id"])
        self.materials = LineTable(
            [self.tr("Material"), self.tr("Quantity"), self.tr("Ready")], check_column=2
        )
        for m in plan.materials:
            self.materials.add([m["what"], m["quantity"], m["done"]], m["id"])
        self._cells(list(roles.values()))
        self.notes = QPlainTextEdit(plan.day_notes)
        self.notes.setPlaceholderText(self.tr("What to say at the opening, the group rules to remind…"))
        self.run_label = QLabel()
        tabs = QTabWidget()
        tabs.addTab(self._with_buttons(self.agenda, self.run_label), self.tr("Agenda"))
        tabs.addTab(self._with_buttons(self.duties), self.tr("Duties"))
        tabs.addTab(self._with_buttons(self.tasks), self.tr("Tasks"))
        tabs.addTab(self._with_buttons(self.materials), self.tr("Materials"))
        tabs.addTab(self.notes, self.tr("Notes for the day"))
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.resize(900, 520)
        self._recompute()

    def _cells(self, roles: list[str]) -> None:
        """Editors and widths: duties offer the standard roles, "Who" completes member names."""

        def find(text: str) -> list[tuple[int, str]]:
            return self.services.members.find(self.info.community_id, text, 20)

        self.duties.setItemDelegateForColumn(0, DutyDelegate(roles, self.duties))
        for table in (
            self.agenda,
            self.duties,
            self.tasks,
        ):  # a delegate per view: Qt's views don't share one
            table.setItemDelegateForColumn(4 if table is self.agenda else 1, MemberDelegate(find, table))
        self.agenda.widths(1, c0=95, c2=60, c3=120, c4=110, c5=150)
        self.duties.widths(1, c0=200, c2=70)
        self.tasks.widths(0, c1=160, c2=110, c3=70)
        self.materials.widths(0, c1=120, c2=70)

    @staticmethod
    def _people(plan: Plan) -> list[int]:
        ids = {a["owner_id"] for a in plan.agenda} | {x["member_id"] for x in plan.duties + plan.tasks}
        return [i for i in ids if i is not None]

    def _with_buttons(self, table: LineTable, extra: QLabel | None = None) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(table)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add"), table.add_new), (self.tr("Remove"), lambda: table.removeRow(table.currentRow())),
                           (self.tr("Up"), lambda: table.move(-1)), (self.tr("Down"), lambda: table.move(1))):  # fmt: skip
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        if extra is not None:
            row.addWidget(extra)
        v.addLayout(row)
        return box

    def _minutes(self, row: int, col: int) -> int | None:
        """Minutes typed in a cell; in the fixed-start column a clock time (20:15) is also understood."""
        text = self.agenda.text(row, col).replace("：", ":")
        if col == 3 and ":" in text:
            h, _, m = text.partition(":")
            if h.isdigit() and m.isdigit():
                return (int(h) * 60 + int(m) - self.start.hour * 60 - self.start.minute) % 1440
        return int(text) if text.lstrip("-").isdigit() else None

    def _recompute(self, *_) -> None:
        """Times follow from the durations (and fixed starts); the total is shown against the length."""
        rows = range(self.agenda.rowCount())
        lines = run_sheet([(self._minutes(r, 3), self._minutes(r, 2) or 0) for r in rows])
        self.agenda.blockSignals(True)
        for r, line in zip(rows, lines, strict=True):
            t0 = (self.start.hour * 60 + self.start.minute + line.start_min) % 1440
            t1 = (self.start.hour * 60 + self.start.minute + line.end_min) % 1440
            item = QTableWidgetItem(f"{minutes_text(t0)}–{minutes_text(t1)}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, self.agenda.key(r))
            self.agenda.setItem(r, 0, item)
        self.agenda.blockSignals(False)
        run = run_time(lines)
        text = self.tr("Run time {run} of {length}").format(
            run=minutes_text(run), length=minutes_text(self.length)
        )
        over = run > self.length
        self.run_label.setText(text + (" — " + message(DomainError("agenda_too_long")) if over else ""))
        self.run_label.setStyleSheet(f"color: {ink.alert()}; font-weight: bold;" if over else "")

    def _member(self, text: str) -> tuple[int | None, str]:
        """A typed name that is one member's becomes a link to them; other text stays as typed."""
        if not text:
            return None, ""
        if text in self.names:
            return self.names[text], ""
        same = [i for i, name in self.services.members.find(self.info.community_id, text, 20) if name == text]
        return (same[0], "") if len(same) == 1 else (None, text)  # 王芳 picked while 王芳芳 also matches

    def plan(self) -> Plan:
        codes = {v: k for k, v in duty_names().items()}
        a, d, t, m = self.agenda, self.duties, self.tasks, self.materials
        agenda = []
        for r in range(a.rowCount()):
            owner, owner_text = self._member(a.text(r, 4))
            agenda.append({"id": a.key(r), "title": a.text(r, 1), "duration_min": self._minutes(r, 2) or 0,
                           "at_min": self._minutes(r, 3), "owner_id": owner, "owner_text": owner_text, "notes": a.text(r, 5)})  # fmt: skip
        return Plan(
            agenda=agenda,
            duties=[
                {
                    "id": d.key(r),
                    "role": codes.get(d.text(r, 0), d.text(r, 0)),
                    "member_id": self._member(d.text(r, 1))[0],
                    "done": d.checked(r, 2),
                }
                for r in range(d.rowCount())
            ],  # fmt: skip
            tasks=[
                {
                    "id": t.key(r),
                    "what": t.text(r, 0),
                    "member_id": self._member(t.text(r, 1))[0],
                    "due_on": t.text(r, 2),
                    "done": t.checked(r, 3),
                }
                for r in range(t.rowCount())
            ],  # fmt: skip
            materials=[
                {"id": m.key(r), "what": m.text(r, 0), "quantity": m.text(r, 1), "done": m.checked(r, 2)}
                for r in range(m.rowCount())
            ],  # fmt: skip
            day_notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        save = self.services.event_writes.save_plan
        if (
            write(self, self.windowTitle(), lambda: save(self.info.id, self.plan()), inline=self.error)
            is FAILED
        ):
            return
        super().accept()
