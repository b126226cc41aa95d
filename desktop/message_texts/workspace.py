"""Messages about the workspace file itself (issue 13): another writer, and what to do."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "workspace_busy_held": QT_TRANSLATE_NOOP(
        "Messages",
        "This workspace is open in Beehive on this computer (since {since}, process {pid}), which was still "
        "writing after {wait} s; nothing was written. Try again when it has finished.",
    ),
    "workspace_busy": QT_TRANSLATE_NOOP(
        "Messages",
        "Another program was still writing to this workspace after {wait} s; nothing was written. "
        "Try again when it has finished: {value}",
    ),
}
