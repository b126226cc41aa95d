"""File ▸ Bring back a second laptop's file…: the preview of what the door's file adds and changes, the
new people (added, or taken as a member already here), the conflicts side by side with a choice each;
Bring back writes it as one undo step (desktop/services/offline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.write import FAILED, write


class BringBackDialog(QDialog):
    def __init__(self, services, plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.plan = services, plan
        from ui.common.labels import named
        from ui.events.labels import rsvp_names

        words, answers = self.words(), rsvp_names()

        def shown(kind: str, text: str) -> str:  # an answer in words; other values as they are
            return named(answers, text) if kind == "rsvp" and text else text

        self.setWindowTitle(self.tr("Bring back a second laptop's file"))
        layout = QVBoxLayout(self)
        head = self.tr("“{title}”, taken out of {name}.").format(
            title=plan.event_title, name=plan.source_name
        )
        if plan.nothing_to_do:
            head += " " + self.tr("Nothing to bring back: this file's changes are all here.")
        layout.addWidget(QLabel(head))
        self.changes = QListWidget()
        for c in plan.changes:
            self.changes.addItem(self.tr("{kind}: {name}: {before} → {after}").format(
                kind=words.get(c.kind, c.kind), name=c.name, before=shown(c.kind, c.before), after=shown(c.kind, c.after)))  # fmt: skip
        if plan.changes:
            layout.addWidget(QLabel(self.tr("Adds and changes:")))
            layout.addWidget(self.changes)
        self.people: dict[str, QComboBox] = {}
        if plan.new_people:
            layout.addWidget(QLabel(self.tr("New people (they may be members already):")))
            table = QTableWidget(len(plan.new_people), 3)
            table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Bring back as")])
            for row, p in enumerate(plan.new_people):
                table.setItem(row, 0, QTableWidgetItem(p.name))
                table.setItem(row, 1, QTableWidgetItem(p.phone))
                choice = QComboBox()
                choice.addItem(self.tr("A new member"), "new")
                for c in p.candidates:
                    choice.addItem(self.tr("Same person as {name} ({score})").format(name=c.name, score=c.score),
                                   c.uuid)  # fmt: skip
                if p.candidates:
                    choice.setCurrentIndex(1)
                table.setCellWidget(row, 2, choice)
                self.people[p.key] = choice
            table.resizeColumnsToContents()
            layout.addWidget(table)
        self.choices: dict[str, QComboBox] = {}
        if plan.conflicts:
            layout.addWidget(QLabel(self.tr("Changed on both sides — choose which to keep:")))
            table = QTableWidget(len(plan.conflicts), 5)
            table.setHorizontalHeaderLabels([self.tr("Who"), self.tr("What"), self.tr("Here"),
                                             self.tr("At the door"), self.tr("Keep")])  # fmt: skip
            for row, c in enumerate(plan.conflicts):
                for col, text in enumerate(
                    (c.name, words.get(c.what, c.what), shown(c.what, c.ours), shown(c.what, c.theirs))
                ):
                    table.setItem(row, col, QTableWidgetItem(text))
                choice = QComboBox()
                choice.addItem(self.tr("Here's"), "ours")
                choice.addItem(self.tr("The door's"), "theirs")
                table.setCellWidget(row, 4, choice)
                self.choices[c.key] = choice
            table.resizeColumnsToContents()
            layout.addWidget(table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bring back"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not plan.nothing_to_do)
        buttons.accepted.connect(self.bring_back)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def words(self) -> dict[str, str]:
        return {"check_in": self.tr("Check-in"), "checked_in": self.tr("Check-in"), "rsvp": self.tr("RSVP"),
                "guests": self.tr("Guests"), "walk_in": self.tr("Walk-in"), "no_show": self.tr("No-show"),
                "member": self.tr("Member"), "event": self.tr("Event"), "removed": self.tr("Removed from the list"),
                "removed_here": self.tr("Removed here"), "closed": self.tr("Check-in closed"),
                "day_notes": self.tr("Notes for the day")}  # fmt: skip

    def decisions(self) -> dict[str, str]:
        out = {k: box.currentData() for k, box in self.choices.items()}
        return out | {k: box.currentData() for k, box in self.people.items()}

    def bring_back(self) -> None:
        if (
            write(self, self.windowTitle(), self.services.offline.apply, self.plan, self.decisions())
            is FAILED
        ):
            return
        self.accept()


def bring_back(parent: QWidget | None, services) -> bool:
    """Ask for the door's file, show the preview; True once it was brought back."""
    title = QCoreApplication.translate("BringBackDialog", "Bring back a second laptop's file")
    path, _ = QFileDialog.getOpenFileName(parent, title, "",
                                          QCoreApplication.translate("BringBackDialog", "Beehive workspace (*.beehive)"))  # fmt: skip
    if not path:
        return False
    plan = write(parent, title, services.offline.plan, path)
    if plan is FAILED:
        return False
    if plan.nothing_to_do and plan.brought_back_before:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "BringBackDialog", "Nothing to bring back: this file's changes are all here."))  # fmt: skip
        return False
    return BringBackDialog(services, plan, parent).exec() == QDialog.DialogCode.Accepted
