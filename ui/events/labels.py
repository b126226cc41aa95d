"""Translated names for event codes: kinds, duty roles, RSVP statuses, repeat rules; time formatting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def event_kind_names() -> dict[str, str]:
    return {
        "online": QCoreApplication.translate("EventLabels", "Online sharing"),
        "offline": QCoreApplication.translate("EventLabels", "Offline meetup"),
        "homework": QCoreApplication.translate("EventLabels", "Homework / challenge"),
        "board": QCoreApplication.translate("EventLabels", "Private board"),
        "course": QCoreApplication.translate("EventLabels", "Course session"),
        "other": QCoreApplication.translate("EventLabels", "Other"),
    }


def duty_names() -> dict[str, str]:
    return {
        "host": QCoreApplication.translate("EventLabels", "Host"),
        "notices": QCoreApplication.translate("EventLabels", "Notices"),
        "supervisor": QCoreApplication.translate("EventLabels", "Supervisor"),
        "demonstrator": QCoreApplication.translate("EventLabels", "Demonstrator"),
        "checkin": QCoreApplication.translate("EventLabels", "Check-in"),
        "photos": QCoreApplication.translate("EventLabels", "Photos"),
    }


def rsvp_names() -> dict[str, str]:
    return {
        "invited": QCoreApplication.translate("EventLabels", "invited"),
        "going": QCoreApplication.translate("EventLabels", "going"),
        "maybe": QCoreApplication.translate("EventLabels", "maybe"),
        "declined": QCoreApplication.translate("EventLabels", "declined"),
        "waitlisted": QCoreApplication.translate("EventLabels", "waitlisted"),
    }


def freq_names() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("EventLabels", "Does not repeat"),
        "weekly": QCoreApplication.translate("EventLabels", "Every N weeks"),
        "monthly_date": QCoreApplication.translate("EventLabels", "Monthly on the same date"),
        "monthly_weekday": QCoreApplication.translate("EventLabels", "Monthly on the same weekday"),
    }


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("EventLabels", "Mon"),
        QCoreApplication.translate("EventLabels", "Tue"),
        QCoreApplication.translate("EventLabels", "Wed"),
        QCoreApplication.translate("EventLabels", "Thu"),
        QCoreApplication.translate("EventLabels", "Fri"),
        QCoreApplication.translate("EventLabels", "Sat"),
        QCoreApplication.translate("EventLabels", "Sun"),
    ]


def when_text(start: dt.datetime, end: dt.datetime) -> str:
    """'2026-12-05 Sat 19:00–21:00' (the weekday in the interface language)."""
    day = weekday_names()[start.weekday()]
    same_day = start.date() == end.date()
    tail = end.strftime("%H:%M") if same_day else end.strftime("%Y-%m-%d %H:%M")
    return f"{start:%Y-%m-%d} {day} {start:%H:%M}–{tail}"


def minutes_text(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    return f"{h}:{m:02d}"
