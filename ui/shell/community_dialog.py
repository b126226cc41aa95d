"""Create or edit a community: name, purpose, values, rules and management mode."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from desktop.services.communities import CommunityInfo
from desktop.services.container import Services
from ui.common.forms import error_label, ok_cancel
from ui.common.labels import mode_names
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
        form = QFormLayout(self)
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
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.resize(520, 520)

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
        communities, title = self.services.communities, self.windowTitle()
        saved = write(self, title, communities.update if info.id else communities.create, info, inline=self.error)
        if saved is FAILED:
            return
        self.info = info if info.id else replace(info, id=saved)
        super().accept()
