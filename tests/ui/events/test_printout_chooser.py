"""The Save as PDF chooser names printouts in the interface language, and a duty roster asked for an event
outside a series says what it would print (its plan) instead of silently printing the plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from models.event_draft import EventDraft
from models.recurrence import Rule
from ui.events import file_actions, printing
from ui.events.file_actions import EventFileActions, printout_names

T = dt.datetime


class Host(EventFileActions, QWidget):
    def __init__(self, services, event_id):
        super().__init__()
        self.services, self.event_id = services, event_id

    def current_id(self):
        return self.event_id

    def current(self):
        return self.services.events.event(self.event_id)

    def _run(self, action, busy=False):
        action()


@pytest.fixture
def events(services, community_id):
    draft = EventDraft(title="晨读会", start=T(2026, 12, 6, 9), end=T(2026, 12, 6, 10), tz="Asia/Shanghai")
    single = services.event_writes.create(community_id, draft)
    series = services.event_writes.create(community_id, draft, Rule("weekly", dt.date(2026, 12, 6), count=2))
    return single[0], series[0]


@pytest.fixture
def made(monkeypatch, tmp_path):
    """Answers the dialogs: the chooser picks `made["pick"]`, the roster notice clicks `made["answer"]`;
    records the chooser's items, the notice's text and which printouts were made."""
    made = {"pick": "", "answer": "accept", "items": [], "notices": [], "kinds": []}

    def get_item(parent, title, label, items, current, editable):
        made["items"] = list(items)
        return made["pick"], True

    def exec_(box):
        made["notices"].append(f"{box.text()} {box.informativeText()}")
        role = (
            QMessageBox.ButtonRole.AcceptRole
            if made["answer"] == "accept"
            else QMessageBox.ButtonRole.RejectRole
        )
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "out.pdf"), ""))
    )
    monkeypatch.setattr(
        printing, "export_pdf", lambda kind, data, path, **kw: made["kinds"].append((kind, data))
    )
    monkeypatch.setattr(
        printing, "preview", lambda kind, data, parent, **kw: made["kinds"].append((kind, data))
    )
    monkeypatch.setattr(
        file_actions.EventFileActions, "_options", lambda self, kind, title: ("2x4", "organisers")
    )
    return made


def test_chooser_lists_printouts_by_name(services, events, made):
    made["pick"] = printout_names()["plan"]
    Host(services, events[0]).save_pdf()
    assert made["items"] == [
        "Event plan",
        "Sign-in sheet",
        "Name badges",
        "Duty roster",
        "Attendance certificates",
    ]
    assert not {"plan", "signin", "badges", "roster"} & set(made["items"])
    assert [k for k, _ in made["kinds"]] == ["plan"]


def test_roster_outside_a_series_says_it_prints_the_plan(services, events, made):
    made["pick"] = "Duty roster"
    Host(services, events[0]).save_pdf()
    assert (
        len(made["notices"]) == 1
        and "晨读会" in made["notices"][0]
        and "not part of a series; the duty roster lists a series' events" in made["notices"][0]
    )
    assert [k for k, _ in made["kinds"]] == ["plan"]  # the plan, asked for and printed as the plan
    made["answer"] = "cancel"
    Host(services, events[0]).print_("roster")
    assert len(made["notices"]) == 2 and len(made["kinds"]) == 1  # declined: nothing printed


def test_roster_of_a_series_prints_without_asking(services, events, made):
    Host(services, events[1]).print_("roster")
    assert made["notices"] == []
    assert [(k, type(d).__name__) for k, d in made["kinds"]] == [("roster", "Roster")]
