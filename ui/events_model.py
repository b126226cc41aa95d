"""The events list as a table model: when, title, kind, venue, unit, going/capacity, checked in."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop.services.drafts import to_local
from desktop.services.event_queries import EventInfo
from ui.event_labels import event_kind_names, named, when_text


class EventColumns(QObject):
    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Title"), self.tr("Kind"), self.tr("Venue"), self.tr("Unit"),
                self.tr("Going"), self.tr("Checked in")]  # fmt: skip


class EventsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.events: list[EventInfo] = []
        self._headers = EventColumns().headers()
        self._kinds = event_kind_names()

    def set_events(self, events: list[EventInfo]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

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
