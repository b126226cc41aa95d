"""Who will read this file or paper: asked before every print and export of member data.

Organisers see everything; members (a directory handed round, a sheet at the door) see no private
field and no one who said no to the directory (desktop/services/members/privacy.py). The choice is
remembered in the settings; a caller may add its own rows (the badge label grid) to the same dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QFormLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.services.members.privacy import AUDIENCES
from desktop.settings import Settings
from ui.common import ink
from ui.common.forms import ok_cancel


class AudienceDialog(QDialog):
    def __init__(self, title: str, parent=None, extra: list[tuple[str, QWidget]] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.settings = Settings()
        remembered = self.settings.get("audience")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is it for?")))
        texts = {
            "organisers": (self.tr("&Organisers: every field, every member"), ""),
            "members": (self.tr("&Members: without private fields"),
                        self.tr("No phone, email, WeChat or QQ ID, notes or other field marked private "
                                "(Community ▸ Edit community… ▸ Privacy), and no one who said no to the directory.")),
        }  # fmt: skip
        self.buttons: dict[str, QRadioButton] = {}
        for i, key in enumerate(AUDIENCES):
            label, detail = texts[key]
            button = QRadioButton(label)
            self.group.addButton(button, i)
            self.buttons[key] = button
            layout.addWidget(button)
            if detail:
                note = QLabel(detail)
                note.setWordWrap(True)
                note.setStyleSheet(f"color: {ink.muted()}; margin-left: 22px;")  # light or dark
                layout.addWidget(note)
        self.buttons[remembered if remembered in AUDIENCES else "organisers"].setChecked(True)
        if extra:
            form = QFormLayout()
            for label, widget in extra:
                form.addRow(label, widget)
            layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(440)

    def audience(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def accept(self) -> None:
        self.settings.set("audience", self.audience())
        super().accept()


def ask_audience(title: str, parent=None) -> str | None:
    """The audience chosen, or None when cancelled."""
    dialog = AudienceDialog(title, parent)
    return dialog.audience() if dialog.exec() else None
