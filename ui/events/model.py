"""The events list as a table model: when, title, kind, venue, unit, going/capacity, checked in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from desktop.services.drafts import to_local
from desktop.services.events.queries import EventInfo
from ui.common.labels import named
from ui.common.list_model import ListTableModel
from ui.events.labels import event_kind_names, when_text


class EventColumns(QObject):
    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Title"), self.tr("Kind"), self.tr("Venue"), self.tr("Unit"),
                self.tr("Going"), self.tr("Checked in")]  # fmt: skip


class EventsModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(EventColumns().headers(), parent)
        self.events: list[EventInfo] = []
        self._kinds = event_kind_names()

    def set_events(self, events: list[EventInfo]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    def shown_count(self) -> int:
        return len(self.events)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self.events[index.row()]
        col = index.column()
        if col == 0:
            return when_text(to_local(e.start_utc, e.tz), to_local(e.end_utc, e.tz))
        if col == 5:
            return f"{e.going}/{e.capacity}" if e.capacity else str(e.going)
        return (
            None,
            e.title,
            named(self._kinds, e.kind),
            e.venue or e.online_link,
            e.unit,
            None,
            str(e.checked_in),
        )[col]
