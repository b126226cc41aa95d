"""Door check-in: type to find (name, pinyin initials, phone), Enter or a double-click checks in,
a live headcount, walk-ins in one short step, undo of any check-in, and closing (no-shows marked)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)  # fmt: skip

from desktop.services.drafts import to_local
from ui.common.forms import error_label, ok_cancel
from ui.common.member_picker import MemberPicker
from ui.common.write import FAILED, write
from ui.events.door_model import DoorModel
from ui.events.door_new_person import NewPersonDialog


class WalkInDialog(QDialog):
    """An existing member (pick one) or a new guest (name and phone)."""

    def __init__(self, services, event, parent=None) -> None:
        super().__init__(parent)
        self.services, self.info = services, event  # not self.event: that is QObject.event()
        self.setWindowTitle(self.tr("Walk-in"))
        self.member = MemberPicker(services, event.community_id)
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Existing member"), self.member)
        form.addRow(QLabel(self.tr("— or a new guest —")))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        rsvp, title = self.services.rsvp_writes, self.windowTitle()
        if self.member.text().strip():
            ok, member_id = self.member.member_id()
            if not ok:
                self.error.setText(self.tr("No single member matches; pick one from the list."))
                return
            done = write(self, title, rsvp.check_in, self.info.id, member_id, inline=self.error)
        else:
            done = write(self, title, rsvp.walk_in_guest, self.info.id, self.info.community_id, self.name.text(),
                         self.phone.text(), inline=self.error)  # fmt: skip
        if done is FAILED:
            return
        super().accept()


class CheckInDialog(QDialog):
    def __init__(self, services, event, parent=None) -> None:
        super().__init__(parent)
        self.services, self.info = services, event  # not self.event: that is QObject.event()
        self.setWindowTitle(self.tr("Door check-in: {title}").format(title=event.title))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, pinyin initials or phone; Enter checks in"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("After a check-in, type +2 and Enter: two guests came with them."))
        self.model = DoorModel(self)
        self.notice = QLabel()  # what the last Enter did, or why it did nothing
        self.notice.setWordWrap(True)
        self.pending: NewPersonDialog | None = None
        self.last: int | None = None  # the member last checked in, whom "+N" Enter gives guests
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(1, 150)
        self.table.doubleClicked.connect(lambda index: self.activate(index.row()))
        self.headcount = QLabel()
        font = QFont(self.headcount.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.headcount.setFont(font)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._enter)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Walk-in…"), self.walk_in), (self.tr("Undo check-in"), self.undo_selected),
                           (self.tr("Close check-in…"), self.close_check_in)):  # fmt: skip
            b = QPushButton(text)
            b.clicked.connect(slot)
            b.setAutoDefault(False)  # Enter in the search box checks in; it must not press a button
            buttons.addWidget(b)
        buttons.addStretch(1)
        done = QPushButton(self.tr("Done"))
        done.setAutoDefault(False)
        done.clicked.connect(self.accept)
        buttons.addWidget(done)
        self.search.installEventFilter(
            self
        )  # Ctrl+Z in the search box undoes the last check-in, not the typing
        self.table.installEventFilter(self)  # Enter in the list checks in the row
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, lambda: self._step(1))
        QShortcut(QKeySequence(Qt.Key.Key_Up), self.search, lambda: self._step(-1))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headcount)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.resize(760, 640)
        services.changes.changed.connect(self._on_changes)
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        roster = self.services.events.roster(self.info.id)
        others = self.services.rsvp_writes.not_on_list(self.info.id, self.info.community_id)
        self.model.set_people([r for r in roster if r.rsvp != "declined"],
                              [r for r in roster if r.rsvp == "declined"] + others)  # fmt: skip
        self._select_first()
        self._update_headcount()

    def _update_headcount(self) -> None:
        came, going, capacity = self.services.events.headcount(self.info.id)
        self.model.set_capacity(capacity)
        guests = self.model.guests_in()
        came += guests  # the headcount is people in the room
        if capacity and came > capacity:
            text = self.tr("{came} / {capacity} — {over} over capacity").format(
                came=came, capacity=capacity, over=came - capacity
            )
            text += " · " + self.tr("going {going}").format(going=going)
        else:
            text = self.tr("Checked in {came} · going {going}").format(came=came, going=going)
            if guests:
                text += " " + self.tr("(guests among them: {n})").format(n=guests)
            if capacity:
                text += " · " + self.tr("capacity {n}").format(n=capacity)
        self.headcount.setText(text)
        self.headcount.setStyleSheet("color: #b3261e;" if capacity and came > capacity else "")

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self.notice.clear()  # it spoke of the last name
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def _step(self, delta: int) -> None:
        row = max(0, min(self.model.rowCount() - 1, self._target_row() + delta))
        self.table.selectRow(row)

    def _target_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def _enter(self) -> None:
        """Enter in the search box: one person found checks them in, none asks for a new person, several
        move to the list (where ↑/↓ and Enter choose): a guess is never checked in."""
        text = self.search.text().strip()
        if not text:
            return
        if re.fullmatch(r"\+\d{1,2}", text):
            self._guests(int(text[1:]))
            return
        found = self.model.person_count()
        if found == 1:
            self.activate(0)
        elif found == 0:
            self.new_person()
        else:
            self.table.setFocus()
            self.table.selectRow(0)
            self.notice.setText(self.tr("Matches: {n} — choose with ↑/↓ and Enter.").format(n=found))

    def _guests(self, n: int) -> None:
        """ "+2" Enter: the last person checked in brought two guests."""
        row = next((x for x in self.model.rows if x.member_id == self.last), None)
        if row is None or not row.checked_in_at:
            self.notice.setText(
                self.tr("Check someone in first, then type +N and Enter for the guests with them.")
            )
            self._again()
            return
        if (
            write(
                self, self.windowTitle(), self.services.rsvp_writes.set_guests, self.info.id, row.member_id, n
            )
            is FAILED
        ):
            return
        self.notice.setText(self.tr("{name}: guests +{n}").format(name=row.name, n=n))
        self._again()

    def activate(self, row: int) -> None:
        if self.model.is_new_row(row):
            self.new_person()
        else:
            self.check_in(row)

    def _again(self) -> None:
        self.search.setFocus()
        self.search.selectAll()  # the next name typed replaces this one

    def check_in(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is None:
            return
        if r.checked_in_at:
            when = to_local(r.checked_in_at, self.info.tz).strftime("%H:%M")
            self.notice.setText(self.tr("{name} is already checked in (since {time}); nothing recorded.")
                                .format(name=r.name, time=when))  # fmt: skip
            self._again()
            return
        if (
            write(self, self.windowTitle(), self.services.rsvp_writes.check_in, self.info.id, r.member_id)
            is FAILED
        ):
            return
        self.last = r.member_id
        on_list = bool(r.rsvp) and r.rsvp != "declined"
        self.notice.setText((self.tr("✓ {name} checked in") if on_list else
                             self.tr("✓ {name} checked in as a walk-in")).format(name=r.name))  # fmt: skip
        self._again()

    def new_person(self) -> None:
        """Asks for the name (what was typed) and a phone; window-modal, so the door's list stays seen."""
        self.pending = NewPersonDialog(self.services, self.info, self.search.text().strip(), self)
        self.pending.accepted.connect(self._new_person_done)
        self.pending.rejected.connect(self._again)
        self.pending.open()

    def _new_person_done(self) -> None:
        name = self.pending.name.text().strip() if self.pending else ""
        self.last = self.pending.member_id if self.pending else None
        self.notice.setText(self.tr("✓ {name} checked in as a walk-in").format(name=name))
        self._again()

    def _on_changes(self, changes) -> None:
        mine = changes.attendance_of(self.info.id)
        if not mine and not changes.reset:
            return
        for c in mine:
            record = c.after or c.before
            if (
                c.before is None
                or c.after is None
                or not self.model.update_member(record["member_id"], c.after)
            ):
                self.reload()  # a walk-in came or went: the list itself changed
                return
        self._update_headcount()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if (watched in (self.table, self.search) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # fmt: skip
            # handled here, not by returnPressed: the key must not go on to the dialog, whose Enter
            # would press the default button of the New person dialog just opened
            if watched is self.search:
                self._enter()
            else:
                self.activate(self.table.currentIndex().row())
            return True
        if (
            watched is self.search
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            if event.type() == QEvent.Type.KeyPress:
                self._undo_last()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _undo_last(self) -> None:
        """Ctrl+Z at the door: the window's undo (the last check-in), though this dialog is modal."""
        stack = getattr(self.parent().window(), "undo_stack", None) if self.parent() else None
        if stack is not None and stack.canUndo():
            stack.undo()

    def walk_in(self) -> None:
        WalkInDialog(self.services, self.info, self).exec()

    def undo_selected(self) -> None:
        member_id = self.model.member_at(self._target_row())
        if member_id is not None:
            write(self, self.windowTitle(), self.services.rsvp_writes.undo_check_in, self.info.id, member_id)

    def close_check_in(self) -> None:
        answer = QMessageBox.question(self, self.tr("Close check-in"),
                                      self.tr("Mark everyone going who has not arrived as a no-show?"))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            n = write(self, self.tr("Close check-in"), self.services.rsvp_writes.close, self.info.id)
            if n is FAILED:
                return
            QMessageBox.information(self, self.tr("Close check-in"), self.tr("%n no-show(s) marked.", "", n))
            self.accept()

    def done(self, result: int) -> None:
        self.services.changes.changed.disconnect(self._on_changes)
        super().done(result)
