"""This week's follow-ups: newcomers without a second activity, drifting members, the next event's
duties nobody has, stalled outputs. Each list names a few people and links to where it is acted on."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from ui.common.labels import named
from ui.common.person_names import shown_names
from ui.events.labels import duty_names

SHOWN = 8  # names shown per list; the rest are counted


def names_line(names, separator: str, more_text) -> str:
    shown = separator.join(shown_names(names[:SHOWN]))  # an erased person in the reader's words
    return shown + (more_text(len(names) - SHOWN) if len(names) > SHOWN else "")


class FollowUpsPanel(QGroupBox):
    navigate = Signal(str)  # a view's name: where a list is acted on
    plan_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("To follow up this week"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.linkActivated.connect(self._link)
        QVBoxLayout(self).addWidget(self.text)

    def _fit(self) -> None:
        """The wrapped text's height for the width it has: a scroll area's layout does not ask a
        word-wrapped label for it, and the lines were cut to one."""
        self.text.setMinimumHeight(self.text.heightForWidth(max(self.text.width(), 200)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _link(self, target: str) -> None:
        if target == "plan":
            self.plan_requested.emit()
        else:
            self.navigate.emit(target)

    def show_lists(self, follow) -> None:
        if follow is None:
            self.text.setText(self.tr("Reading…"))
        elif not follow.any():
            self.text.setText(self.tr("Nothing to follow up this week."))
        else:
            self.text.setText(self._html(follow))
        self._fit()

    def _html(self, follow) -> str:
        duties = duty_names()
        parts = []
        for names, title, hint, target in (
            (follow.newcomers, self.tr("Newcomers without a second activity"),
             self.tr("invite them to the next event"), "health"),
            (follow.drifting, self.tr("Drifting members"), self.tr("get in touch before they go quiet"), "health"),
            (tuple(named(duties, r) for r in follow.open_duties), self.tr("Duties nobody has for the next event"),
             self.tr("assign them in the plan"), "plan"),
            (follow.stalled_outputs, self.tr("Stalled outputs"), self.tr("see the outputs board"), "outputs"),
        ):  # fmt: skip
            if names:
                line = names_line(list(names), self.tr(", "), lambda n: " " + self.tr("and %n more", "", n))
                parts.append(f"<p style='margin: 0 0 6px 0'><b>{title}</b> ({len(names)}): {html.escape(line)}"
                             f" — <a href='{target}'>{hint}</a></p>")  # fmt: skip
        return "".join(parts)
