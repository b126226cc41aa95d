"""The Health dashboard: headline numbers (each with how it is computed, and a click opens the members
behind it), the five-conditions scorecard, strong nodes, lists to act on, suggested introductions,
and the monthly level review; a Charts tab draws activity over time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from desktop.errors import DomainError
from desktop.messages import message


class HealthText(QObject):
    """Names of the numbers and how each is computed (shown beside it)."""

    def numbers(self) -> list[tuple[str, str, str]]:
        return [
            ("members", self.tr("Members"), self.tr("Members whose status is active.")),
            ("active_members", self.tr("Active"), self.tr("At least one activity in the last {days} days.")),
            ("new_members", self.tr("New"), self.tr("Joined in the last {days} days.")),
            ("drifting", self.tr("Drifting"), self.tr("Active within 12 months but not within the last 3.")),
            ("inactive", self.tr("Inactive"), self.tr("No activity in the last 12 months.")),
            ("retention", self.tr("Retention"), self.tr("Of those active in the previous {days} days, the share also active in these.")),
            ("density", self.tr("Density"), self.tr("Ties ÷ possible ties between members.")),
            ("isolated", self.tr("Without ties"), self.tr("Members who have no recorded tie to anyone.")),
            ("absence_factor", self.tr("Absence factor"), self.tr("The fewest members who together account for half of all activity; 1 or 2 means the community hangs on them.")),
            ("top_share", self.tr("Top 18% share"), self.tr("The share of all ties touching the top 18% of members by degree (the 80/18 pattern).")),
        ]  # fmt: skip

    def conditions(self) -> dict[str, str]:
        return {"shared_interest": self.tr("同好 Shared interest"), "structure": self.tr("结构 Structure"),
                "output": self.tr("输出 Output"), "operations": self.tr("运营 Operations"),
                "replication": self.tr("复制 Replication")}  # fmt: skip

    def lists(self) -> dict[str, str]:
        return {"follow_up": self.tr("Drifting away: follow up"),
                "new_needing_second_activity": self.tr("New, without a second activity yet"),
                "removal_candidates": self.tr("Removal candidates to review (提纯)")}  # fmt: skip


STATE_KEYS = {
    "active_members": "active",
    "new_members": "new",
    "drifting": "drifting",
    "inactive": "inactive",
}


class HealthView(QWidget):
    def __init__(self, services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.text = HealthText()
        self.grid = QGridLayout()
        self.scorecard = QTextBrowser()
        self.lists = QTextBrowser()
        self.intros = QListWidget()
        connect, review, refresh = (QPushButton(self.tr("Record introduction")), QPushButton(self.tr("Monthly level review…")),
                                    QPushButton(self.tr("Refresh")))  # fmt: skip
        connect.clicked.connect(self.record_introduction)
        record = QPushButton(self.tr("Record activity…"))
        record.clicked.connect(self.record_activity)
        level = QPushButton(self.tr("Set a member's level…"))
        level.clicked.connect(self.set_level)
        review.clicked.connect(self.review_levels)
        refresh.clicked.connect(self.reload)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.scorecard, 3)
        row.addWidget(self.lists, 2)
        layout.addLayout(row, 1)
        layout.addWidget(QLabel(self.tr("Suggested introductions (匹配)")))
        layout.addWidget(self.intros)
        buttons = QHBoxLayout()
        for b in (connect, record, level, review, refresh):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        from ui.charts_panel import ChartsPanel  # pyqtgraph loads with the Health view, not at launch

        self.charts = ChartsPanel(services, community_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Dashboard"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.reload()

    def reload(self) -> None:
        self.report = self.services.health.report(self.community_id, with_names=True)
        days = self.report["window_days"]
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        for i, (key, name, how) in enumerate(self.text.numbers()):
            value = self.report[key]
            shown = (
                "—"
                if value is None
                else (f"{value:.0%}" if key in ("retention", "top_share") else str(value))
            )
            button = QPushButton(f"{name}\n{shown}")
            button.setToolTip(how.format(days=days))
            button.setMinimumHeight(54)
            button.clicked.connect(lambda _c=False, k=key, n=name: self.show_members(k, n))
            self.grid.addWidget(button, i // 5, i % 5)
        self._scorecard()
        self._lists()
        self.pairs = self.services.health.introductions(self.community_id)
        self.intros.clear()
        for p in self.pairs:
            why = "、".join(p["shared_interests"])
            self.intros.addItem(
                f"{p['a']} ↔ {p['b']}  ({why}; {', '.join(p['a_offers'])} / {', '.join(p['b_offers'])})"
            )

    def _scorecard(self) -> None:
        names = self.text.conditions()
        rows = []
        for key, c in self.report["conditions"].items():
            evidence = ", ".join(f"{k}: {v}" for k, v in c.items() if k not in ("score", "fix"))
            rows.append(f"<tr><td><b>{escape(names[key])}</b></td><td align='right'><b>{c['score']}</b></td>"
                        f"<td style='color:#555'>{escape(evidence)}</td></tr>")  # fmt: skip
        nodes = "、".join(f"{n['name']} ({n['degree']})" for n in self.report["strong_nodes"])
        five, strong = (
            self.tr("Five conditions"),
            self.tr("Strong nodes (强节点)"),
        )  # outside f-strings: lupdate
        from ui.level_dialog import level_names

        level_labels = level_names()
        levels = self.tr("Engagement levels") + ": " + " · ".join(
            f"{level_labels[k]} {n}" for k, n in self.report["levels"].items()
        )
        self.scorecard.setHtml(f"<h3>{escape(five)}</h3><table cellpadding='3'>{''.join(rows)}</table>"
                               f"<h3>{escape(strong)}</h3><p>{escape(nodes)}</p><p>{escape(levels)}</p>")  # fmt: skip

    def _lists(self) -> None:
        parts = []
        for key, title in self.text.lists().items():
            people = self.report["lists"][key]
            parts.append(f"<h3>{escape(title)} ({len(people)})</h3><p>{escape('、'.join(people[:60]))}"
                         + (" …" if len(people) > 60 else "") + "</p>")  # fmt: skip
        self.lists.setHtml("".join(parts))

    def show_members(self, key: str, name: str) -> None:
        """The members behind a number (for the member states)."""
        state = STATE_KEYS.get(key)
        people = self.report["names"][state] if state else []
        if state is None:
            return
        QMessageBox.information(self, name, "、".join(people[:300]) or self.tr("Nobody."))

    def record_introduction(self) -> None:
        row = self.intros.currentRow()
        if row < 0:
            return
        p = self.pairs[row]
        find = self.services.members.resolve
        try:
            (a,), (b,) = find(self.community_id, p["a"]), find(self.community_id, p["b"])
            self.services.structure_writes.connect(self.community_id, a, b, source="introduced")
        except (DomainError, ValueError) as e:
            QMessageBox.warning(
                self, self.tr("Introductions"), message(e) if isinstance(e, DomainError) else str(e)
            )
            return
        self.reload()

    def record_activity(self) -> None:
        from ui.activity_dialog import ActivityDialog

        if ActivityDialog(self.services, self.community_id, self).exec():
            self.reload()

    def set_level(self) -> None:
        from ui.level_dialog import LevelDialog

        if LevelDialog(self.services, self.community_id, self).exec():
            self.reload()

    def review_levels(self) -> None:
        from desktop.services.levels import Levels

        if QMessageBox.question(self, self.tr("Monthly level review"),
                                self.tr("Store every member's level now, demotions included? You can undo this.")) \
                == QMessageBox.StandardButton.Yes:  # fmt: skip
            n = Levels(self.services.db).review(self.community_id)
            QMessageBox.information(
                self, self.tr("Monthly level review"), self.tr("%n level(s) changed.", "", n)
            )
            self.reload()
