"""Health ▸ Settings: every window and weight the health numbers use (one undo step when saved)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from ui.common.forms import error_label, ok_cancel
from ui.common.write import FAILED, write


class HealthSettingsDialog(QDialog):
    def __init__(self, services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.setWindowTitle(self.tr("Health settings"))
        self.settings = services.health.settings(community_id)
        windows = QGroupBox(self.tr("Windows and rules"))
        form = QFormLayout(windows)
        self.spins: dict[str, QSpinBox] = {}
        suffixes = self.suffixes()
        for key, label in self.window_labels().items():
            spin = QSpinBox()
            spin.setRange(0, 3650)
            one, more = suffixes[key]
            spin.valueChanged.connect(lambda v, b=spin, o=one, m=more: b.setSuffix(o if v == 1 else m))
            if key == "shared_events":
                spin.setSpecialValueText(self.tr("connections only"))
            spin.setValue(getattr(self.settings, key))
            spin.setSuffix(one if spin.value() == 1 else more)
            self.spins[key] = spin
            form.addRow(label, spin)
        weights = QGroupBox(self.tr("Weight of one activity of each kind"))
        wform = QFormLayout(weights)
        self.weights: dict[str, QDoubleSpinBox] = {}
        for kind, label in self.weight_labels().items():
            spin = QDoubleSpinBox()
            spin.setRange(-100, 100)  # a negative weight is refused with a message, not silently clamped
            spin.setSingleStep(0.5)
            spin.setValue(self.settings.weights.get(kind, 1.0))
            self.weights[kind] = spin
            wform.addRow(label, spin)
        self.error = error_label()
        outer = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(windows)
        row.addWidget(weights)
        outer.addRow(row)
        outer.addRow(self._names_box())
        outer.addRow(self.error)
        outer.addRow(ok_cancel(self))

    def _names_box(self) -> QGroupBox:
        """The organiser's names for the four levels; blank keeps ours. One click gives the swarm's."""
        from ui.health.labels import SWARM_NAMES, level_names

        box = QGroupBox(self.tr("Names of the engagement levels"))
        row = QHBoxLayout(box)
        ours = level_names()
        self.names: dict[str, QLineEdit] = {}
        for level in SWARM_NAMES:
            edit = QLineEdit(self.settings.level_names.get(level, ""))
            edit.setPlaceholderText(ours[level])
            self.names[level] = edit
            row.addWidget(edit)
        swarm = QPushButton(self.tr("Swarm names (蜂群)"))
        swarm.setAutoDefault(False)
        swarm.clicked.connect(lambda: [self.names[k].setText(v) for k, v in SWARM_NAMES.items()])
        row.addWidget(swarm)
        return box

    def window_labels(self) -> dict[str, str]:
        return {"active_days": self.tr("Active: an activity within"), "drifting_after_days": self.tr("Drifting: nothing for"),
                "inactive_after_days": self.tr("Inactive: nothing for"), "removal_after_days": self.tr("Removal candidate: inactive for"),
                "removal_grace_days": self.tr("Removal candidate: not until a member for"),
                "newcomer_days": self.tr("Newcomer: joined within"), "level_min_days": self.tr("Participating: days present in the window"),
                "invitations_per_month": self.tr("Invitations a member may make a month"),
                "invitation_success_days": self.tr("An invitation succeeds if the invitee is active after"),
                "interest_peers": self.tr("同好: an interest is shared when this many others have it"),
                "shared_events": self.tr("A tie: events attended together (0: connections only)")}  # fmt: skip

    def suffixes(self) -> dict[str, tuple[str, str]]:
        """The unit after each window's number, for 1 and for other numbers (the counts that are no
        days say what they count)."""
        days = (self.tr(" day"), self.tr(" days"))
        return {"active_days": days, "drifting_after_days": days, "inactive_after_days": days,
                "removal_after_days": days, "removal_grace_days": days, "newcomer_days": days,
                "level_min_days": days, "invitation_success_days": days,
                "invitations_per_month": (self.tr(" invitation"), self.tr(" invitations")),
                "interest_peers": (self.tr(" other"), self.tr(" others")),
                "shared_events": (self.tr(" event"), self.tr(" events"))}  # fmt: skip

    def weight_labels(self) -> dict[str, str]:
        return {"attended": self.tr("Attended an event"), "duty": self.tr("Did a duty"), "invited": self.tr("Invited a member"),
                "role": self.tr("Took on a role"), "chat": self.tr("Chat message (imported counts)"),
                "manual": self.tr("Entered by hand")}  # fmt: skip

    def chosen(self):
        return replace(self.settings, **{k: s.value() for k, s in self.spins.items()},
                       weights={**self.settings.weights, **{k: s.value() for k, s in self.weights.items()}},
                       level_names={k: e.text().strip() for k, e in self.names.items() if e.text().strip()})  # fmt: skip

    def accept(self) -> None:
        save = self.services.save_health_settings
        if (
            write(self, self.windowTitle(), lambda: save(self.community_id, self.chosen()), inline=self.error)
            is FAILED
        ):
            return
        super().accept()
