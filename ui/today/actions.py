"""What the Today view's buttons do: the events feature's printouts, door and guests for the next event."""

from __future__ import annotations


def print_printout(view, kind: str) -> None:
    from ui.events.print_now import print_event

    if (e := view.info.next_event) is not None:
        print_event(view, view.services, e.id, kind)


def save_pdf(view, kind: str) -> None:
    from ui.events.print_now import save_event_pdf

    if (e := view.info.next_event) is not None:
        save_event_pdf(view, view.services, e.id, kind)


def door(view) -> None:
    from ui.events.checkin_dialog import CheckInDialog

    if (e := view.info.next_event) is not None:
        CheckInDialog(view.services, view.services.events.event(e.id), view).exec()


def guests(view) -> None:
    from ui.events.guests_dialog import GuestsDialog

    if (e := view.info.next_event) is not None:
        GuestsDialog(view.services, view.services.events.event(e.id), view).exec()


def plan(view) -> None:
    from ui.events.plan_dialog import PlanDialog

    if (e := view.info.next_event) is not None:
        PlanDialog(view.services, view.services.events.event(e.id), view).exec()


def connect(view) -> None:
    card = view.card
    card.print_requested.connect(lambda kind: print_printout(view, kind))
    card.pdf_requested.connect(lambda kind: save_pdf(view, kind))
    card.door_requested.connect(lambda: door(view))
    card.guests_requested.connect(lambda: guests(view))
    card.new_event_requested.connect(lambda: view.navigate.emit("events:new"))
    view.follow.plan_requested.connect(lambda: plan(view))
