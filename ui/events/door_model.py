"""The door's list: the event's list first, then (while something is typed) the community's other
members marked "not on the list", then a last row "New person: <what was typed>". Check-ins beyond the
event's capacity (by arrival order) are highlighted."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from ui.events.roster_model import RosterModel

CHECKED_IN, OVER, OTHER = QColor("#e3f4e1"), QColor("#fbd9b5"), QColor("#6b6b6b")


class DoorWords(QObject):
    def not_on_list(self) -> str:
        return self.tr("not on the list")

    def over_capacity(self) -> str:
        return self.tr("Checked in beyond the capacity")

    def new_person(self, name: str) -> str:
        return self.tr("New person: {name}").format(name=name)


class DoorModel(RosterModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.door = DoorWords()
        self.listed = 0  # rows[:listed] are on the event's list
        self.capacity = 0
        self.over: set[int] = set()

    def set_people(self, listed: list, others: list) -> None:
        self.listed = len(listed)
        self.set_rows(listed + others)
        self._recount()

    def set_capacity(self, capacity: int) -> None:
        self.capacity = capacity
        self._recount()

    def _recount(self) -> None:
        came = sorted((r.checked_in_at, r.member_id, r.guests) for r in self.rows if r.checked_in_at)
        self.over, total = set(), 0
        for _, member_id, guests in came:  # by arrival; a person's guests come with them
            total += 1 + guests
            if self.capacity and total > self.capacity:
                self.over.add(member_id)
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def update_member(self, member_id: int, values: dict | None) -> bool:
        done = super().update_member(member_id, values)
        if done:
            self._recount()
        return done

    def _matching(self, text: str) -> list[int]:
        if not text.strip():
            return list(range(self.listed))  # nothing typed: the list only
        return super()._matching(text)

    def shown_count(self) -> int:
        return len(self.shown) + (1 if self.text.strip() else 0)

    def guests_in(self) -> int:
        """Guests brought by those checked in."""
        return sum(r.guests for r in self.rows if r.checked_in_at)

    def person_count(self) -> int:
        return len(self.shown)

    def is_new_row(self, row: int) -> bool:
        return row == len(self.shown) and bool(self.text.strip())

    def row_at(self, row: int):
        return self.rows[self.shown[row]] if 0 <= row < len(self.shown) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if self.is_new_row(index.row()):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.door.new_person(self.text.strip())
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        i = self.shown[index.row()]
        r = self.rows[i]
        if role == Qt.ItemDataRole.BackgroundRole and r.member_id in self.over:
            return OVER
        if role == Qt.ItemDataRole.ToolTipRole and r.member_id in self.over:
            return self.door.over_capacity()
        if role == Qt.ItemDataRole.BackgroundRole and r.checked_in_at:
            return CHECKED_IN
        off_list = i >= self.listed and not r.rsvp
        if role == Qt.ItemDataRole.ForegroundRole and off_list and not r.checked_in_at:
            return OTHER
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 3 and off_list:
            return self.door.not_on_list()
        return super().data(index, role)
