"""The door's headline and its before-the-day words, in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QLabel


class DoorHeadline(QObject):
    def headcount(self, came: int, going: int, capacity: int, guests: int) -> tuple[str, bool]:
        """The door's big line and whether it is over capacity; `came` counts the guests in."""
        if capacity and came > capacity:
            text = self.tr("{came} / {capacity} — {over} over capacity").format(
                came=came, capacity=capacity, over=came - capacity
            )
            return text + " · " + self.tr("going {going}").format(going=going), True
        text = self.tr("Checked in {came} · going {going}").format(came=came, going=going)
        if guests:
            text += " " + self.tr("(guests among them: {n})").format(n=guests)
        if capacity:
            text += " · " + self.tr("capacity {n}").format(n=capacity)
        return text, False

    def day(self, day: dt.date) -> str:
        """ "Sunday 6 Dec" (zh: "12月6日 星期日"): the format is the catalog's, the names the locale's."""
        from desktop.i18n import current_language

        return QLocale(current_language()).toString(
            QDate(day.year, day.month, day.day), self.tr("dddd d MMM")
        )

    @staticmethod
    def banner() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("background: #fff4ce; padding: 6px;")
        return label

    def too_early(self, day: dt.date) -> str:
        return self.tr(
            "This event is on {day}. Check-ins are recorded from that day; nothing is recorded now."
        ).format(day=self.day(day))

    def refused(self, day: dt.date) -> str:
        return self.tr("Not recorded: this event is on {day}.").format(day=self.day(day))
