"""The next event's card: when, where, going/capacity, and the evening's buttons (print the plan or
save it as PDF, the sign-in sheet, the door, guests). From launch, printing tonight's plan is one click
here and one in the print dialog; the door is one click."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.services.drafts import to_local
from ui.common.icons import icon
from ui.events.labels import when_text


class NextEventCard(QFrame):
    print_requested = Signal(str)  # a printout kind: "plan", "signin"
    pdf_requested = Signal(str)
    door_requested = Signal()
    guests_requested = Signal()
    new_event_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.print_plan = self._button(
            self.tr("Print plan…"), lambda: self.print_requested.emit("plan"), "print"
        )
        self.print_plan.setToolTip(self.tr("Print tonight's plan (Ctrl+P)"))
        self.pdf_plan = self._button(
            self.tr("Save plan as PDF"), lambda: self.pdf_requested.emit("plan"), "pdf"
        )
        self.pdf_plan.setToolTip(
            self.tr("Saved to the last folder used, named by the event's date and title")
        )
        self.print_signin = self._button(
            self.tr("Print sign-in sheet…"), lambda: self.print_requested.emit("signin"), "signin"
        )
        self.door = self._button(self.tr("Door check-in"), self.door_requested.emit, "checkin")
        self.door.setToolTip(self.tr("Check people in as they arrive (Ctrl+D)"))
        self.door.setShortcut(QKeySequence("Ctrl+D"))
        self.guests = self._button(self.tr("Guests…"), self.guests_requested.emit, "guests")
        self.new_event = self._button(self.tr("New event…"), self.new_event_requested.emit, "new_event")
        buttons = QHBoxLayout()
        for b in (self.print_plan, self.pdf_plan, self.print_signin, self.door, self.guests, self.new_event):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        for w in (self.heading, self.title, self.details):
            box.addWidget(w)
        box.addLayout(buttons)

    def _button(self, text: str, slot, meaning: str) -> QPushButton:
        b = QPushButton(icon(meaning), text)
        b.clicked.connect(slot)
        return b

    def show_event(self, event, now_utc: str) -> None:
        has = event is not None
        for b in (self.print_plan, self.pdf_plan, self.print_signin, self.door, self.guests):
            b.setVisible(has)
        self.new_event.setVisible(not has)
        self.details.setVisible(has)
        if not has:
            self.heading.setText(self.tr("No upcoming event"))
            self.title.setText(self.tr("Add the next event to plan it, print it and check people in."))
            return
        start, end = to_local(event.start_utc, event.tz), to_local(event.end_utc, event.tz)
        under_way = event.start_utc <= now_utc
        today = to_local(now_utc, event.tz).date() == start.date()
        self.heading.setText(
            self.tr("Under way") if under_way else self.tr("Tonight") if today else self.tr("Next event")
        )
        self.title.setText(event.title)
        lines = [when_text(start, end) + f"  ({event.tz})"]
        if event.venue or event.address:
            lines.append(" · ".join(p for p in (event.venue, event.address) if p))
        if event.capacity:
            going = self.tr("Going: {going} / {capacity}").format(going=event.going, capacity=event.capacity)
        else:
            going = self.tr("Going: {going}").format(going=event.going)
        if under_way or event.checked_in:
            going += " · " + self.tr("Checked in: {n}").format(n=event.checked_in)
            if event.capacity and event.checked_in > event.capacity:  # walk-ins beyond the room
                going += " — " + self.tr("%n over capacity", "", event.checked_in - event.capacity)
        lines.append(going)
        self.details.setText("\n".join(lines))
