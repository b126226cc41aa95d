"""The member editor: every field of a member and its consents; invalid values are refused with the reason.
OK writes the member, its custom values and its consents as one undo step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.stale_edits import STALE
from desktop.services.drafts import MemberDraft
from ui.common import ink, stale_edit
from ui.common.forms import error_label, ok_cancel
from ui.common.labels import kind_names, status_names
from ui.common.member_picker import MemberPicker
from ui.common.write import FAILED, write
from ui.members.consent_inputs import ConsentInputs
from ui.members.custom_field_inputs import CustomFieldInputs

KINDS = ("wechat_id", "wechat_nickname", "qq", "phone", "email")
STATUSES = ("active", "left", "removed")


class MemberEditor(QDialog):
    def __init__(
        self, services: Services, community_id: int, member_id: int | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.member_id = services, community_id, member_id
        self.setWindowTitle(self.tr("Edit member") if member_id else self.tr("Add member"))
        self.kind_names, self.status_names = kind_names(), status_names()
        form = QFormLayout()
        self.name = QLineEdit()
        self.city, self.organisation, self.title = QLineEdit(), QLineEdit(), QLineEdit()
        self.interests, self.specialties, self.tags = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.interests, self.specialties, self.tags):
            w.setPlaceholderText(self.tr("separate with ; or 、"))
        self.joined = QLineEdit()
        self.joined.setPlaceholderText(self.tr("e.g. 2024-03-05 or 2024年3月5日"))
        self.status = QComboBox()
        for key in STATUSES:
            self.status.addItem(self.status_names[key], key)
        self.status_on, self.status_reason = QLineEdit(), QLineEdit()
        self.inviter = MemberPicker(services, community_id)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Contacts"), self._identities_box())
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Interests"), self.interests)
        form.addRow(self.tr("Specialties"), self.specialties)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Joined"), self.joined)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Status date"), self.status_on)
        form.addRow(self.tr("Reason"), self.status_reason)
        form.addRow(self.tr("Invited by"), self.inviter)
        self.rule = QLabel()  # the invitation rule, warned about (not enforced)
        self.rule.setStyleSheet(f"color: {ink.warn()};")
        self.rule.setWordWrap(True)
        self.rule.hide()
        form.addRow("", self.rule)
        self.inviter.textChanged.connect(self.check_invitation_rule)
        self.joined.editingFinished.connect(self.check_invitation_rule)
        self.custom = CustomFieldInputs(services.custom_fields.fields(community_id))
        self.custom.add_rows(form)
        form.addRow(self.tr("Notes"), self.notes)
        self.consent = ConsentInputs()
        consent_box = QGroupBox(self.tr("Consent"))
        QVBoxLayout(consent_box).addWidget(self.consent)
        self.error = error_label()
        buttons = ok_cancel(self)
        body = QWidget()  # scrolls on a small screen (a laptop's 768 pixels); the buttons stay in view
        inner = QVBoxLayout(body)
        inner.addLayout(form)
        inner.addWidget(consent_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        self.resize(620, min(body.sizeHint().height() + 90, screen - 60))
        self.seen_version: int | None = None  # the member's row_version as loaded (stale_edits)
        if member_id is not None:
            self._load(member_id)
        else:
            self.add_identity("phone", "")

    def _identities_box(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.idents = QTableWidget(0, 2)
        self.idents.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Value")])
        self.idents.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.idents.verticalHeader().hide()
        self.idents.setFixedHeight(120)
        row = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add contact")), QPushButton(self.tr("Remove contact"))
        add.clicked.connect(lambda: self.add_identity("phone", ""))
        remove.clicked.connect(lambda: self.idents.removeRow(self.idents.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        v.addWidget(self.idents)
        v.addLayout(row)
        return box

    def add_identity(self, kind: str, value: str) -> None:
        r = self.idents.rowCount()
        self.idents.insertRow(r)
        combo = QComboBox()
        for k in KINDS:
            combo.addItem(self.kind_names[k], k)
        combo.setCurrentIndex(KINDS.index(kind))
        self.idents.setCellWidget(r, 0, combo)
        self.idents.setItem(r, 1, QTableWidgetItem(value))

    def _load(self, member_id: int) -> None:
        m = self.services.members.get(member_id)
        if m is None:
            return
        self.seen_version = m.row_version
        self.idents.setRowCount(0)  # a reload replaces the contacts shown
        self.name.setText(m.name)
        for kind, value in m.identities:
            self.add_identity(kind, value)
        for w, v in (
            (self.city, m.city),
            (self.organisation, m.organisation),
            (self.title, m.title),
            (self.interests, m.interests),
            (self.specialties, m.specialties),
            (self.tags, m.tags),
            (self.joined, m.joined_on),
            (self.status_on, m.status_on),
            (self.status_reason, m.status_reason),
        ):
            w.setText(v)
        self.status.setCurrentIndex(max(0, self.status.findData(m.status)))
        self.inviter.set_member(m.inviter_id, m.inviter_name)
        self.notes.setPlainText(m.notes)
        self.custom.load(self.services.custom_fields.values(member_id))
        self.consent.load(self.services.consents.of(member_id))

    def draft(self) -> MemberDraft:
        identities = []
        for r in range(self.idents.rowCount()):
            item = self.idents.item(r, 1)
            identities.append((self.idents.cellWidget(r, 0).currentData(), item.text() if item else ""))
        return MemberDraft(
            name=self.name.text(),
            identities=tuple(identities),
            city=self.city.text(),
            organisation=self.organisation.text(),
            title=self.title.text(),
            interests=self.interests.text(),
            specialties=self.specialties.text(),
            tags=self.tags.text(),
            joined_on=self.joined.text(),
            status=self.status.currentData(),
            status_on=self.status_on.text(),
            status_reason=self.status_reason.text(),
            notes=self.notes.toPlainText(),
        )

    def check_invitation_rule(self) -> None:
        """Warn when the inviter already made this month's invitations (the rule is a setting)."""
        ok, inviter_id = self.inviter.member_id()
        broken = self.services.invitation_rule_broken(
            self.community_id, inviter_id, self.joined.text(), self.member_id
        ) if ok and inviter_id is not None else None  # fmt: skip
        if broken:
            month = broken[2]
            self.rule.setText(self.tr("This inviter already invited %n member(s) in %1; the rule is at most %2 a month.",
                                      "", broken[0]).replace("%1", month).replace("%2", str(broken[1])))  # fmt: skip
        self.rule.setVisible(bool(broken))

    def accept(self, seen_version: int | None | bool = True) -> None:
        """`seen_version` True: the version loaded (refused if someone changed the member since)."""
        seen = self.seen_version if seen_version is True else seen_version
        ok, inviter_id = self.inviter.member_id()
        if not ok:
            self.error.setText(self.tr("No single member matches the inviter; pick one from the list."))
            self.inviter.setFocus()
            return
        draft = replace(self.draft(), inviter_id=inviter_id)
        s, title = self.services, self.windowTitle()
        # the member, its custom values and its consents: one undo step
        saved = write(self, title, s.consents.save_member, s.member_writes, s.custom_fields, self.community_id,
                      self.member_id, draft, self.custom.values() if self.custom.fields else {},
                      self.consent.values(), seen, inline=self.error, on_error=self._refused)  # fmt: skip
        if saved is FAILED:
            return
        self.member_id = saved
        super().accept()

    def _refused(self, e) -> None:
        if getattr(e, "code", "") in STALE:  # someone else saved this member since it was opened
            self.error.clear()
            choice = stale_edit.ask(self, e)
            if choice == stale_edit.RELOAD:
                self._load(self.member_id)
            elif choice == stale_edit.OVERWRITE:
                self.accept(seen_version=None)
            return
        self._focus_refused(e)

    def _focus_refused(self, e) -> None:
        """The field the refusal names; the contacts when it names none of the others."""
        fields = {"name": self.name, "joined": self.joined, "status_date": self.status_on}
        (fields.get(e.field) or self.custom.widget_named(e.field) or self.consent.widget_for(e.field, str(e.value))
         or self.idents).setFocus()  # fmt: skip
