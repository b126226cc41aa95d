"""Erase people: the confirmation says what goes, what stays (and why: the counts), and until when the
erasure can be undone; then one undo step (desktop/services/members/erase.py)."""

from __future__ import annotations

from functools import partial
from html import escape as _escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.services.members.erase import EraseSummary
from ui.common.write import FAILED, write

SHOWN_NAMES = 8
TEXT_WIDTH = 560
escape = partial(_escape, quote=False)


class EraseDialog(QDialog):
    def __init__(self, summary: EraseSummary, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase people"))
        label = QLabel(self.text(summary))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setMinimumWidth(TEXT_WIDTH)
        label.setMinimumHeight(label.heightForWidth(TEXT_WIDTH))  # the wrapped text whole, in any language
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    def text(self, s: EraseSummary) -> str:
        n = len(s.names)
        if n == 1:
            head = self.tr("Erase “{name}”?").format(name=s.names[0])
        else:
            shown = self.tr(", ").join(s.names[:SHOWN_NAMES])
            more = self.tr(" and %n more", "", n - SHOWN_NAMES) if n > SHOWN_NAMES else ""
            head = self.tr("Erase %n people?", "", n) + f"<br>{escape(shown)}{escape(more)}"
        removed = [
            self.tr("the name (shown as “Erased person N” from now on)"),
            self.tr("contacts and accounts: %n", "", s.identities),
            self.tr("custom field values: %n", "", s.custom_values),
            self.tr("consents: %n", "", s.consents),
            self.tr("merged records and their old names: %n", "", s.aliases),
            self.tr(
                "city, organisation, title, tags, interests, notes, the reason for leaving, activity notes"
            ),
        ]
        kept = [
            self.tr("attendance: %n", "", s.attendance),
            self.tr("contributions: %n", "", s.contributions),
            self.tr("roles: %n", "", s.roles),
            self.tr("activity records: %n", "", s.activity),
            self.tr("unit memberships: %n", "", s.units),
            self.tr("people they invited: %n", "", s.invited),
            self.tr("status, dates and specialties"),
        ]
        parts = [
            f"<p><b>{head if n != 1 else escape(head)}</b></p>",
            f"<p>{escape(self.tr('Removed:'))}</p><ul>{''.join(f'<li>{escape(r)}</li>' for r in removed)}</ul>",
            f"<p>{escape(self.tr('Kept, so that every count and chart stays right (attached to the anonymous record):'))}</p>"
            f"<ul>{''.join(f'<li>{escape(k)}</li>' for k in kept)}</ul>",
            f"<p>{escape(self.until())}</p>",
        ]
        if s.already_erased:
            parts.append(
                f"<p>{escape(self.tr('%n of them erased already: left as they are.', '', s.already_erased))}</p>"
            )
        return "".join(parts)

    def until(self) -> str:
        return self.tr(
            "You can undo this (Edit ▸ Undo) until Beehive's next backup: at the latest when you close Beehive, "
            "or with your first change once an hour has passed; an import or a merge takes one before it starts. "
            "After that the erasure is final, in the workspace and in every backup."
        )


def erase_people(parent, services, ids: list[int]) -> bool:
    """Ask, then erase the members in one undo step; True when erased."""
    if not ids:
        return False
    erasure = services.erasure
    summary = erasure.summary(ids)
    if not summary.names:
        return False
    dialog = EraseDialog(summary, parent)
    if not dialog.exec():
        return False
    return write(parent, dialog.windowTitle(), erasure.erase, ids) is not FAILED
