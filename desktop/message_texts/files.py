"""Messages of the file readers and the contact checks added for real exports (issue 12)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "phone_digits_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "Phone number lost its digits in the spreadsheet ({value}): format the column as text and export again.",
    ),
    "phone_needs_country": QT_TRANSLATE_NOOP(
        "Messages",
        "Phone {value} is not a number of the default region but is one elsewhere: give the row a "
        "country, or write the number with + and its country code.",
    ),
    "phone_ambiguous": QT_TRANSLATE_NOOP(
        "Messages",
        "Phone {value} reads as a valid number in more than one country: give the row a country, or "
        "write the number with + and its country code.",
    ),
    "implausible_encoding": QT_TRANSLATE_NOOP(
        "Messages", "The file does not read as sensible text in {value}: choose another encoding."
    ),
    "broken_row": QT_TRANSLATE_NOOP(
        "Messages", "The file breaks off or holds an oversized cell at line {value}; nothing was imported."
    ),
    "encoding_members_only": QT_TRANSLATE_NOOP(
        "Messages", "--encoding is taken by the member import for now (got {value})."
    ),
    "unknown_preset": QT_TRANSLATE_NOOP("Messages", "Unknown source preset: {value} (beehive import --help lists them)."),
    "bad_conflict_decision": QT_TRANSLATE_NOOP("Messages", "Unknown decision for conflicting rows: {value}"),
    "cell_too_large": QT_TRANSLATE_NOOP(
        "Messages", "A cell at {value} holds more text than a spreadsheet can: the file is damaged; nothing was imported."
    ),
    "damaged_spreadsheet": QT_TRANSLATE_NOOP("Messages", "{value} cannot be read as a spreadsheet (damaged or not a workbook)."),
    "password_protected": QT_TRANSLATE_NOOP("Messages", "{value} is protected by a password: save it without one, then import."),
    "no_such_sheet": QT_TRANSLATE_NOOP("Messages", "The workbook has no sheet named {value}."),
    "broken_vcard": QT_TRANSLATE_NOOP("Messages", "This contact card is broken (at {value}): it was not read."),
    "not_a_vcard": QT_TRANSLATE_NOOP("Messages", "{value} holds no contact cards (BEGIN:VCARD … END:VCARD)."),
    "bad_vcard_version": QT_TRANSLATE_NOOP("Messages", "vCard version {value} is not written: choose 3.0 or 4.0."),
    "option_members_only": QT_TRANSLATE_NOOP("Messages", "{value} does not apply to importing this kind of file."),
    "unknown_country": QT_TRANSLATE_NOOP("Messages", "Unknown country: {value}"),
}
