"""Kiosk mode: members check themselves in by name or phone; only names are ever shown; nobody new is
added; Esc asks the organiser's PIN and only the right one leaves."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QListWidget

from desktop.services.drafts import MemberDraft
from desktop.services.events.door import Door
from models.event_draft import EventDraft
from tests.ui.events.test_door import came, door, type_in  # noqa: F401 (door: a fixture)

DOOR_OPENS = dt.datetime(2026, 12, 5, 18, 30, tzinfo=dt.UTC)


@pytest.fixture
def kiosk(qtbot, services, community_id):
    people = (("张三", "13812345678", "zhang@example.com"), ("张三丰", "13812340000", "feng@example.com"),
              ("李四", "13912345678", "li@example.com"))  # fmt: skip
    ids = {n: services.member_writes.create(community_id, MemberDraft(
        name=n, identities=(("phone", p), ("email", e)))) for n, p, e in people}  # fmt: skip
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 21), tz="UTC"))  # fmt: skip
    services.rsvp_writes.invite(eid, [ids["张三"], ids["张三丰"]])
    from ui.events.kiosk import KioskWindow

    desk = Door(services.rsvp_writes, now=lambda: DOOR_OPENS, by="anna@anna-laptop")
    window = KioskWindow(services, services.events.event(eid), desk, "2468")
    window.show()  # not qtbot.addWidget: its closing would ask for the PIN
    qtbot.waitExposed(window)
    yield window
    window.unlocked = True  # the test is over: closing must not ask for the PIN
    window.close()
    window.deleteLater()


def texts(window) -> list[str]:
    """Every text the kiosk shows, but what the member typed themselves."""
    out = [window.windowTitle(), window.search.placeholderText()]
    out += [w.text() for w in window.findChildren(QLabel)] + [
        w.text() for w in window.findChildren(QAbstractButton)
    ]
    out += [w.text() for w in window.findChildren(QLineEdit) if w is not window.search]
    for lst in window.findChildren(QListWidget):
        out += [lst.item(i).text() for i in range(lst.count())]
        out += [str(lst.item(i).toolTip()) for i in range(lst.count())]
    return out


def names(window) -> list[str]:
    return [window.names.item(i).text() for i in range(window.names.count())]


def test_a_search_by_phone_shows_the_name_alone_and_nothing_of_anyone_s_contacts(qtbot, kiosk):
    type_in(qtbot, kiosk.search, "13812345678")
    assert names(kiosk) == ["张三"]
    shown = " ".join(texts(kiosk))
    assert "138" not in shown and "139" not in shown and "@" not in shown and "example" not in shown
    kiosk.search.clear()
    type_in(qtbot, kiosk.search, "1381")  # a prefix: 张三 and 张三丰, by name only
    assert sorted(names(kiosk)) == ["张三", "张三丰"] and "138" not in " ".join(texts(kiosk))
    kiosk.search.clear()
    type_in(qtbot, kiosk.search, "138")  # three digits: not enough to find anyone by phone
    assert names(kiosk) == []


def test_check_me_in_records_once_and_a_stranger_is_sent_to_an_organiser(qtbot, services, kiosk):
    type_in(qtbot, kiosk.search, "李四")  # a member, not invited: a walk-in
    qtbot.mouseClick(kiosk.button, Qt.MouseButton.LeftButton)
    assert came(services, kiosk) == {"李四": True} and "Welcome, 李四" in kiosk.message.text()
    type_in(qtbot, kiosk.search, "李四")
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
    assert kiosk.message.text() == "李四, you are already checked in (since 18:30)."
    assert came(services, kiosk) == {"李四": True}
    kiosk.search.clear()
    type_in(qtbot, kiosk.search, "欧阳娜娜")
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
    assert "Please ask an organiser" in kiosk.message.text() and names(kiosk) == []
    assert not any("New person" in t for t in texts(kiosk)) and came(services, kiosk) == {"李四": True}
    kiosk.search.clear()
    type_in(qtbot, kiosk.search, "张三")  # two match: the member picks their own
    qtbot.mouseClick(kiosk.button, Qt.MouseButton.LeftButton)
    assert "Choose your name" in kiosk.message.text() and len(came(services, kiosk)) == 1
    rect = kiosk.names.visualItemRect(kiosk.names.findItems("张三丰", Qt.MatchFlag.MatchExactly)[0])
    qtbot.mouseClick(kiosk.names.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(kiosk.button, Qt.MouseButton.LeftButton)
    assert came(services, kiosk) == {"李四": True, "张三丰": False}


def _answer_pin(pin: str) -> None:
    from ui.events.kiosk_pin import PinAsk

    box = QApplication.activeModalWidget()
    if not isinstance(box, PinAsk):
        QTimer.singleShot(10, lambda: _answer_pin(pin))
        return
    box.pin.setText(pin)
    box.accept()


def test_esc_asks_the_pin_a_wrong_one_stays_the_right_one_leaves(qtbot, kiosk):
    QTimer.singleShot(0, lambda: _answer_pin("1111"))
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and "Wrong PIN" in kiosk.message.text()
    QTimer.singleShot(0, lambda: _answer_pin("0000"))
    kiosk.close()  # Alt+F4 as well: asks, and the wrong PIN keeps it open
    assert kiosk.isVisible()
    QTimer.singleShot(0, lambda: _answer_pin("2468"))
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Escape)
    assert not kiosk.isVisible() and kiosk._pin == ""  # forgotten


def test_the_pin_is_4_to_8_digits_typed_twice(qtbot):
    from ui.events.kiosk_pin import PinChoice

    choice = PinChoice()
    qtbot.addWidget(choice)
    type_in(qtbot, choice.pin, "12a3")  # digits only
    assert choice.pin.text() == "123"
    choice.accept()
    assert "4 to 8 digits" in choice.error.text() and choice.result() != PinChoice.DialogCode.Accepted
    type_in(qtbot, choice.pin, "4")
    type_in(qtbot, choice.again, "1235")
    choice.accept()
    assert "differ" in choice.error.text()
    choice.again.setText("1234")
    choice.accept()
    assert choice.result() == PinChoice.DialogCode.Accepted


def test_the_door_s_kiosk_button_asks_a_pin_twice_then_goes_full_screen(qtbot, door):  # noqa: F811
    from PySide6.QtWidgets import QPushButton

    from ui.events.kiosk_pin import PinChoice

    dialog, _, _ = door

    def choose():
        box = QApplication.activeModalWidget()
        if not isinstance(box, PinChoice):
            QTimer.singleShot(10, choose)
            return
        box.pin.setText("2468")
        box.again.setText("2468")
        box.accept()

    QTimer.singleShot(0, choose)
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Kiosk mode…"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    kiosk = dialog.kiosk_window
    assert kiosk.isFullScreen() and kiosk.door is dialog.door and kiosk._pin == "2468"
    kiosk.unlocked = True
    kiosk.close()
