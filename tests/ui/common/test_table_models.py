"""Every table model in ui/ passes Qt's QAbstractItemModelTester, filled from a real demo workspace
(the members model has its own test beside it), and none is added without being checked here."""

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "ui"
MODEL_BASES = {"QAbstractTableModel", "QAbstractItemModel", "QAbstractListModel", "ListTableModel",
               "QStandardItemModel"}  # fmt: skip
CHECKED = {"MembersModel", "EventsModel", "RosterModel", "OutputsModel"}  # MembersModel: tests/ui/members


@pytest.fixture
def demo(services):
    from desktop.services.demo import create_demo

    return create_demo(services.db, 60)


def _filled_event(services, cid) -> int:
    return max(services.events.events(cid), key=lambda e: len(services.events.roster(e.id))).id


def test_events_model(qtmodeltester, services, demo):
    from ui.events.model import EventsModel

    model = EventsModel()
    model.set_events(services.events.events(demo))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_roster_model_with_and_without_a_filter(qtmodeltester, services, demo):
    from ui.events.roster_model import RosterModel

    model = RosterModel()
    model.set_rows(services.events.roster(_filled_event(services, demo)))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.set_filter("zzz-nobody")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_outputs_model(qtmodeltester, services, demo):
    from ui.outputs.model import OutputsModel

    model = OutputsModel()
    model.set_outputs(services.outputs.outputs(demo), 30)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_every_table_model_is_checked():
    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") in MODEL_BASES for b in node.bases):
                found.add(node.name)
    assert found - {"ListTableModel"} == CHECKED
