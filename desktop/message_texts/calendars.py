"""Messages of reading calendar files (.ics) for the events import (issue 12)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "unreadable_calendar": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a calendar file that can be read (iCalendar, .ics)."
    ),
    "bad_series_rule": QT_TRANSLATE_NOOP("Messages", "The series' repeat rule is not understood: {value}"),
}
