"""Messages of attendance in the organiser's words and the guests people bring (issue 12)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "bad_guests": QT_TRANSLATE_NOOP("Messages", "Guests must be a number of people (0, 1, 2…); got {value}"),
    "bad_attendance_word": QT_TRANSLATE_NOOP(
        "Messages",
        "“{value}” is not word=meaning; the meaning is one of going, maybe, declined, waitlisted, invited, "
        "came, absent (e.g. 到了=came; 鸽了=absent).",
    ),
}
