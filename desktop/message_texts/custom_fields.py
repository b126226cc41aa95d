"""Messages of custom member fields (issue 12: custom columns are kept, not dropped)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "bad_number": QT_TRANSLATE_NOOP("Messages", "{field}: not a number: {value}"),
    "not_a_choice": QT_TRANSLATE_NOOP("Messages", "{field}: {value} is not one of the field's choices."),
    "unknown_field_kind": QT_TRANSLATE_NOOP("Messages", "{field}: unknown field kind {value}"),
    "field_name_required": QT_TRANSLATE_NOOP("Messages", "A field needs a name."),
    "field_name_too_long": QT_TRANSLATE_NOOP("Messages", "The field name is too long: {value}…"),
    "field_name_reserved": QT_TRANSLATE_NOOP(
        "Messages", "{value} is a standard member column; give the custom field another name."
    ),
    "field_exists": QT_TRANSLATE_NOOP("Messages", "There is already a field named {value}."),
    "field_missing": QT_TRANSLATE_NOOP("Messages", "The field no longer exists (deleted meanwhile?)."),
    "choices_required": QT_TRANSLATE_NOOP("Messages", "{field}: list the choices, separated with ;"),
}
