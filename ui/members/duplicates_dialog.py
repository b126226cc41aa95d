"""Members ▸ Find duplicates…: the scan in a background task, the candidate pairs with their score and
reasons, and the two members side by side with a choice per field of which value survives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from ui.common.labels import field_names as common_field_names
from ui.common.labels import kind_names, named, status_names
from ui.common.task_dialog import run_with_progress
from ui.common.write import FAILED, error_text, write

JOINED = ("interests", "specialties", "tags", "notes")  # fields whose default keeps both sides
BOTH = "both"
MERGED_FIELDS = ("name", "city", "organisation", "title", "joined_on", "status", "notes", "inviter_id",
                 "interests", "specialties", "tags")  # fmt: skip


def reason_names() -> dict[str, str]:
    return {  # spelled out: lupdate only sees QCoreApplication.translate by that name
        "same_email": QCoreApplication.translate("DuplicatesDialog", "same email"),
        "same_phone": QCoreApplication.translate("DuplicatesDialog", "same phone"),
        "same_wechat_id": QCoreApplication.translate("DuplicatesDialog", "same WeChat ID"),
        "same_qq": QCoreApplication.translate("DuplicatesDialog", "same QQ"),
        "same_name": QCoreApplication.translate("DuplicatesDialog", "same name"),
        "same_name_pinyin": QCoreApplication.translate("DuplicatesDialog", "same name in pinyin"),
        "similar_name": QCoreApplication.translate("DuplicatesDialog", "similar name"),
        "same_city": QCoreApplication.translate("DuplicatesDialog", "same city"),
        "same_organisation": QCoreApplication.translate("DuplicatesDialog", "same organisation"),
    }


def merge_field_names() -> dict[str, str]:
    """The import's column names, keyed by the member's own fields."""
    names = common_field_names()
    names.update(joined_on=names["joined"], inviter_id=names["inviter"])
    return {f: names[f] for f in MERGED_FIELDS}


class DuplicatesDialog(QDialog):
    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(1000, 600)
        self.candidates: list = []
        self.choices: dict[str, QButtonGroup] = {}
        self.values: dict[str, tuple] = {}  # field → (A's value, B's value) where they differ
        self.defaults: dict[str, str] = {}
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Member A"), self.tr("Member B"),
                                              self.tr("Reasons")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_pair)
        self.compare = QWidget()
        self.grid = QGridLayout(self.compare)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.compare)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        self.status = QLabel()
        self.merge_button = QPushButton(self.tr("Merge"))
        self.not_dup_button = QPushButton(self.tr("Not a duplicate"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.identical_button = QPushButton(self.tr("Merge all identical pairs"))
        self.merge_button.clicked.connect(self.merge)
        self.not_dup_button.clicked.connect(self.not_duplicate)
        self.skip_button.clicked.connect(self.skip)
        self.identical_button.clicked.connect(self.merge_identical)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for b in (self.identical_button, self.skip_button, self.not_dup_button, self.merge_button):
            row.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self._enable()

    # --- the scan --------------------------------------------------------------------------------
    def scan(self) -> None:
        """Run the scan off the GUI thread, with progress and Cancel."""
        find, cid = self.services.duplicates.find, self.community_id
        self.status.setText(self.tr("Looking for duplicates…"))
        run_with_progress(self, self.tr("Looking for duplicates…"), lambda p: find(cid, p),
                          self.show_candidates, self._failed)  # fmt: skip

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def show_candidates(self, candidates: list) -> None:
        self.candidates = list(candidates)
        reasons = reason_names()
        self.table.setRowCount(len(self.candidates))
        for r, c in enumerate(self.candidates):
            cells = (str(c.score), c.a_name, c.b_name, ", ".join(named(reasons, x) for x in c.reasons))
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("%n possible duplicate pair(s)", "", len(self.candidates)))
        if self.candidates:
            self.table.selectRow(0)
        else:
            self._show_pair()

    # --- side by side ----------------------------------------------------------------------------
    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.choices, self.values, self.defaults = {}, {}, {}

    def _show_pair(self) -> None:
        self._clear()
        pair = self.current()
        self._enable()
        if pair is None:
            return
        a, b = self.services.members.get(pair.a_id), self.services.members.get(pair.b_id)
        if a is None or b is None:
            return
        self.grid.addWidget(QLabel(f"<b>{self.tr('Member A (kept)')}</b>"), 0, 1)
        self.grid.addWidget(QLabel(f"<b>{self.tr('Member B (merged into A)')}</b>"), 0, 2)
        r = 1
        for key, label, x, y, x_text, y_text in self._rows(a, b):
            self.grid.addWidget(QLabel(label), r, 0)
            if x == y or not (x or y):
                self.grid.addWidget(QLabel(x_text), r, 1)
            else:
                self._choice(key, r, x_text, y_text, x, y)
            r += 1
        kinds = kind_names()
        self.grid.addWidget(QLabel(self.tr("Contacts (all kept)")), r, 0)
        for col, rec in ((1, a), (2, b)):
            self.grid.addWidget(
                QLabel("\n".join(f"{named(kinds, k)}: {v}" for k, v in rec.identities)), r, col
            )
        self.grid.setRowStretch(r + 1, 1)

    def _rows(self, a, b) -> list[tuple]:
        """(merge key, label, A's value, B's value, A's text, B's text) per field."""
        names, statuses = merge_field_names(), status_names()
        out = []
        for f, label in names.items():
            if f == "inviter_id":
                out.append((f, label, a.inviter_id, b.inviter_id, a.inviter_name, b.inviter_name))
            else:
                x, y = getattr(a, f), getattr(b, f)
                shown = (lambda v: named(statuses, v)) if f == "status" else str
                out.append((f, label, x, y, shown(x), shown(y)))
        fields = getattr(self.services, "custom_fields", None)  # custom member fields, if this build has them
        if fields is not None:
            va, vb = fields.values(a.id), fields.values(b.id)
            for f in fields.fields(self.community_id):
                x, y = va.get(f.id, ""), vb.get(f.id, "")
                out.append((f"custom:{f.id}", f.name, x, y, x, y))
        return out

    def _choice(self, key: str, row: int, a_text: str, b_text: str, a_value, b_value) -> None:
        group = QButtonGroup(self)
        options = [("a", a_text), ("b", b_text)]
        if key in JOINED:
            options.append((BOTH, self.tr("both")))
        for col, (side, text) in enumerate(options, start=1):
            button = QRadioButton(text or self.tr("(empty)"))
            button.setProperty("choice", side)
            group.addButton(button)
            self.grid.addWidget(button, row, col)
        # the same defaults as the merge's own (merge.default_values): only a changed pick is sent
        default = BOTH if key in JOINED else "a" if a_value not in ("", None) else "b"
        if key == "joined_on" and a_value and b_value:
            default = "a" if a_value <= b_value else "b"
        self.choices[key], self.values[key], self.defaults[key] = group, (a_value, b_value), default
        self.choose(key, default)

    def chosen(self) -> dict:
        """The picks the organiser changed, as merge() takes them; the rest keep the merge's defaults."""
        out = {}
        for field, group in self.choices.items():
            pick = group.checkedButton().property("choice")
            if pick != self.defaults[field] and pick != BOTH:
                out[field] = self.values[field][0 if pick == "a" else 1]
        return out

    def choose(self, field: str, side: str) -> None:
        """Pick a side for a field (as a click on its radio button does)."""
        for button in self.choices[field].buttons():
            if button.property("choice") == side:
                button.setChecked(True)

    # --- actions ---------------------------------------------------------------------------------
    def _enable(self) -> None:
        has = self.current() is not None
        for b in (self.merge_button, self.not_dup_button, self.skip_button):
            b.setEnabled(has)

    def _drop(self, gone: set[int], pair_only=None) -> None:
        """Remove the pairs naming a member merged away (or just the one pair) and select the next."""
        row = self.table.currentRow()
        keep = [c for c in self.candidates if c is not pair_only and not ({c.a_id, c.b_id} & gone)]
        self.show_candidates(keep)
        if keep:
            self.table.selectRow(min(max(row, 0), len(keep) - 1))

    def merge(self) -> None:
        pair = self.current()
        if pair is None:
            return
        merge = self.services.duplicates.merge
        if write(self, self.windowTitle(), merge, pair.a_id, pair.b_id, self.chosen()) is FAILED:
            return
        self._drop({pair.b_id})

    def not_duplicate(self) -> None:
        pair = self.current()
        mark = self.services.duplicates.not_duplicate
        if pair is not None and write(self, self.windowTitle(), mark, pair.a_id, pair.b_id) is not FAILED:
            self._drop(set(), pair)

    def skip(self) -> None:
        row = self.table.currentRow()
        if row + 1 < self.table.rowCount():
            self.table.selectRow(row + 1)

    def merge_identical(self) -> None:
        n = write(self, self.windowTitle(), self.services.duplicates.merge_identical, self.community_id)
        if n is FAILED:
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("Merged %n identical pair(s).", "", n))
        if n:
            self.scan()


def find_duplicates_dialog(services: Services, community_id: int, parent=None) -> DuplicatesDialog:
    """Open the dialog and start the scan at once."""
    dialog = DuplicatesDialog(services, community_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.scan()
    return dialog
