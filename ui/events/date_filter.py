"""The events list's dates as presets: upcoming (the default), past, the last 90 days, this year,
all, or a custom range whose two date edits show only when it is chosen. The choice is kept in the
settings (as the view's state) when the view is given them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.services.drafts import to_utc

PRESETS = ("upcoming", "past", "this_month", "last_90_days", "this_year", "all", "custom")


def preset_range(code: str, today: dt.date, first: dt.date | None = None, last: dt.date | None = None):
    """(first day, day after the last, `when` for the query) of a preset; None for an open end.
    The custom range includes its last day."""
    if code == "this_month":
        nxt = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return today.replace(day=1), nxt, "all"
    if code == "last_90_days":
        return today - dt.timedelta(days=90), today + dt.timedelta(days=1), "all"
    if code == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year + 1, 1, 1), "all"
    if code == "custom" and first and last:
        return first, last + dt.timedelta(days=1), "all"
    return None, None, code if code in ("upcoming", "past") else "all"  # past: newest first


def local_midnight_utc(day: dt.date | None) -> str:
    """The stored UTC string of midnight on `day` on this computer's clock ("" for an open end)."""
    return to_utc(dt.datetime.combine(day, dt.time()).astimezone(), "UTC") if day else ""


class DateFilter(QWidget):
    changed = Signal()

    def __init__(self, settings=None, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.preset = QComboBox()
        names = {"upcoming": self.tr("Upcoming"), "past": self.tr("Past"), "this_month": self.tr("This month"),
                 "last_90_days": self.tr("Last 90 days"), "this_year": self.tr("This year"),
                 "all": self.tr("All dates"), "custom": self.tr("Custom range…")}  # fmt: skip
        for code in PRESETS:
            self.preset.addItem(names[code], code)
        today = QDate.currentDate()
        self.start, self.end = QDateEdit(today.addMonths(-1)), QDateEdit(today)
        self.from_label, self.to_label = QLabel(self.tr("From")), QLabel(self.tr("to"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preset)
        for w in (self.from_label, self.start, self.to_label, self.end):
            row.addWidget(w)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self._restore()
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._edited)
        self.preset.currentIndexChanged.connect(self._edited)
        self._show_custom()

    def code(self) -> str:
        return self.preset.currentData()

    def set_code(self, code: str) -> None:
        self.preset.setCurrentIndex(max(0, self.preset.findData(code)))

    def query(self, today: dt.date | None = None) -> dict:
        """The events query's arguments: start_utc, end_utc, when."""
        first, after, when = preset_range(
            self.code(), today or dt.date.today(), self.start.date().toPython(), self.end.date().toPython()
        )
        return {"start_utc": local_midnight_utc(first), "end_utc": local_midnight_utc(after), "when": when}

    def _show_custom(self) -> None:
        custom = self.code() == "custom"
        for w in (self.from_label, self.start, self.to_label, self.end):
            w.setVisible(custom)

    def _edited(self, *_) -> None:
        self._show_custom()
        self._save()
        self.changed.emit()

    # --- remembered between sessions -------------------------------------------------------------
    def _save(self) -> None:
        if self.settings is not None:
            text = " ".join(
                (
                    self.code(),
                    self.start.date().toString("yyyy-MM-dd"),
                    self.end.date().toString("yyyy-MM-dd"),
                )
            )
            self.settings.save_state("EventsView", "dates", QByteArray(text.encode()))

    def _restore(self) -> None:
        state = self.settings.state("EventsView", "dates") if self.settings is not None else None
        parts = bytes(state.data()).decode(errors="replace").split() if state is not None else []
        if parts and parts[0] in PRESETS:
            self.set_code(parts[0])
        if len(parts) == 3:
            for edit, text in zip((self.start, self.end), parts[1:], strict=True):
                if (day := QDate.fromString(text, "yyyy-MM-dd")).isValid():
                    edit.setDate(day)
