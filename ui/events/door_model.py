"""The door's list. With nothing typed: those on the event's list still to come, then the regulars not on
the list still to come, then everyone already in — so the next arrival is near the top. While something
is typed: the list, then regulars, then the community's other members ("not on the list"), then a last
row "New person: <what was typed>". The Arrived column is a check box: one click on it checks that row's
person in. Check-ins beyond the event's capacity (by arrival order) are highlighted."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from desktop.services.drafts import to_local
from ui.common import ink
from ui.events.roster_model import RosterModel

CHECKED_IN, OVER = QColor("#e3f4e1"), QColor("#fbd9b5")
ARRIVED = 4  # the check-box column


class DoorWords(QObject):
    def not_on_list(self) -> str:
        return self.tr("not on the list")

    def over_capacity(self) -> str:
        return self.tr("Checked in beyond the capacity")

    def new_person(self, name: str) -> str:
        return self.tr("New person: {name}").format(name=name)

    def regular(self) -> str:
        return self.tr("regular · not on the list")

    def regular_tip(self) -> str:
        return self.tr("Came to at least 2 of the last 8 events; click the box to check in as a walk-in")

    def click_tip(self) -> str:
        return self.tr("Click the box to check in")

    def by(self, time: str, laptop: str) -> str:
        return self.tr("Checked in at {time} by {laptop}").format(time=time, laptop=laptop)


class DoorModel(RosterModel):
    def __init__(self, parent=None, tz: str = "UTC") -> None:
        super().__init__(parent)
        self.door = DoorWords()
        self.listed = 0  # rows[:listed] are on the event's list
        self.capacity = 0
        self.over: set[int] = set()
        self.regulars: set[int] = set()  # member ids among the others
        self.by: dict[int, str] = {}  # member id → the laptop that checked them in
        self.tz = tz  # the event's: the times in the tooltips

    def set_people(
        self, listed: list, others: list, regulars: set[int] = frozenset(), by: dict | None = None
    ) -> None:
        self.listed = len(listed)
        self.regulars = set(regulars)
        self.by = dict(by or {})
        regular = [r for r in others if r.member_id in self.regulars]
        self.set_rows(listed + regular + [r for r in others if r.member_id not in self.regulars])
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
            self.by[member_id] = (values or {}).get("checked_in_by", "")
            if not self.text.strip():
                self.set_filter(self.text)  # who is still to come moves up, who came goes down
            self._recount()
        return done

    def _matching(self, text: str) -> list[int]:
        if text.strip():
            return super()._matching(text)
        seen = [i for i, r in enumerate(self.rows) if i < self.listed or r.member_id in self.regulars]
        return [i for i in seen if not self.rows[i].checked_in_at] + [
            i for i in seen if self.rows[i].checked_in_at
        ]

    def is_regular(self, row: int) -> bool:
        r = self.row_at(row)
        return r is not None and r.member_id in self.regulars and not r.rsvp

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
        tint = OVER if r.member_id in self.over else CHECKED_IN if r.checked_in_at else None
        if role == Qt.ItemDataRole.ForegroundRole and tint is not None:
            return ink.on(tint)  # dark text on the light tint, on a dark palette too
        if role == Qt.ItemDataRole.BackgroundRole and r.member_id in self.over:
            return OVER
        if role == Qt.ItemDataRole.ToolTipRole and r.member_id in self.over:
            return self.door.over_capacity()
        if role == Qt.ItemDataRole.BackgroundRole and r.checked_in_at:
            return CHECKED_IN
        off_list = i >= self.listed and not r.rsvp
        if role == Qt.ItemDataRole.ForegroundRole and off_list and not r.checked_in_at:
            return QColor(ink.muted())
        regular = off_list and r.member_id in self.regulars
        if index.column() == ARRIVED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if r.checked_in_at else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._arrived_tip(r)
            if role == Qt.ItemDataRole.DisplayRole:
                return (super().data(index, role) or "").removeprefix("✓ ")  # the box says it
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 3 and off_list:
            return self.door.regular() if regular else self.door.not_on_list()
        if role == Qt.ItemDataRole.ToolTipRole and regular:
            return self.door.regular_tip()
        return super().data(index, role)

    def _arrived_tip(self, r) -> str:
        if not r.checked_in_at:
            return self.door.click_tip()
        time = to_local(r.checked_in_at, self.tz).strftime("%H:%M")
        return self.door.by(time, self.by.get(r.member_id) or "?")
