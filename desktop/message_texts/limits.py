"""Messages of the import limits (issue 13: desktop.services.transfer.limits says why each number)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "field_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The {field} cell holds more than {value} characters: too long for one field."
    ),
    "control_character": QT_TRANSLATE_NOOP(
        "Messages", "The {field} cell holds an invisible control character: {value}"
    ),
    "row_too_wide": QT_TRANSLATE_NOOP("Messages", "The row has more cells than an import reads ({value})."),
    "number_too_large": QT_TRANSLATE_NOOP("Messages", "The number in {field} is too large: at most {value}."),
    "date_out_of_range": QT_TRANSLATE_NOOP("Messages", "The date {value} is outside the years 1900 to 2200."),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} unpacked: far more than the file's size suggests (a damaged or hostile workbook); "
        "nothing was imported.",
    ),
}
