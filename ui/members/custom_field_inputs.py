"""The member editor's rows for the community's custom fields: a line for text, numbers and dates, a
pick list for choices. Values are cleaned by the service on save, as the standard fields are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget


class CustomFieldInputs:
    def __init__(self, fields) -> None:
        """`fields`: CustomFieldRecord list (desktop.services.members.custom_fields), in form order."""
        self.fields = list(fields)
        self.widgets: dict[int, QWidget] = {}
        for f in self.fields:
            self.widgets[f.id] = self._widget(f)

    def _widget(self, f) -> QWidget:
        if f.kind == "choice":
            combo = QComboBox()
            combo.addItem("", "")  # no value
            for c in f.choices:
                combo.addItem(c, c)
            return combo
        line = QLineEdit()
        if f.kind == "date":
            line.setPlaceholderText(
                QCoreApplication.translate("CustomFieldInputs", "e.g. 2024-03-05 or 2024年3月5日")
            )
        elif f.kind == "number":
            line.setPlaceholderText(
                QCoreApplication.translate("CustomFieldInputs", "a number, e.g. 12 or 12.5")
            )
        return line

    def add_rows(self, form: QFormLayout) -> None:
        for f in self.fields:
            form.addRow(f.name, self.widgets[f.id])

    def load(self, values: dict[int, str]) -> None:
        for fid, w in self.widgets.items():
            value = values.get(fid, "")
            if isinstance(w, QComboBox):
                i = w.findData(value)
                if i < 0 and value:  # a value no longer among the choices stays visible, not lost
                    w.addItem(value, value)
                    i = w.count() - 1
                w.setCurrentIndex(max(0, i))
            else:
                w.setText(value)

    def values(self) -> dict[int, str]:
        return {
            fid: (w.currentData() or "") if isinstance(w, QComboBox) else w.text()
            for fid, w in self.widgets.items()
        }

    def widget_named(self, name: str) -> QWidget | None:
        """The input of the field a refusal names (its `field` is the field's name)."""
        return next((self.widgets[f.id] for f in self.fields if f.name == name), None)
