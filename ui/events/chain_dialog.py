"""Paste a WeChat 接龙 (the group's sign-up chain) and record it as RSVPs for the event.

The text is read as it is typed or pasted (the clipboard's is taken when it holds a chain); each entry
shows who it was matched to and how, and can be set to another candidate, a new member, a new guest
(tagged like a walk-in) or skipped. Recording is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)  # fmt: skip

from desktop.services.events.signup_chain import ChainAnswer
from ui.common.write import FAILED, write
from ui.events.labels import rsvp_names

ANSWERS = ("going", "maybe", "declined")
NEW, GUEST, SKIP = "new", "guest", "skip"


class ChainDialog(QDialog):
    def __init__(self, services, event, parent=None) -> None:
        super().__init__(parent)
        self.services, self.info = services, event
        self.preview = None
        self.setWindowTitle(self.tr("WeChat sign-up chain (接龙): {title}").format(title=event.title))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste the 接龙 message from the group here, e.g.\n"
                                             "#接龙 周日读书会\n1. 张三\n2. 李四 +1\n3. 王五（请假）"))  # fmt: skip
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("As written"), self.tr("Member"), self.tr("Answer"), self.tr("Brings")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()  # the chain's own numbers are the first column
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record = self.buttons.addButton(self.tr("Record sign-ups"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record.setToolTip(QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The chain as copied from WeChat:")))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(self.timer.start)
        clip = QGuiApplication.clipboard().text()
        if "接龙" in clip or "1." in clip:
            self.text.setPlainText(clip)
            self.timer.stop()
        self.resize(760, 640)
        self.refresh()

    def _decided(self) -> dict[tuple[int, str], tuple]:
        """The choices made so far by entry, kept when the text is edited around them."""
        out = {}
        for r, row in enumerate(self.preview.rows if self.preview else ()):
            cells = [self.table.cellWidget(r, c) for c in (2, 3, 4)]
            out[(row.entry.number, row.entry.written)] = (cells[0].currentData(), cells[1].currentData(),
                                                          cells[2].value())  # fmt: skip
        return out

    def refresh(self) -> None:
        decided = self._decided()
        self.preview = self.services.preview_chain(self.info.community_id, self.info.id, self.text.toPlainText())
        rows = self.preview.rows
        self.table.setRowCount(len(rows))
        names = rsvp_names()
        seen: set[int] = set()  # 张三 and zhangsan in one chain: the second is skipped until chosen
        for r, row in enumerate(rows):
            e = row.entry
            self.table.setItem(r, 0, QTableWidgetItem(str(e.number)))
            self.table.setItem(r, 1, QTableWidgetItem(e.written))
            who = QComboBox()
            for member_id, name in row.matches:
                who.addItem(self._matched(name, row.how, row.current), member_id)
            who.addItem(self.tr("New member: {name}").format(name=e.name), NEW)
            who.addItem(self.tr("New guest, like a walk-in: {name}").format(name=e.name), GUEST)
            who.addItem(self.tr("Skip"), SKIP)
            clear = len(row.matches) == 1 and row.matches[0][0] not in seen
            who.setCurrentIndex(0 if clear else who.findData(SKIP if row.matches else NEW))
            seen.update(m for m, _ in row.matches[:1] if clear)
            who.currentIndexChanged.connect(self._count)
            self.table.setCellWidget(r, 2, who)
            answer = QComboBox()
            for code in ANSWERS:
                answer.addItem(names[code], code)
            answer.setCurrentIndex(ANSWERS.index(e.status))
            self.table.setCellWidget(r, 3, answer)
            brings = QSpinBox(minimum=0, maximum=50, value=e.guests)
            self.table.setCellWidget(r, 4, brings)
            if (kept := decided.get((e.number, e.written))) is not None:
                who.setCurrentIndex(max(0, who.findData(kept[0])))
                answer.setCurrentIndex(max(0, answer.findData(kept[1])))
                brings.setValue(kept[2])
        self.table.resizeColumnsToContents()
        self._count()

    def _matched(self, name: str, how: str, current: str) -> str:
        by = {"phone": self.tr("by phone"), "name": self.tr("by name"), "nickname": self.tr("by WeChat nickname"),
              "pinyin": self.tr("by pinyin")}.get(how, "")  # fmt: skip
        now = rsvp_names().get(current, "")
        return f"{name} ({by})" + (self.tr(", now: {answer}").format(answer=now) if now else "")

    def _choices(self) -> list:
        return [self.table.cellWidget(r, 2).currentData() for r in range(self.table.rowCount())]

    def _count(self) -> None:
        rows = self.preview.rows if self.preview else ()
        choices = self._choices()
        found = sum(1 for c in choices if isinstance(c, int))
        new = sum(1 for c in choices if c in (NEW, GUEST))
        unsure = sum(1 for row, c in zip(rows, choices, strict=True) if row.matches and c == SKIP)
        if not rows:
            self.summary.setText(self.tr("No numbered entries yet: a chain lists people as 1. 张三 2. 李四 …"))
        else:
            title = self.preview.title or self.info.title
            text = self.tr("“{title}”: %n entries", "", len(rows)).format(title=title) + " — "
            text += self.tr("{found} members found, {new} new.").format(found=found, new=new)
            if unsure:
                text += " " + self.tr("%n skipped: several members go by that name, or the member is already "
                                      "in the chain; choose one or leave it skipped.", "", unsure)  # fmt: skip
            self.summary.setText(text)
        self.record.setEnabled(found + new > 0)

    def answers(self) -> list[ChainAnswer]:
        out = []
        for r, row in enumerate(self.preview.rows if self.preview else ()):
            choice = self.table.cellWidget(r, 2).currentData()
            if choice == SKIP:
                continue
            status = self.table.cellWidget(r, 3).currentData()
            guests = self.table.cellWidget(r, 4).value()
            if isinstance(choice, int):
                out.append(ChainAnswer(choice, status, guests))
            else:
                out.append(ChainAnswer(None, status, guests, row.entry.name, row.entry.phone, choice == GUEST))
        return out

    def save(self) -> None:
        if self.timer.isActive():  # typed a moment ago: read the text as it is now
            self.timer.stop()
            self.refresh()
        answers = self.answers()
        if not answers:
            return
        done = write(self, self.windowTitle(), self.services.rsvp_writes.record_chain, self.info.id,
                     self.info.community_id, answers)  # fmt: skip
        if done is not FAILED:
            self.accept()
