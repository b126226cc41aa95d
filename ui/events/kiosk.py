"""Kiosk mode: a full-screen window, large type, where members check themselves in. A member types their
own name or phone and presses "Check me in". Only names are ever shown (a match on a phone shows the
name alone; no phone or email of anyone appears); nobody new is added here ("Please ask an organiser");
Esc asks the organiser's PIN, and only the right PIN leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.drafts import to_local
from desktop.services.events.door import before_the_day, kiosk_matches
from ui.common.write import FAILED, write
from ui.events.door_words import DoorHeadline
from ui.events.kiosk_pin import PinAsk, PinChoice

MOST_SHOWN = 8  # names offered at once: a member finds their own, nobody browses the list
MEMBER_ID = Qt.ItemDataRole.UserRole


def start_kiosk(services, event, door, parent=None):
    """The organiser chooses the PIN (typed twice); then the kiosk, full screen. None if cancelled."""
    choice = PinChoice(parent)
    if choice.exec() != PinChoice.DialogCode.Accepted:
        return None
    kiosk = KioskWindow(services, event, door, choice.pin.text())
    kiosk.showFullScreen()
    return kiosk


class KioskWindow(QWidget):
    def __init__(self, services, event, door, pin: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.services, self.info, self.door, self._pin = services, event, door, pin
        self.unlocked = False
        self.setWindowTitle(self.tr("Check-in: {title}").format(title=event.title))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9) * 2.4)
        self.setFont(font)
        title = QLabel(self.tr("Welcome to {title}").format(title=event.title))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type your name or phone"))
        self.names = QListWidget()
        self.button = QPushButton(self.tr("Check me in"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self.confirm)
        self.button.clicked.connect(self.confirm)
        self.names.itemClicked.connect(self._pick)
        self.names.itemActivated.connect(lambda item: (self._pick(item), self.confirm()))
        self.picked: QListWidgetItem | None = None  # the name chosen among several
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        for w in (title, self.search, self.names, self.button, self.message):
            layout.addWidget(w)
        self._people: list = []
        self._load()
        self.search.setFocus()

    def _load(self) -> None:
        """Everyone who may check in here: the event's list (not those who declined) and the members."""
        roster = [r for r in self.services.events.roster(self.info.id) if r.rsvp != "declined"]
        others = self.services.door.not_on_list(self.info.id, self.info.community_id)
        self._people = roster + others

    def _pick(self, item: QListWidgetItem) -> None:
        self.picked = item

    def _find(self, text: str) -> None:
        self.picked = None
        self.message.clear()
        self.names.clear()
        found = kiosk_matches(self._people, text)
        for r in found[:MOST_SHOWN]:
            item = QListWidgetItem(r.name)  # the name only, whatever matched
            item.setData(MEMBER_ID, r.member_id)
            self.names.addItem(item)
        if len(found) > MOST_SHOWN:
            self.message.setText(self.tr("Many names match; type more of yours."))
        elif text.strip() and not found and len(text.strip()) >= 2:
            self.message.setText(self.tr("No one of that name here. Please ask an organiser."))
        if self.names.count() == 1:
            self.names.setCurrentRow(0)

    def confirm(self) -> None:
        """ "Check me in": the chosen name (the only one, or the one picked in the list)."""
        item = self.names.item(0) if self.names.count() == 1 else self.picked
        if item is None:
            if self.names.count() > 1:
                self.message.setText(self.tr("Choose your name in the list, then Check me in."))
            elif self.search.text().strip():
                self.message.setText(self.tr("No one of that name here. Please ask an organiser."))
            return
        self._check_in(item.data(MEMBER_ID), item.text())

    def _check_in(self, member_id: int, name: str) -> None:
        day = before_the_day(self.info, self.door.now())
        if day is not None:
            self.message.setText(DoorHeadline(self).refused(day))
            return
        row = next((r for r in self.services.events.roster(self.info.id) if r.member_id == member_id), None)
        if row is not None and row.checked_in_at:
            when = to_local(row.checked_in_at, self.info.tz).strftime("%H:%M")
            self.message.setText(self.tr("{name}, you are already checked in (since {time}).")
                                 .format(name=name, time=when))  # fmt: skip
            return
        if write(self, self.windowTitle(), self.door.check_in, self.info, member_id) is FAILED:
            return
        self.search.clear()
        self._load()  # a walk-in is on the list now
        self.message.setText(self.tr("Welcome, {name}! You are checked in.").format(name=name))

    # --- leaving: Esc and the organiser's PIN ---------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.ask_pin()
            return
        super().keyPressEvent(event)

    def ask_pin(self) -> None:
        ask = PinAsk(self)
        if ask.exec() == PinAsk.DialogCode.Accepted and ask.pin.text() == self._pin:
            self.unlocked = True
            self.close()
        else:
            self.message.setText(self.tr("Wrong PIN: the kiosk stays open."))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.unlocked:
            self._pin = ""
            super().closeEvent(event)
        else:
            event.ignore()  # Alt+F4 too: only the PIN leaves
            self.ask_pin()
