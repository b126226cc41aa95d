"""Consent… from the detail pane: one member's answers to contact, photos and the directory, written as one
undo step (Services.consents.set_many)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from desktop.services.container import Services
from ui.common.forms import error_label, ok_cancel
from ui.common.write import FAILED, write
from ui.members.consent_inputs import ConsentInputs


class ConsentDialog(QDialog):
    def __init__(self, services: Services, member_id: int, name: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.member_id = services, member_id
        self.setWindowTitle(self.tr("Consent of {name}").format(name=name))
        self.inputs = ConsentInputs()
        self.inputs.load(services.consents.of(member_id))
        self.error = error_label()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What {name} agreed to, when and how. A no to the directory leaves them out of "
                               "members' copies; a no to photos is marked on badges and sign-in sheets.").format(name=name))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.inputs)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.resize(620, 220)

    def accept(self) -> None:
        if write(self, self.windowTitle(), self.services.consents.set_many, self.member_id, self.inputs.values(),
                 inline=self.error, on_error=self._focus) is not FAILED:  # fmt: skip
            super().accept()

    def _focus(self, e) -> None:
        if (w := self.inputs.widget_for(e.field, str(e.value))) is not None:
            w.setFocus()
