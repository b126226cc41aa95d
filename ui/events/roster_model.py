"""The door roster: everyone on an event's list, filtered as one types (name, pinyin initials, phone).

A check-in updates its one row from the change set, so the door stays fast with thousands on the list.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ui.common import ink
from ui.common.labels import named
from ui.common.list_model import ListTableModel
from ui.common.person_names import shown_name
from ui.common.phone_display import shown_phone
from ui.events.labels import rsvp_names


class RosterColumns(QObject):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Unit"), self.tr("RSVP"), self.tr("Arrived")]

    def walk_in(self) -> str:
        return self.tr("walk-in")

    def no_show(self) -> str:
        return self.tr("no-show")


class RosterModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        words = RosterColumns()
        super().__init__(words.headers(), parent)
        self.words = words
        self.rows: list = []  # RosterRow, by pinyin
        self.shown: list[int] = []  # indexes into rows
        self.by_member: dict[int, int] = {}
        self._rsvp = rsvp_names()
        self.text = ""
        self.region = "CN"  # the community's home region: its phones are shown in national format

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.by_member = {r.member_id: i for i, r in enumerate(rows)}
        self.shown = self._matching(self.text)
        self.endResetModel()

    def _matching(self, text: str) -> list[int]:
        words = text.casefold().split()
        if not words:
            return list(range(len(self.rows)))
        return [i for i, r in enumerate(self.rows)
                if all(w in r.search_text or w in r.phone for w in words)]  # fmt: skip

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self.text = text
        self.shown = self._matching(text)
        self.endResetModel()

    def member_at(self, row: int) -> int | None:
        return self.rows[self.shown[row]].member_id if 0 <= row < len(self.shown) else None

    def update_member(self, member_id: int, values: dict | None) -> bool:
        """Apply an attendance record's new values to its row; False if the row is unknown."""
        i = self.by_member.get(member_id)
        if i is None or values is None:
            return False
        r = self.rows[i]
        self.rows[i] = replace(r, rsvp=values["rsvp"], checked_in_at=values["checked_in_at"],
                               walk_in=bool(values["walk_in"]), no_show=bool(values["no_show"]),
                               guests=values.get("guests", r.guests))  # fmt: skip
        if i in self.shown:
            row = self.shown.index(i)
            self.row_changed(row)
        return True

    def shown_count(self) -> int:
        return len(self.shown)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[self.shown[index.row()]]
        if role == Qt.ItemDataRole.BackgroundRole and r.checked_in_at:
            return QColor("#e3f4e1")
        if role == Qt.ItemDataRole.ForegroundRole and r.checked_in_at:
            return ink.on(QColor("#e3f4e1"))  # dark text on the light tint, on a dark palette too
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 4:
            if r.checked_in_at:
                return "✓ " + (self.words.walk_in() if r.walk_in else "")
            return self.words.no_show() if r.no_show else ""
        rsvp = named(self._rsvp, r.rsvp) + (f" +{r.guests}" if r.guests else "")  # +1: brings one
        return (shown_name(r.name), shown_phone(r.phone, self.region), r.unit, rsvp)[col]
