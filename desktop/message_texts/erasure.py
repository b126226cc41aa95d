"""Messages of erasing a person and exporting everything about them (issue 13, part 5b)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "nothing_to_erase": QT_TRANSLATE_NOOP("Messages", "No member was chosen to erase."),
    "erase_needs_yes": QT_TRANSLATE_NOOP(
        "Messages", "Erasing cannot be confirmed here: add --yes to erase {value} (nothing was written)."
    ),
    "erase_not_confirmed": QT_TRANSLATE_NOOP("Messages", "Not erased: {value} (nothing was written)."),
    "same_name_members": QT_TRANSLATE_NOOP(
        "Messages", "{count} members are named {value}; name one by its record ID (UUID): {choices}"
    ),
    "export_folder_unusable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the export into {value} ({reason})."
    ),
}
