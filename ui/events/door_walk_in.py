"""The door's Walk-in… dialog: an existing member (pick one) or a new guest (name and phone)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit

from ui.common.forms import error_label, ok_cancel
from ui.common.member_picker import MemberPicker
from ui.common.write import FAILED, write


class WalkInDialog(QDialog):
    def __init__(self, services, event, parent=None, door=None) -> None:
        super().__init__(parent)
        from desktop.services.events.door import Door

        self.services, self.info = services, event  # not self.event: that is QObject.event()
        self.door = door or getattr(parent, "door", None) or Door(services.rsvp_writes)
        self.setWindowTitle(self.tr("Walk-in"))
        self.member = MemberPicker(services, event.community_id)
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.error = error_label()
        self.offered = False  # an existing member was offered for the guest's name or phone
        form = QFormLayout(self)
        form.addRow(self.tr("Existing member"), self.member)
        form.addRow(QLabel(self.tr("— or a new guest —")))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(420)

    def _offer_existing(self) -> bool:
        """A guest named (or with the phone of) a member: that member is offered first, in the member
        field; OK again checks them in, and clearing it adds a different person."""
        for text in (self.name.text(), self.phone.text()):
            found = self.services.members.resolve(self.info.community_id, text) if text.strip() else []
            record = self.services.members.get(found[0]) if found and not self.offered else None
            if record is not None:
                self.offered = True
                self.member.setText(record.name)
                text = self.tr(
                    "{name} is already a member: OK checks them in; to add someone else, clear it."
                )
                self.error.setText(text.format(name=record.name))
                return True
        return False

    def accept(self) -> None:
        title = self.windowTitle()
        if self.member.text().strip():
            ok, member_id = self.member.member_id()
            if not ok:
                self.error.setText(self.tr("No single member matches; pick one from the list."))
                return
            done = write(self, title, self.door.check_in, self.info, member_id, inline=self.error)
        elif self._offer_existing():
            return
        else:
            done = write(self, title, self.door.walk_in_guest, self.info, self.name.text(), self.phone.text(),
                         inline=self.error)  # fmt: skip
        if done is FAILED:
            return
        super().accept()
