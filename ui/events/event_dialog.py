"""New or edit an event: what, when (in which zone), where, how many, which unit; repeat and template.

Editing one event of a series asks, as calendar apps do, whether the change is for this one only or
for this and all following.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
)  # fmt: skip

from desktop.errors import DomainError
from desktop.messages import message
from desktop.services.container import Services
from desktop.services.drafts import EventDraft, Rule, split_list, to_local
from desktop.services.events.local_zone import local_zone
from ui.common.forms import error_label, ok_cancel
from ui.common.write import FAILED, write
from ui.events.labels import event_kind_names, freq_names

ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/London",
         "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney", "UTC")  # fmt: skip


def ask_scope(parent) -> str | None:
    """'this', 'following' or None (cancelled) for a change to one event of a series."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("EventDialog", "Recurring event"))
    box.setText(QCoreApplication.translate(
        "EventDialog", "Change only this event, or this and all following events of the series?"))  # fmt: skip
    this = box.addButton(
        QCoreApplication.translate("EventDialog", "This event"), QMessageBox.ButtonRole.AcceptRole
    )
    following = box.addButton(
        QCoreApplication.translate("EventDialog", "This and following"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return {this: "this", following: "following"}.get(box.clickedButton())


class EventDialog(QDialog):
    def __init__(self, services: Services, community_id: int, event=None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.info = services, community_id, event
        self.created: list[int] = []
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.title = QLineEdit(event.title if event else "")
        self.kind = QComboBox()
        self.kind.setEditable(True)
        custom = split_list(services.communities.get(community_id).event_kinds)
        for code, label in event_kind_names().items():
            self.kind.addItem(label, code)
        for text in custom:
            self.kind.addItem(text, text)
        # a new event: the zone the community's events are usually in (a chapter abroad keeps its own)
        tz = event.tz if event else (services.events.usual_zone(community_id) or local_zone())
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(dict.fromkeys((tz, *ZONES))))
        self.start, self.end = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        if event:
            self._set_kind(event.kind)
            self.start.setDateTime(_qt(to_local(event.start_utc, tz)))
            self.end.setDateTime(_qt(to_local(event.end_utc, tz)))
        else:
            self._set_kind("offline")
            start = QDateTime.currentDateTime().addDays(7)
            start.setTime(QTime(19, 0))
            self.start.setDateTime(start)
            self.end.setDateTime(start.addSecs(2 * 3600))
        self.start.dateTimeChanged.connect(self._keep_length)
        self._length = self.start.dateTime().secsTo(self.end.dateTime())
        self.end.dateTimeChanged.connect(
            lambda: setattr(self, "_length", self.start.dateTime().secsTo(self.end.dateTime()))
        )
        self.venue = QLineEdit(event.venue if event else "")
        self.address = QLineEdit(event.address if event else "")
        self.link = QLineEdit(event.online_link if event else "")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setValue(event.capacity if event else 0)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(whole community)"), None)
        for u in services.structure.units(community_id):
            self.unit.addItem(u.name, u.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(event.unit_id)) if event and event.unit_id else 0)
        self.description = QPlainTextEdit(event.description if event else "")
        self.description.setFixedHeight(70)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Online link"), self.link)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Description"), self.description)
        if event is None:
            form.addRow(self._repeat_box())
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def _repeat_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Repeat and template"))
        form = QFormLayout(box)
        self.freq = QComboBox()
        for code, label in freq_names().items():
            self.freq.addItem(label, code)
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.count = QSpinBox()
        self.count.setRange(0, 520)
        self.count.setSpecialValueText(self.tr("until the end date"))
        self.count.setValue(8)
        self.until = QDateEdit(self.start.date().addMonths(3))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.template = QComboBox()
        self.template.addItem(self.tr("(none)"), None)
        for tid, name, _, _ in self.services.events.templates(self.community_id):
            self.template.addItem(name, tid)
        form.addRow(self.tr("Repeat"), self.freq)
        form.addRow(self.tr("Every (weeks or months)"), self.every)
        form.addRow(self.tr("Number of events"), self.count)
        form.addRow(self.tr("End date"), self.until)
        form.addRow(self.tr("Plan from template"), self.template)
        return box

    def _set_kind(self, code: str) -> None:
        i = self.kind.findData(code)
        if i < 0:
            self.kind.addItem(code, code)
            i = self.kind.count() - 1
        self.kind.setCurrentIndex(i)

    def _keep_length(self) -> None:
        self.end.setDateTime(self.start.dateTime().addSecs(self._length))

    def draft(self) -> EventDraft:
        text = self.kind.currentText().strip()
        code = self.kind.currentData() if self.kind.itemText(self.kind.currentIndex()) == text else text
        return EventDraft(
            title=self.title.text(), start=_py(self.start.dateTime()), end=_py(self.end.dateTime()),
            tz=self.zone.currentText().strip(), kind=code or "other", venue=self.venue.text(),
            address=self.address.text(), online_link=self.link.text(), capacity=self.capacity.value(),
            unit_id=self.unit.currentData(), description=self.description.toPlainText(),
            day_notes=self.info.day_notes if self.info else "")  # fmt: skip

    def rule(self) -> Rule | None:
        freq = self.freq.currentData()
        if not freq:
            return None
        until = self.until.date().toPython() if not self.count.value() else None
        return Rule(freq, self.start.date().toPython(), self.every.value(), until, self.count.value())

    def accept(self) -> None:
        writes, title = self.services.event_writes, self.windowTitle()
        if self.info is None:
            created = write(self, title, lambda: writes.create(self.community_id, self.draft(), self.rule(),
                                                               self.template.currentData()), inline=self.error)  # fmt: skip
            if created is FAILED:
                return
            self.created = created
        else:
            scope = ask_scope(self) if self.info.series_id is not None else "this"
            if scope is None:
                return
            warnings = write(self, title, lambda: writes.update(self.info.id, self.draft(), scope), inline=self.error)
            if warnings is FAILED:
                return
            for code in warnings:  # saved; said after the write, so not under its wait cursor
                QMessageBox.warning(self, title, message(DomainError(code)))
        super().accept()


def _qt(value: dt.datetime) -> QDateTime:
    return QDateTime.fromString(value.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")


def _py(value: QDateTime) -> dt.datetime:
    return dt.datetime.strptime(value.toString("yyyy-MM-dd HH:mm"), "%Y-%m-%d %H:%M")
