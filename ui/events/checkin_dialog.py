"""Door check-in: one click on a row's Arrived box, or type to find (name, pinyin initials, phone) and
Enter; a live headcount, regulars not on the list offered, walk-ins in one short step, undo of any
check-in (each its own step), nothing recorded before the event's day, kiosk mode, and closing."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)  # fmt: skip

from desktop.services.drafts import to_local
from desktop.services.events.door import Door, before_the_day, utc_now
from ui.common import ink
from ui.common.write import FAILED, write
from ui.events.door_model import ARRIVED, DoorModel
from ui.events.door_new_person import NewPersonDialog
from ui.events.door_walk_in import WalkInDialog
from ui.events.door_words import DoorHeadline

__all__ = ["CheckInDialog", "WalkInDialog"]


class CheckInDialog(QDialog):
    def __init__(self, services, event, parent=None, now=utc_now) -> None:
        super().__init__(parent)
        self.services, self.info = services, event  # not self.event: that is QObject.event()
        self.now, self.door, self.words = now, Door(services.rsvp_writes, now), DoorHeadline(self)
        self.setWindowTitle(self.tr("Door check-in: {title}").format(title=event.title))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, pinyin initials or phone; Enter checks in"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("After a check-in, type +2 and Enter: two guests came with them."))
        self.model = DoorModel(self, tz=event.tz)
        self.model.region = services.region
        self.early = self.words.banner()  # before the event's day: said once, at the top
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
        for column, width in ((1, 150), (3, 180)):  # the RSVP column: "regular · not on the list"
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.doubleClicked.connect(lambda index: self.activate(index.row()))
        self.table.clicked.connect(self._clicked)
        self.headcount = QLabel()
        font = QFont(self.headcount.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.headcount.setFont(font)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._enter)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Walk-in…"), self.walk_in), (self.tr("Undo check-in"), self.undo_selected),
                           (self.tr("Kiosk mode…"), self.kiosk), (self.tr("Close check-in…"), self.close_check_in)):  # fmt: skip
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
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)  # every pixel to the list: on a 768-line screen it is a row less to scroll to
        layout.addWidget(self.early)
        top = QHBoxLayout()  # the headcount beside the search: one row more of the list on a laptop screen
        top.addWidget(self.search, 1)
        top.addWidget(self.headcount)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()  # the door's list wants every row seen
        self.resize(min(900, screen.width()), max(640, int(screen.height() * 0.92)))
        services.changes.changed.connect(self._on_changes)
        self.reload()
        day = before_the_day(event, now())
        self.early.setText(self.words.too_early(day) if day else "")
        self.early.setVisible(day is not None)
        self.search.setFocus()

    def reload(self) -> None:
        roster = self.services.events.roster(self.info.id)
        door, eid, cid = self.services.door, self.info.id, self.info.community_id
        self.model.set_people([r for r in roster if r.rsvp != "declined"],
                              [r for r in roster if r.rsvp == "declined"] + door.not_on_list(eid, cid),
                              door.regulars(eid, cid), door.checked_in_by(eid))  # fmt: skip
        self._select_first()
        self._update_headcount()

    def _update_headcount(self) -> None:
        came, going, capacity = self.services.events.headcount(self.info.id)
        self.model.set_capacity(capacity)
        guests = self.model.guests_in()
        text, over = self.words.headcount(came + guests, going, capacity, guests)  # people in the room
        self.headcount.setText(text)
        self.headcount.setStyleSheet(f"color: {ink.alert()};" if over else "")

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self.notice.clear()  # it spoke of the last name
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def _clicked(self, index) -> None:
        """One click on a row's Arrived box checks that person in (a click elsewhere only selects; a
        second click on someone in says since when; Undo check-in or Ctrl+Z takes it back)."""
        if index.column() == ARRIVED and not self.model.is_new_row(index.row()):
            self.check_in(index.row())

    def _refused_early(self) -> bool:
        """Before the event's day nothing is recorded: the notice says so (the banner said it once)."""
        day = before_the_day(self.info, self.now())
        if day is not None:
            self.notice.setText(self.words.refused(day))
            self._again()
        return day is not None

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
        if write(self, self.windowTitle(), self.services.rsvp_writes.set_guests, self.info.id, row.member_id,
                 n) is FAILED:  # fmt: skip
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

    def _done(self, text: str) -> None:
        """After a check-in: the search emptied (the whole list is back, for the next click or name)."""
        self.search.clear()
        self.notice.setText(text)
        self.search.setFocus()

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
        if self._refused_early() or write(self, self.windowTitle(), self.door.check_in, self.info,
                                          r.member_id) is FAILED:  # fmt: skip
            return
        self.last = r.member_id
        on_list = bool(r.rsvp) and r.rsvp != "declined"
        self._done((self.tr("✓ {name} checked in") if on_list else
                    self.tr("✓ {name} checked in as a walk-in")).format(name=r.name))  # fmt: skip

    def new_person(self) -> None:
        """Asks for the name (what was typed) and a phone; window-modal, so the door's list stays seen."""
        if self._refused_early():
            return
        self.pending = NewPersonDialog(self.services, self.info, self.search.text().strip(), self)
        self.pending.accepted.connect(self._new_person_done)
        self.pending.rejected.connect(self._again)
        self.pending.open()

    def _new_person_done(self) -> None:
        name = self.pending.name.text().strip() if self.pending else ""
        self.last = self.pending.member_id if self.pending else None
        self._done(self.tr("✓ {name} checked in as a walk-in").format(name=name))

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
        if not self.table.currentIndex().isValid():  # the list was re-sorted: who came went down
            self._select_first()
        self._update_headcount()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
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
        if not self._refused_early():
            WalkInDialog(self.services, self.info, self, self.door).exec()

    def kiosk(self) -> None:
        """The PIN asked twice, then the full-screen kiosk (ui/events/kiosk.py) until Esc and the PIN."""
        from ui.events.kiosk import start_kiosk

        self.kiosk_window = start_kiosk(self.services, self.info, self.door, self)

    def undo_selected(self) -> None:
        member_id = self.model.member_at(self._target_row())
        if member_id is not None:
            write(self, self.windowTitle(), self.services.rsvp_writes.undo_check_in, self.info.id, member_id)

    def close_check_in(self) -> None:
        from ui.events.door_close import close_check_in

        close_check_in(self)

    def done(self, result: int) -> None:
        self.services.changes.changed.disconnect(self._on_changes)
        super().done(result)
