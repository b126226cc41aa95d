"""The import preview's column table: each column of the file and what it is imported as, changeable.

A change is an override {header: field} handed back to the plan: "" ignores the column, CUSTOM keeps an
unknown column as a custom member field (of the kind its cells suggest). The dialog remembers the
overrides per header set.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from ui.common.labels import field_names
from ui.members.custom_fields_dialog import field_kind_names

IGNORED = ""
CUSTOM = "custom"  # desktop.services.members.column_matching.CUSTOM
MEMBER_FIELDS = ("name", "nickname", "email", "phone", "wechat", "qq", "city", "country", "organisation",
                 "title", "interests", "specialties", "tags", "joined", "inviter", "status", "status_date",
                 "status_reason", "notes", "uuid", "given_name", "family_name", "remark", "group_nickname",
                 "postcode")  # fmt: skip


class ColumnsTable(QTableWidget):
    overridden = Signal()

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(0, 2, parent)
        self.kind = kind
        self.setHorizontalHeaderLabels([self.tr("Column in file"), self.tr("Imported as")])
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.overrides: dict[str, str] = {}
        self._kept: dict[str, tuple[str, str]] = {}  # header → (custom field, kind) as last planned

    def _choices(self, custom: tuple[str, str] | None) -> list[tuple[str, str]]:
        names = {**field_names(), "country": self.tr("Country"), "given_name": self.tr("First (given) name"),
                 "family_name": self.tr("Last (family) name"), "remark": self.tr("WeChat remark (备注)"),
                 "group_nickname": self.tr("Group nickname"), "postcode": self.tr("Postcode")}  # fmt: skip
        fields = [(f, names.get(f, f)) for f in MEMBER_FIELDS]
        if custom is None:  # the kind is decided from the column's cells once chosen
            kept = self.tr("Custom field")
        else:  # a column the plan keeps (or kept before the organiser ignored it): as which field and kind
            name, kind = custom
            kept = self.tr("Custom field “{name}” ({kind})").format(name=name, kind=field_kind_names()[kind])
        return [(IGNORED, self.tr("(ignored)")), (CUSTOM, kept), *fields]

    def show_plan(self, plan) -> None:
        """One row per column: a combo for members (remappable), plain text for the other kinds."""
        names = field_names()
        custom = getattr(plan, "custom_columns", {})
        self._kept.update(custom)
        unknown = [(h, CUSTOM if h in custom else IGNORED) for h in plan.unknown_columns]
        rows = [(h, f) for h, f in plan.mapping.items()] + unknown
        self.setRowCount(len(rows))
        for r, (header, field) in enumerate(rows):
            self.setItem(r, 0, QTableWidgetItem(header))
            if self.kind != "members":
                text = names.get(field, field) if field else self.tr("(ignored)")
                self.setItem(r, 1, QTableWidgetItem(text))
                continue
            combo = QComboBox()
            for key, label in self._choices(self._kept.get(header)):
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(field.partition("+")[0])))  # phone+7: a second phone
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self._changed(h, c.currentData()))
            self.setCellWidget(r, 1, combo)
            self.setItem(r, 1, QTableWidgetItem(combo.currentText()))

    def _changed(self, header: str, field: str) -> None:
        self.overrides[header] = field
        self.overridden.emit()

    def imported_as(self) -> dict[str, str]:
        """Column → shown choice, as the organiser reads it (for tests and the summary)."""
        out = {}
        for r in range(self.rowCount()):
            widget = self.cellWidget(r, 1)
            out[self.item(r, 0).text()] = widget.currentText() if widget else self.item(r, 1).text()
        return out
