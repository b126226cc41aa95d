"""The unexpected-error dialog: its details, "Copy details" and the log are one scrubbed text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from models.errors import ValidationError
from ui.common import error_dialog

PERSON = {"name": "王小明", "phone": "+86 139 0013 9000", "email": "wang@example.org", "wechat": "wxid_wxm88"}


def _raise_with_personal_data():
    row = dict(PERSON)
    try:
        raise ValidationError("bad_phone", "phone", row["phone"])
    except ValidationError as e:
        raise KeyError(row["name"]) from e  # an unexpected error whose own text is a member's name


def _shown(monkeypatch, click: str | None):
    seen = {}

    def fake_exec(box):
        seen["box"] = box
        seen["details"], seen["info"] = box.detailedText(), box.informativeText()
        if click:
            next(b for b in box.buttons() if b.text() == click).click()

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        _raise_with_personal_data()
    except KeyError as e:
        error_dialog.show_unexpected(type(e), e, e.__traceback__)
    return seen


def test_copy_details_copies_the_scrubbed_details_shown(monkeypatch, tmp_path):
    from desktop.logs import setup_logging

    log = setup_logging()
    QApplication.clipboard().setText("before")
    seen = _shown(monkeypatch, "Copy details")
    copied = QApplication.clipboard().text()
    assert copied == seen["details"]
    assert "KeyError" in copied and "ValidationError: bad_phone: phone=" in copied
    assert "_raise_with_personal_data" in copied and "test_error_dialog.py" in copied  # where it failed
    for value in PERSON.values():
        assert value not in copied, copied
    assert str(log) in seen["info"]
    logged = log.read_text(encoding="utf-8")
    assert "KeyError" in logged and not any(value in logged for value in PERSON.values())


def test_closing_copies_nothing(monkeypatch):
    QApplication.clipboard().setText("before")
    seen = _shown(monkeypatch, None)
    assert QApplication.clipboard().text() == "before" and seen["box"].windowTitle() == "Something went wrong"
