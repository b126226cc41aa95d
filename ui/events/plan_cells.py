"""Cell editors of the plan tables: a duty offers the standard roles (free text still taken), and a
"Who" cell completes the community's member names as typed (name, pinyin, initials: the members
filter's own search)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyledItemDelegate


class DutyDelegate(QStyledItemDelegate):
    """An editable combo box of the duty names in the interface language."""

    def __init__(self, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):  # noqa: N802  (Qt's name)
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(self.names)
        box.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        return box

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setEditText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)


class MemberDelegate(QStyledItemDelegate):
    """A line edit whose completer lists the members that match what is typed so far.

    The completer (and its popup) belong to the delegate, not to the editor: the view deletes an editor
    as soon as it closes, and a popup deleted with it while active moves focus through a half-destroyed
    dialog (a crash in Qt)."""

    def __init__(self, find, parent=None) -> None:
        super().__init__(parent)
        self.find = find  # text -> [(id, name)], the members query
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the query has matched already (pinyin, initials, contains): show its answers unfiltered
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)

    def createEditor(self, parent, option, index):  # noqa: N802  (Qt's name)
        editor = QLineEdit(parent)
        editor.setCompleter(self.completer)
        editor.textEdited.connect(self.refresh)
        return editor

    def destroyEditor(self, editor, index) -> None:  # noqa: N802
        self.completer.popup().hide()
        editor.setCompleter(None)
        super().destroyEditor(editor, index)

    def refresh(self, text: str) -> None:
        names = list(dict.fromkeys(name for _id, name in self.find(text.strip()))) if text.strip() else []
        self.names.setStringList(names)
        if names:
            self.completer.complete()
