"""Create or edit a community: name, purpose, values, rules and management mode; and, on its Privacy tab,
which member fields are private (left out of what is printed or exported for members)."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.communities import CommunityInfo
from desktop.services.container import Services
from ui.common.forms import error_label, ok_cancel
from ui.common.labels import field_names, kind_names, mode_names
from ui.common.write import FAILED, write


class CommunityDialog(QDialog):
    def __init__(self, services: Services, info: CommunityInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.info = info or CommunityInfo()
        self.setWindowTitle(self.tr("Edit community") if info else self.tr("New community"))
        self.name = QLineEdit(self.info.name)
        self.purpose, self.values_text = (
            QPlainTextEdit(self.info.purpose),
            QPlainTextEdit(self.info.values_text),
        )
        self.rule_entry, self.rule_removal = (
            QPlainTextEdit(self.info.rule_entry),
            QPlainTextEdit(self.info.rule_removal),
        )
        self.rule_activity = QPlainTextEdit(self.info.rule_activity)
        self.wanted = QLineEdit(self.info.wanted_specialties)
        self.wanted.setPlaceholderText(
            self.tr("e.g. 演讲; 设计; 财务 — what the ring of core members should cover")
        )
        self.event_kinds = QLineEdit(self.info.event_kinds)
        self.event_kinds.setPlaceholderText(self.tr("e.g. 读书会; 徒步 — your own kinds of event"))
        self.output_kinds = QLineEdit(self.info.output_kinds)
        self.output_kinds.setPlaceholderText(self.tr("e.g. 播客; 读书卡片 — your own kinds of output"))
        self.output_roles = QLineEdit(self.info.output_roles)
        self.output_roles.setPlaceholderText(self.tr("e.g. 插画; 翻译 — your own contributor roles"))
        self.attendance_words = QLineEdit(self.info.attendance_words)
        self.attendance_words.setPlaceholderText(
            self.tr("e.g. 到了=came; 鸽了=absent; 报了=going — your own words in sign-up and sign-in sheets")
        )
        self.attendance_words.setToolTip(
            self.tr("Meanings: going, maybe, declined, waitlisted, invited, came, absent. Imports read these "
                    "beside the words of Meetup, Eventbrite, Luma and 已报名/请假/√/×.")
        )  # fmt: skip
        self.stalled = QSpinBox()
        self.stalled.setRange(0, 3650)
        self.stalled.setSpecialValueText(self.tr("never"))
        self.stalled.setValue(self.info.stalled_days)
        for w in (self.purpose, self.values_text, self.rule_entry, self.rule_removal, self.rule_activity):
            w.setFixedHeight(60)
        self.mode = QComboBox()
        for key, label in mode_names().items():
            self.mode.addItem(label, key)
        self.mode.setCurrentIndex(max(0, self.mode.findData(self.info.management_mode)))
        self.error = error_label()
        self.tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Values"), self.values_text)
        form.addRow(self.tr("Entry rules"), self.rule_entry)
        form.addRow(self.tr("Removal rules"), self.rule_removal)
        form.addRow(self.tr("Activity rules"), self.rule_activity)
        form.addRow(self.tr("Management mode"), self.mode)
        form.addRow(self.tr("Wanted specialties"), self.wanted)
        form.addRow(self.tr("Event kinds"), self.event_kinds)
        form.addRow(self.tr("Output kinds"), self.output_kinds)
        form.addRow(self.tr("Contributor roles"), self.output_roles)
        form.addRow(self.tr("Stalled after (days)"), self.stalled)
        form.addRow(self.tr("Attendance words"), self.attendance_words)
        self.tabs.addTab(general, self.tr("&Community"))
        self.tabs.addTab(self._privacy_tab(), self.tr("&Privacy"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 600)

    def _privacy_tab(self) -> QWidget:
        """A checkbox per built-in field that can be private; custom fields are marked in their dialog."""
        from desktop.services.members.privacy import DEFAULT, FIELDS

        tab = QWidget()
        v = QVBoxLayout(tab)
        intro = QLabel(self.tr("Private fields are left out of everything printed or exported for members: a "
                               "directory, a sign-in sheet at the door, name badges. Organisers' copies keep "
                               "them. Members who said no to the directory are left out of members' copies."))  # fmt: skip
        intro.setWordWrap(True)
        v.addWidget(intro)
        v.addWidget(QLabel("<b>" + self.tr("Private fields") + "</b>"))
        names = {**kind_names(), "notes": field_names()["notes"]}
        chosen = self.services.privacy.private_fields(self.info.id) if self.info.id else DEFAULT
        self.private: dict[str, QCheckBox] = {}
        for key in FIELDS:
            box = QCheckBox(names[key])
            box.setChecked(key in chosen)
            self.private[key] = box
            v.addWidget(box)
        defaults = QPushButton(self.tr("Restore the defaults"))
        defaults.setToolTip(self.tr("Phone, email, WeChat ID, QQ and notes private"))
        defaults.clicked.connect(lambda: [b.setChecked(k in DEFAULT) for k, b in self.private.items()])
        v.addWidget(defaults, 0, Qt.AlignmentFlag.AlignLeft)
        v.addWidget(QLabel("<b>" + self.tr("Custom fields") + "</b>"))
        custom = QLabel(self._custom_summary())
        custom.setTextFormat(Qt.TextFormat.RichText)
        custom.setWordWrap(True)
        v.addWidget(custom)
        if self.info.id:
            v.addWidget(QLabel("<b>" + self.tr("Consent") + "</b>"))
            consent = QLabel(self._consent_summary())
            consent.setTextFormat(Qt.TextFormat.RichText)
            consent.setWordWrap(True)
            v.addWidget(consent)
        v.addStretch()
        return tab

    def _custom_summary(self) -> str:
        fields = self.services.custom_fields.fields(self.info.id) if self.info.id else []
        private = self.services.privacy.private_custom(self.info.id) if self.info.id else frozenset()
        names = "、".join(f.name for f in fields if f.id in private)
        where = self.tr("Mark a custom field private in the members view: More ▸ Custom fields….")
        return (self.tr("Private: {names}.").format(names=escape(names)) + "<br>" if names else "") + escape(
            where
        )

    def _consent_summary(self) -> str:
        counts = self.services.consents.counts(self.info.id)
        kinds = {
            "contact": self.tr("contact"),
            "photos": self.tr("photos"),
            "directory": self.tr("the directory"),
        }
        said_no = [self.tr("%n said no to {kind}", "", counts[(k, False)]).format(kind=word)
                   for k, word in kinds.items() if counts.get((k, False))]  # fmt: skip
        if not said_no:
            return escape(self.tr("No member has said no to contact, photos or the directory."))
        return "<br>".join(
            escape(x) for x in [*said_no, self.tr("Each member's answers are in their record.")]
        )

    def private_fields(self) -> list[str]:
        return [k for k, b in self.private.items() if b.isChecked()]

    def accept(self) -> None:
        info = replace(
            self.info,
            name=self.name.text(),
            purpose=self.purpose.toPlainText(),
            values_text=self.values_text.toPlainText(),
            rule_entry=self.rule_entry.toPlainText(),
            rule_removal=self.rule_removal.toPlainText(),
            rule_activity=self.rule_activity.toPlainText(),
            management_mode=self.mode.currentData(),
            wanted_specialties=self.wanted.text(),
            event_kinds=self.event_kinds.text(),
            output_kinds=self.output_kinds.text(),
            output_roles=self.output_roles.text(),
            stalled_days=self.stalled.value(),
            attendance_words=self.attendance_words.text(),
        )
        communities, title, private = self.services.communities, self.windowTitle(), self.private_fields()
        saved = write(self, title, self.services.privacy.save_community, communities, info, private,
                      inline=self.error)  # its fields and its private fields: one undo step
        if saved is FAILED:
            return
        self.info = replace(info, id=saved)
        super().accept()
