"""A new person at the door: the name (pre-filled with what was typed) and an optional phone; OK
creates the member and checks them in as one undo step. A name or phone that is already a member's is
offered as that member first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QMessageBox

from ui.common.forms import error_label, ok_cancel
from ui.common.write import FAILED, write


class NewPersonDialog(QDialog):
    def __init__(self, services, event, name: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.info = services, event  # not self.event: that is QObject.event()
        from desktop.services.events.door import Door

        self.door = getattr(parent, "door", None) or Door(services.rsvp_writes)  # the door's clock and laptop
        self.setWindowTitle(self.tr("New person"))
        self.name, self.phone = QLineEdit(name), QLineEdit()
        self.phone.setPlaceholderText(self.tr("optional"))
        self.error = error_label()
        self.member_id: int | None = None  # who was checked in
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(380)

    def _existing(self) -> list[int]:
        found: list[int] = []
        for text in (self.name.text(), self.phone.text()):
            for m in self.services.members.resolve(self.info.community_id, text) if text.strip() else ():
                if m not in found:
                    found.append(m)
        return found

    def _offer(self, member_id: int) -> str:
        """'existing', 'new' or '' (cancelled): a member already named so, or with that phone."""
        record = self.services.members.get(member_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("{name} is already a member. Check in that member?").format(
                              name=record.name if record else ""), parent=self)  # fmt: skip
        existing = box.addButton(self.tr("Check in {name}").format(name=record.name if record else ""),
                                 QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        new = box.addButton(self.tr("Add a different person"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(existing)
        box.exec()
        return {existing: "existing", new: "new"}.get(box.clickedButton(), "")

    def accept(self) -> None:
        door, title = self.door, self.windowTitle()
        if not self.name.text().strip():
            self.error.setText(self.tr("Type the person's name."))
            return
        found = self._existing()
        choice = self._offer(found[0]) if found else "new"
        if not choice:
            return
        if choice == "existing":
            done = write(self, title, door.check_in, self.info, found[0], inline=self.error)
            member_id = found[0]
        else:
            done = member_id = write(self, title, door.walk_in_guest, self.info, self.name.text(),
                                     self.phone.text(), inline=self.error)  # fmt: skip
        if done is FAILED:
            return
        self.member_id = member_id
        super().accept()
