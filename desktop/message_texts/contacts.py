"""Messages of reading dates, times and phones the way the platforms write them (issue 12).

phone_digits_lost, phone_needs_country, phone_ambiguous and unknown_country live in files.py."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "time_in_dst_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} does not exist in the time zone it is read in: the clocks skip that hour when summer "
        "time begins. Write the time it really is, or give it with its UTC offset.",
    ),
    "phone_other_country": QT_TRANSLATE_NOOP(
        "Messages",
        "Phone {value} is not a number of the row's country but is one elsewhere: check the country, "
        "or write the number with + and its country code.",
    ),
}
