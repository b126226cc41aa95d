"""A line edit that picks a member by typing (name, pinyin initials, phone...), for the inviter."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.services.container import Services


class MemberPicker(QLineEdit):
    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.community_id = community_id
        self._choices: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a name, pinyin initials or phone"))
        self.textEdited.connect(self._refresh)
        self.chosen_id: int | None = None

    def _label(self, mid: int, name: str) -> str:
        return f"{name}  #{mid}"

    def _refresh(self, text: str) -> None:
        self.chosen_id = None
        found = self.services.members.find(self.community_id, text, 20)
        self._choices = {self._label(mid, name): mid for mid, name in found}
        self._model.setStringList(list(self._choices))

    def set_member(self, member_id: int | None, name: str) -> None:
        self.chosen_id = member_id
        self.setText(self._label(member_id, name) if member_id is not None else "")

    def member_id(self) -> tuple[bool, int | None]:
        """(ok, id): ok is False when text names nobody unambiguously."""
        text = self.text().strip()
        if not text:
            return True, None
        if text in self._choices:
            return True, self._choices[text]
        if self.chosen_id is not None:
            return True, self.chosen_id
        found = self.services.members.find(self.community_id, text, 2)
        return (True, found[0][0]) if len(found) == 1 else (False, None)
