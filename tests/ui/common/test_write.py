"""ui/common/write.py: the one helper every UI write goes through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.errors import ValidationError
from ui.common.write import FAILED, write


@pytest.fixture
def boxes(monkeypatch) -> list[tuple]:
    shown: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a)))
    return shown


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def _cursor() -> Qt.CursorShape | None:
    c = QApplication.overrideCursor()
    return None if c is None else c.shape()


def _refuse():
    raise ValidationError("name_required", "name", "")


def test_success_returns_the_result_under_a_wait_cursor(parent, boxes):
    seen = []

    def action(a, b):
        seen.append(_cursor())
        return a + b

    assert write(parent, "Title", action, 2, 3) == 5
    assert seen == [Qt.CursorShape.WaitCursor] and _cursor() is None and boxes == []
    assert write(parent, "Title", lambda: None) is None  # a write returning None is not a failure


def test_a_refusal_shows_the_translated_message_titled_like_the_dialog(qapp, parent, boxes):
    from desktop import i18n

    i18n.install(qapp, "zh_CN")
    try:
        assert write(parent, "编辑成员", _refuse) is FAILED
    finally:
        i18n.install(qapp, "en")  # back to the suite's language
    assert boxes == [(parent, "编辑成员", "姓名不能为空。")]
    assert _cursor() is None  # restored before the box, and after it


def test_the_box_is_shown_once_the_wait_cursor_is_gone(parent, monkeypatch):
    during = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: during.append(_cursor())))
    write(parent, "T", _refuse)
    assert during == [None]


def test_a_form_shows_it_inline_and_can_react(parent, boxes):
    label, refused = QLabel(), []
    assert write(parent, "T", _refuse, inline=label, on_error=refused.append) is FAILED
    assert label.text() == "A name is required." and boxes == []
    assert [e.field for e in refused] == ["name"]


def test_unexpected_errors_reach_the_excepthook_with_the_cursor_restored(parent, boxes):
    def bug():
        raise KeyError("not a refusal")

    with pytest.raises(KeyError):
        write(parent, "T", bug)
    assert _cursor() is None and boxes == []


def test_no_wait_cursor_over_an_action_that_opens_a_dialog(parent, boxes):
    seen = []
    write(parent, "T", lambda: seen.append(_cursor()), busy=False)
    assert seen == [None]


def test_other_expected_errors_show_their_own_text(parent, boxes):
    def unpack():
        (a,) = []
        return a

    assert write(parent, "T", unpack, expected=(ValidationError, ValueError)) is FAILED
    assert boxes == [(parent, "T", "not enough values to unpack (expected 1, got 0)")]
