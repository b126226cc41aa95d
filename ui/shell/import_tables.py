"""The import preview's plain tables: the first rows as read, the rejected rows."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

SAMPLE_ROWS = 20


def plain_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    if headers:
        t.setHorizontalHeaderLabels(headers)
        t.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return t


def fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def sample_rows(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    """The file's first rows exactly as decoded: the organiser sees at once if the text is garbled."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    fill(table, [tuple(r[: len(headers)]) for r in rows[:SAMPLE_ROWS]])
