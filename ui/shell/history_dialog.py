"""Edit ▸ History…: the undo journal as a readable log, newest first.

Each step shows when and what (its label), undone steps marked; expanding it lists its changes by
the table's meaning with field: before → after (the first few hundred of a big step, "and N more").
Filter by member (the member picker) and by text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.services.container import Services
from ui.common.member_picker import MemberPicker
from ui.shell import history_labels as words

STEP_ID = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    def __init__(self, services: Services, community_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 620)
        self.text = QLineEdit(placeholderText=self.tr("Filter by text (a label or a value)"))
        self.text.setClearButtonEnabled(True)
        self.member = MemberPicker(services, community_id, self) if community_id is not None else None
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Text:")))
        filters.addWidget(self.text, 2)
        if self.member is not None:
            filters.addWidget(QLabel(self.tr("Member:")))
            filters.addWidget(self.member, 1)
            self.member.editingFinished.connect(self.reload)
            self.member.completer().activated.connect(lambda _t: self.reload())
            self.member.textChanged.connect(lambda t: t or self.reload())
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("What"), self.tr("When"), ""])  # the tree indents "what"
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemExpanded.connect(self._fill)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._wait = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.text.textChanged.connect(self._wait.start)
        self.reload()
        self.text.setFocus()

    def member_id(self) -> int | None:
        if self.member is None:
            return None
        ok, mid = self.member.member_id()
        return mid if ok else -1  # a name matching nobody: no step

    def reload(self) -> None:
        self.tree.clear()
        steps = self.services.history.steps(self.member_id(), self.text.text())
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for s in steps:
            item = QTreeWidgetItem([s.label, s.done_at.replace("T", " "), self._state(s)])
            item.setData(0, STEP_ID, s.id)
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            if s.undone:
                font = QFont(item.font(1))
                font.setItalic(True)
                for col in range(3):
                    item.setFont(col, font)
                    item.setForeground(col, muted)
            self.tree.addTopLevelItem(item)
        self.count.setText(self.tr("%n step(s)", "", len(steps)))
        if steps:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.tree.topLevelItem(0).setExpanded(True)

    def _state(self, s) -> str:
        marks = []
        if s.undone:
            marks.append(self.tr("undone"))
        if s.kept == "big":
            marks.append(self.tr("too large to undo after a restart"))
        elif s.kept == "forgotten":
            marks.append(self.tr("details erased"))
        return ", ".join(marks)

    def _fill(self, item: QTreeWidgetItem) -> None:
        """The step's changes, read when it is first expanded."""
        if item.parent() is not None or item.childCount():
            return
        detail = self.services.history.detail(item.data(0, STEP_ID))
        tables, columns, kinds = words.table_names(), words.column_names(), words.kind_words()
        for c in detail.changes:
            child = QTreeWidgetItem(item, [self._change_title(c, tables, kinds)])
            for f in c.fields:
                name = words.column_name(columns, c.table, f.field)
                before = words.value_text(c.table, f.field, f.before)
                after = words.value_text(c.table, f.field, f.after)
                if c.kind == "updated":
                    text = self.tr("{field}: {before} → {after}").format(
                        field=name, before=before, after=after
                    )
                else:
                    text = self.tr("{field}: {value}").format(
                        field=name, value=after if c.kind == "inserted" else before
                    )
                QTreeWidgetItem(child, [text])
            child.setExpanded(len(detail.changes) <= 20)
        if not detail.changes and detail.total:
            QTreeWidgetItem(item, [self.tr("%n change(s); their details were not kept", "", detail.total)])
        elif detail.total > len(detail.changes):
            more = detail.total - len(detail.changes)
            QTreeWidgetItem(item, [self.tr("and %n more change(s)", "", more)])

    def _change_title(self, c, tables: dict[str, str], kinds: dict[str, str]) -> str:
        what = tables.get(c.table, c.table)
        about = dict.fromkeys(x for x in (c.name, c.member, c.event) if x)  # in order, once each
        title = f"{what} {' · '.join(about)}" if about else f"{what} #{c.key}"
        return self.tr("{what}: {kind}").format(what=title, kind=kinds.get(c.kind, c.kind))
