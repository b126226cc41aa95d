"""A member's consents as inputs: per kind (contact, photos, directory) not asked / yes / no, the day it
was given and how. Used by the member editor and the consent dialog of the detail pane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop.services.members.consent import CONSENT_KINDS as KINDS

ANSWERS = ("", "yes", "no")  # "" not asked: no row is kept


def consent_kind_names() -> dict[str, str]:
    return {
        "contact": QCoreApplication.translate("Consent", "Contact"),
        "photos": QCoreApplication.translate("Consent", "Photos"),
        "directory": QCoreApplication.translate("Consent", "Directory"),
    }


def consent_kind_hints() -> dict[str, str]:
    return {
        "contact": QCoreApplication.translate("Consent", "May be sent news and invitations"),
        "photos": QCoreApplication.translate("Consent", "May appear in photos; a no is marked on badges and sign-in sheets"),
        "directory": QCoreApplication.translate("Consent", "Listed in what is printed or exported for members"),
    }  # fmt: skip


def answer_names() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Consent", "Not asked"),
        "yes": QCoreApplication.translate("Consent", "Yes"),
        "no": QCoreApplication.translate("Consent", "No"),
    }


def consent_text(c) -> str:
    """ "No (2026-11-03, sign-up form)" for the detail pane; `c` a Consent record or None."""
    answers = answer_names()
    if c is None:
        return answers[""]
    said = answers["yes" if c.granted else "no"]
    details = ", ".join(x for x in (c.given_on, c.source) if x)
    return f"{said} ({details})" if details else said


class ConsentInputs(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        text = ConsentWords()
        for c, head in enumerate(("", text.answer(), text.date(), text.source())):
            grid.addWidget(QLabel(f"<span style='color:#666'>{head}</span>"), 0, c)
        names, hints = consent_kind_names(), consent_kind_hints()
        self.answer: dict[str, QComboBox] = {}
        self.given_on: dict[str, QLineEdit] = {}
        self.source: dict[str, QLineEdit] = {}
        for r, kind in enumerate(KINDS, start=1):
            label = QLabel(names[kind])
            label.setToolTip(hints[kind])
            combo = QComboBox()
            combo.setToolTip(hints[kind])
            for key, word in answer_names().items():
                combo.addItem(word, key)
            day, source = QLineEdit(), QLineEdit()
            day.setPlaceholderText("2026-03-05")
            source.setPlaceholderText(text.source_hint())
            combo.currentIndexChanged.connect(lambda _i, k=kind: self._answered(k))
            for c, w in enumerate((label, combo, day, source)):
                grid.addWidget(w, r, c)
            self.answer[kind], self.given_on[kind], self.source[kind] = combo, day, source
            self._answered(kind)
        grid.setColumnStretch(3, 1)

    def _answered(self, kind: str) -> None:
        """Date and source belong to an answer; a fresh answer is dated today unless a day is typed."""
        asked = bool(self.answer[kind].currentData())
        self.given_on[kind].setEnabled(asked)
        self.source[kind].setEnabled(asked)
        if asked and not self.given_on[kind].text() and not self._loading:
            self.given_on[kind].setText(dt.date.today().isoformat())

    _loading = False

    def load(self, consents: dict) -> None:
        """kind → Consent record (desktop.services.members.consent.Consent); kinds missing are not asked."""
        self._loading = True
        try:
            for kind in KINDS:
                c = consents.get(kind)
                self.given_on[kind].setText(c.given_on if c else "")
                self.source[kind].setText(c.source if c else "")
                answer = "" if c is None else ("yes" if c.granted else "no")
                self.answer[kind].setCurrentIndex(ANSWERS.index(answer))
                self._answered(kind)
        finally:
            self._loading = False

    def set_answer(self, kind: str, answer: str) -> None:
        self.answer[kind].setCurrentIndex(ANSWERS.index(answer))

    def values(self) -> dict[str, tuple[bool, str, str] | None]:
        """kind → (granted, given_on, source), None for not asked (for Consents.set_many / save_member)."""
        out: dict[str, tuple[bool, str, str] | None] = {}
        for kind in KINDS:
            answer = self.answer[kind].currentData()
            out[kind] = (
                (answer == "yes", self.given_on[kind].text(), self.source[kind].text()) if answer else None
            )
        return out

    def widget_for(self, field: str, value: str = "") -> QWidget | None:
        """The input a refusal names (given_on, source, consent)."""
        kind = next(
            (k for k in KINDS if value and value in (self.given_on[k].text(), self.source[k].text())),
            KINDS[0],
        )
        return {
            "given_on": self.given_on[kind],
            "source": self.source[kind],
            "consent": self.answer[kind],
        }.get(field)


class ConsentWords(QObject):
    def answer(self) -> str:
        return self.tr("Answer")

    def date(self) -> str:
        return self.tr("Given on")

    def source(self) -> str:
        return self.tr("How")

    def source_hint(self) -> str:
        return self.tr("e.g. sign-up form, asked at the door")
