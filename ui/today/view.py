"""Today: the next event with the evening's buttons, the fortnight ahead, this week's follow-ups and
when the file was last imported into and backed up. The lists are read off the GUI thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.drafts import to_local
from desktop.services.today.queries import utc_text
from desktop.tasks import Task, start
from ui.events.labels import when_text
from ui.today import actions
from ui.today.follow_ups import FollowUpsPanel
from ui.today.next_event import NextEventCard


class TodayView(QScrollArea):
    navigate = Signal(str)  # a view's name; "events:new" to add an event there
    open_event = Signal(int)  # show this event in the Events view

    def __init__(self, services, community_id: int, now=None, parent=None) -> None:
        """`now`: the clock (a callable returning an aware datetime), settable in tests."""
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.info = None
        self.task: Task | None = None
        self.card = NextEventCard()
        self.ahead = QListWidget()
        self.ahead.itemActivated.connect(
            lambda item: self.open_event.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        ahead_box = QGroupBox(self.tr("The next 14 days"))
        QVBoxLayout(ahead_box).addWidget(self.ahead)
        self.follow = FollowUpsPanel()
        self.follow.navigate.connect(self.navigate)
        self.file_line = QLabel()
        self.file_line.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        for w in (self.card, ahead_box, self.follow, self.file_line):
            box.addWidget(w)
        box.addStretch(1)
        self.setWidget(page)
        self.setWidgetResizable(True)
        services.changes.changed.connect(self._on_changes)  # a bound slot: dropped with this view
        actions.connect(self)
        self.reload()

    def reload(self) -> None:
        now = self.now()
        self.info = self.services.today.today(self.community_id, now, self.services.path)
        self.card.show_event(self.info.next_event, utc_text(now))
        self._fill_ahead()
        self._fill_file_line()
        self._read_follow_ups(now.date())

    def _fill_ahead(self) -> None:
        self.ahead.clear()
        if not self.info.ahead:
            self.ahead.addItem(self.tr("Nothing in the next 14 days."))
            self.ahead.setEnabled(False)
            return
        self.ahead.setEnabled(True)
        for e in self.info.ahead:
            when = when_text(to_local(e.start_utc, e.tz), to_local(e.end_utc, e.tz))
            going = f"{e.going} / {e.capacity}" if e.capacity else str(e.going)
            item = QListWidgetItem(f"{when}   {e.title}   " + self.tr("going {n}").format(n=going))
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.ahead.addItem(item)
        self.ahead.setMaximumHeight(self.ahead.sizeHintForRow(0) * min(len(self.info.ahead), 6) + 8)

    def _fill_file_line(self) -> None:
        locale = QLocale()

        def when(moment) -> str:
            if moment is None:
                return self.tr("never")
            return locale.toString(moment, QLocale.FormatType.ShortFormat)

        self.file_line.setText(self.tr("Last import: {imported} · Last backup: {backup}").format(
            imported=when(self.info.last_import), backup=when(self.info.last_backup)))  # fmt: skip

    def _read_follow_ups(self, today: dt.date) -> None:
        if self.task is not None:
            self.task.cancel()
        self.follow.show_lists(None)
        nxt = self.info.next_event
        task = Task(lambda _progress: self.services.today.follow_ups(self.community_id, nxt, today))
        task.finished.connect(self._follow_ups_read)  # bound: dropped with the view
        self.destroyed.connect(task.cancel)
        self.task = start(task)

    def _follow_ups_read(self, follow) -> None:
        if self.sender() is self.task:
            self.task = None
            self.follow.show_lists(follow)

    def wait(self) -> None:
        """Until the follow-ups are read (a screenshot, a test)."""
        QThreadPool.globalInstance().waitForDone()
        for _ in range(3):  # the lists' slot, then the nested layouts' requests, one level per pass
            QCoreApplication.processEvents()

    def _on_changes(self, changes) -> None:
        if changes.health_inputs_changed:  # events, attendance, members, outputs: what this view reads
            self.reload()
