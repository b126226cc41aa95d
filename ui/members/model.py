"""The members table: an ordered id list from SQL plus a row cache filled in blocks of 256.

Sorting and filtering re-run the id query (no proxy model over 100k rows); a change set refreshes
only the rows it names, and inserts/deletes reload the ids.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from shiboken6 import isValid

from desktop.services.container import Services
from ui.common.labels import field_names, status_names
from ui.common.phone_display import shown_phone
from ui.members.erased import shown_name

BLOCK = 256
FIRST = 1024  # ids read before the first paint; the rest follow from the event loop
PAGE = 4096  # a team server's ids are read a page at a time as rows are reached (keyset paging)
SORT_FIELDS = {
    "name": "sort_key",
    "city": "city",
    "organisation": "organisation",
    "joined": "joined_on",
    "status": "status",
}
# (key, attribute on MemberRow, sortable in SQL); headers are translated in the model
COLUMNS = [
    ("name", "name", True),
    ("nickname", "nickname", False),
    ("wechat", "wechat_id", False),
    ("phone", "phone", False),
    ("email", "email", False),
    ("city", "city", True),
    ("organisation", "organisation", True),
    ("tags", "tags", False),
    ("joined", "joined_on", True),
    ("status", "status", True),
    ("inviter", "inviter", False),
]


class MembersModel(QAbstractTableModel):
    reloaded = Signal()

    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.community_id = community_id
        self.filter_text = ""
        self.sort_key, self.descending = "name", False
        self._ids: list[int] = []
        self._count = 0
        self._row_of: dict[int, int] | None = None
        self._cache: dict = {}
        names = field_names()
        self.headers = [names[key] for key, _, _ in COLUMNS]
        self.status_names = status_names()
        self.region = getattr(services, "region", "CN")  # the community's home region: its phones national
        services.changes.changed.connect(self.on_changes)
        self.reload(first_screen=True)

    # --- Qt interface -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        value = getattr(row, COLUMNS[index.column()][1])
        if key == "name":
            return shown_name(value)  # an erased person's placeholder, translated
        if key == "phone":  # shown as people write it; the tooltip, sorting and the filter use E.164
            return value if role == Qt.ItemDataRole.ToolTipRole else shown_phone(value, self.region)
        return self.status_names.get(value, value) if key == "status" else value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, _, sortable = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if sortable and (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    # --- ids and the block cache --------------------------------------------------------------
    def id_at(self, row: int) -> int:
        if row >= len(self._ids):
            self._complete_ids(row)
        return self._ids[row]

    def _complete_ids(self, upto: int | None = None) -> None:
        """The ids up to row `upto` (None: all). A team server pages on from the last id read."""
        if not isValid(self):  # scheduled from the event loop; the view may have been closed since
            return
        if self.services.is_server:
            self._page_ids(self._count if upto is None else upto + 1)
            return
        if len(self._ids) < self._count:
            ids = self.services.members.ordered_ids(
                self.community_id, self.filter_text, self.sort_key, self.descending
            )
            changed = len(ids) != self._count or ids[: len(self._ids)] != self._ids
            self._ids = ids
            self._row_of = None
            if changed:  # written by another program meanwhile: reset from the event loop, not mid-paint
                QTimer.singleShot(0, self.reload)

    def _page_ids(self, wanted: int) -> None:
        query = self.services.members
        while len(self._ids) < min(wanted, self._count):
            page = query.ordered_ids(self.community_id, self.filter_text, self.sort_key, self.descending,
                                     max(PAGE, wanted - len(self._ids)), self._ids[-1] if self._ids else None)  # fmt: skip
            if not page:  # fewer than counted (deleted meanwhile): the count follows
                self._count = len(self._ids)
                break
            self._ids += page
            self._row_of = None

    def row_of(self, member_id: int, loaded_only: bool = False) -> int | None:
        """The member's row; `loaded_only`: among the ids read so far (a changed row not read yet is
        read fresh when reached: no need to page through a million ids for it)."""
        if self._row_of is None and loaded_only:
            return self._ids.index(member_id) if member_id in self._ids else None
        if self._row_of is None:
            self._complete_ids()
            self._row_of = {mid: i for i, mid in enumerate(self._ids)}
        return self._row_of.get(member_id)

    def _row(self, row: int):
        if row >= len(self._ids) and (self._complete_ids(row) or row >= len(self._ids)):
            return None
        mid = self._ids[row]
        cached = self._cache.get(mid)
        if cached is None:
            start = (row // BLOCK) * BLOCK
            block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
            self._cache.update(self.services.members.rows(block))
            cached = self._cache.get(mid)
        return cached

    def set_filter(self, text: str) -> None:
        if text != self.filter_text:
            self.filter_text = text
            self.reload()

    def reload(self, first_screen: bool = False) -> None:
        """Re-read the ordered ids. With `first_screen`, read only the count and the first ids now and
        the rest from the event loop once the window has painted (launch speed at 100k members)."""
        if not isValid(self):  # a deferred reload after the view was closed
            return
        self.beginResetModel()
        query = self.services.members
        if first_screen or self.services.is_server:  # a server: the rest page in as rows are reached
            self._count = query.count(self.community_id, self.filter_text)
            self._ids = query.ordered_ids(
                self.community_id, self.filter_text, self.sort_key, self.descending, FIRST
            )
            if not self.services.is_server:
                QTimer.singleShot(0, self._complete_ids)
        else:
            self._ids = query.ordered_ids(self.community_id, self.filter_text, self.sort_key, self.descending)
            self._count = len(self._ids)
        self._row_of = None
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit()

    def on_changes(self, changes) -> None:
        if changes.members_added_or_removed or self._moves_rows(changes):
            self.reload()
            return
        for mid in changes.member_rows:
            self._cache.pop(mid, None)
            r = self.row_of(mid, loaded_only=True)
            if r is not None:
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))

    def _moves_rows(self, changes) -> bool:
        """An edit to the sort column, or to the search text while filtering, can move rows."""
        watched = {SORT_FIELDS.get(self.sort_key, "sort_key")} | (
            {"search_text"} if self.filter_text else set()
        )
        if self.filter_text and "member_field_value" in changes.tables:  # a "field = value" filter
            return True
        return changes.member_fields_changed(watched)
