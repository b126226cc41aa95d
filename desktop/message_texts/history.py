"""Messages about the undo history kept on disk (issue 13 part 5)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "step_not_kept": QT_TRANSLATE_NOOP(
        "Messages",
        "This step was too large to keep for undo after a restart, or its details were erased; "
        "it can no longer be undone or redone (a backup is taken before every import).",
    ),
}
