"""Messages of events and the door (issue 14)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "check_in_before_day": QT_TRANSLATE_NOOP(
        "Messages", "This event is on {value}; nothing is recorded as attendance before its day."
    ),
}
