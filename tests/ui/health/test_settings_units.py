"""Settings spin boxes say their unit (issue 14, part 5): Health ▸ Settings shows "30 days", "2 events"
(0: "connections only"), each through tr; Preferences shows the backups' room as "512 MB" or "2 GB"
and reads either when typed."""

from __future__ import annotations

import pytest


@pytest.fixture
def dialog(qtbot, services, community_id):
    from ui.health.settings_dialog import HealthSettingsDialog

    def make():
        d = HealthSettingsDialog(services, community_id)
        qtbot.addWidget(d)
        return d

    return make


def test_health_windows_show_their_units(dialog):
    d = dialog()
    days = [k for k in d.spins if k.endswith("_days")]
    assert len(days) == 8 and all(d.spins[k].suffix() == " days" for k in days if d.spins[k].value() != 1)
    grace = d.spins["removal_grace_days"]
    assert grace.text() == f"{grace.value()} days"
    grace.setValue(1)
    assert grace.text() == "1 day"
    events = d.spins["shared_events"]
    events.setValue(2)
    assert events.text() == "2 events"
    events.setValue(0)
    assert events.text() == "connections only" and events.value() == 0
    assert d.spins["interest_peers"].suffix() == " others"
    invitations = d.spins["invitations_per_month"]
    invitations.setValue(1)
    assert invitations.text() == "1 invitation"
    assert all(s.suffix() for s in d.spins.values())  # every window has its unit


def test_typing_a_number_keeps_working_as_the_unit_changes(dialog, qtbot):
    grace = dialog().spins["removal_grace_days"]
    grace.lineEdit().selectAll()
    qtbot.keyClicks(grace.lineEdit(), "10")  # " day" after the 1, " days" after the 0
    grace.interpretText()
    assert grace.value() == 10 and grace.text() == "10 days"


def test_the_units_are_translated(dialog, qapp):
    """Every unit goes through tr in the dialog's context (the catalogs get them from the lead)."""
    from PySide6.QtCore import QTranslator

    class Units(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            words = {" days": " 天", " events": " 次活动", "connections only": "只看人脉"}
            return words.get(source, "") if context == "HealthSettingsDialog" else ""

    units = Units()
    qapp.installTranslator(units)
    try:
        d = dialog()
    finally:
        qapp.removeTranslator(units)
    assert d.spins["active_days"].suffix() == " 天"
    assert d.spins["shared_events"].text() in ("只看人脉", f"{d.spins['shared_events'].value()} 次活动")


def test_preferences_show_backups_room_in_mb_or_gb(qtbot):
    from desktop.settings import Settings
    from ui.shell.preferences_dialog import PreferencesDialog

    dlg = PreferencesDialog(Settings())
    qtbot.addWidget(dlg)
    box = dlg.backup_cap
    assert box.value() == 2048 and box.text() == "2 GB"
    for value, text in ((512, "512 MB"), (1536, "1.5 GB"), (0, "No limit")):
        box.setValue(value)
        assert box.text() == text
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "3 GB")
    box.interpretText()
    assert box.value() == 3072
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "300 MB")
    box.interpretText()
    assert box.value() == 300
    assert dlg.left_months.suffix() == " months"
