"""An event's guest list: invite one member, a whole unit or everyone with a tag/interest; set RSVPs
(a full event waitlists a 'going'; a freed place moves the first waiting up); remove from the list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)  # fmt: skip

from desktop.services.drafts import RSVP_STATUSES
from ui.common.member_picker import MemberPicker
from ui.common.person_names import shown_name
from ui.common.write import FAILED, write
from ui.events.labels import rsvp_names


class GuestsDialog(QDialog):
    def __init__(self, services, event, parent=None) -> None:
        super().__init__(parent)
        self.services, self.info = services, event
        self.setWindowTitle(self.tr("Guests: {title}").format(title=event.title))
        self.member = MemberPicker(services, event.community_id)
        self.unit = QComboBox()
        for u in services.structure.units(event.community_id):
            self.unit.addItem(u.name, u.id)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("tag or interest, e.g. 读书"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("RSVP"), self.tr("Arrived")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        rows = QVBoxLayout(self)
        for widgets in ((QLabel(self.tr("Member")), self.member, self._button(self.tr("Invite"), self.invite_member)),
                        (QLabel(self.tr("Unit")), self.unit, self._button(self.tr("Invite unit"), self.invite_unit)),
                        (QLabel(self.tr("Tag")), self.tag, self._button(self.tr("Invite tagged"), self.invite_tag))):  # fmt: skip
            line = QHBoxLayout()
            for w in widgets:
                line.addWidget(w)
            rows.addLayout(line)
        rows.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self._button(self.tr("Remove from list"), self.remove))
        bottom.addWidget(self._button(self.tr("Close"), self.accept))
        rows.addLayout(bottom)
        self.resize(640, 600)
        self.reload()

    def _button(self, text, slot) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        b.setAutoDefault(False)  # Enter picks from the completer; it must not press a button
        return b

    def reload(self) -> None:
        names = rsvp_names()
        roster = self.services.events.roster(self.info.id)
        self.table.setRowCount(len(roster))
        for i, r in enumerate(roster):
            item = QTableWidgetItem(shown_name(r.name) + (f" +{r.guests}" if r.guests else ""))  # +1: brings one
            item.setData(256, r.member_id)
            self.table.setItem(i, 0, item)
            box = QComboBox()
            for code in RSVP_STATUSES:
                box.addItem(names[code], code)
            box.setCurrentIndex(box.findData(r.rsvp))
            box.currentIndexChanged.connect(lambda _, m=r.member_id, b=box: self.set_rsvp(m, b.currentData()))
            self.table.setCellWidget(i, 1, box)
            self.table.setItem(i, 2, QTableWidgetItem("✓" if r.checked_in_at else ""))
        came, going, capacity = self.services.events.headcount(self.info.id)
        brought = sum(r.guests for r in roster if r.rsvp == "going")
        self.count.setText(self.tr("%n on the list", "", len(roster)) + " · " + self.tr("going {going}").format(going=going)
                           + (" / " + str(capacity) if capacity else "")
                           + (" · " + self.tr("bringing {n} more").format(n=brought) if brought else ""))  # fmt: skip

    def _run(self, action) -> None:
        write(self, self.windowTitle(), action)
        self.reload()  # done or refused: the list shows what is stored

    def invite_member(self) -> None:
        ok, member_id = self.member.member_id()
        if ok and member_id is not None:
            self._run(lambda: self.services.rsvp_writes.invite(self.info.id, [member_id]))
            self.member.clear()

    def invite_unit(self) -> None:
        if self.unit.currentData() is not None:
            self._run(lambda: self.services.rsvp_writes.invite_unit(self.info.id, self.unit.currentData()))

    def invite_tag(self) -> None:
        if self.tag.text().strip():
            self._run(
                lambda: self.services.rsvp_writes.invite_tagged(
                    self.info.id, self.info.community_id, self.tag.text()
                )
            )

    def set_rsvp(self, member_id: int, status: str) -> None:
        title = self.windowTitle()
        placed = write(self, title, self.services.rsvp_writes.set_rsvp, self.info.id, member_id, status)
        if placed is not FAILED and placed != status:  # said once the wait cursor is gone
            QMessageBox.information(self, title, self.tr("The event is full: added to the waitlist."))
        self.reload()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = [self.table.item(r, 0).data(256) for r in rows]
        if ids:
            self._run(lambda: self.services.rsvp_writes.remove(self.info.id, ids))
