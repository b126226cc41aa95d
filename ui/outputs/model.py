"""The outputs list as a table model: title, kind, status (stalled works in red), contributors, date,
unit and the event where a work was presented."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desktop.services.drafts import is_stalled
from ui.common import ink
from ui.common.labels import named
from ui.common.list_model import ListTableModel
from ui.common.output_labels import output_kind_names, output_status_names
from ui.common.person_names import shown_name


class OutputColumns(QObject):
    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Kind"), self.tr("Status"), self.tr("Contributors"), self.tr("Date"),
                self.tr("Unit"), self.tr("Presented at")]  # fmt: skip

    def stalled(self, days: int) -> str:
        return self.tr("stalled (over %n day(s))", "", days)


class OutputsModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        words = OutputColumns()
        super().__init__(words.headers(), parent)
        self.words = words
        self.outputs: list = []
        self.stalled_days = 30
        self._kinds, self._statuses = output_kind_names(), output_status_names()

    def set_outputs(self, outputs: list, stalled_days: int) -> None:
        self.beginResetModel()
        self.outputs, self.stalled_days = outputs, stalled_days
        self.endResetModel()

    def shown_count(self) -> int:
        return len(self.outputs)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        o = self.outputs[index.row()]
        stalled = is_stalled(o.status, o.status_on, dt.date.today(), self.stalled_days)
        if role == Qt.ItemDataRole.ForegroundRole and stalled and index.column() == 2:
            return QColor(ink.alert())  # read at each paint: follows a light/dark switch
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = named(self._statuses, o.status) + (
            f" — {self.words.stalled(self.stalled_days)}" if stalled else ""
        )
        people = "、".join(shown_name(n) for _, n, _ in o.contributors)
        return (o.title, named(self._kinds, o.kind), status, people, o.date, o.unit, o.event)[index.column()]
