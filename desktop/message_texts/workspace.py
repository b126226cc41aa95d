"""Messages about the workspace file itself (issue 13): another writer, and what to do."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "copy_target_exists": QT_TRANSLATE_NOOP(
        "Messages", "A file already exists there; nothing was written. Choose a new file: {value}"
    ),
    "copy_target_not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace to copy into already holds data; nothing was written. Publish into a new, empty "
        "database: {value}",
    ),
    "copy_counts_differ": QT_TRANSLATE_NOOP(
        "Messages", "The copy's row counts did not match the workspace's; nothing was kept. Tables: {value}"
    ),
    "not_a_team_url": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a team server's address. Write it as postgresql://USER@HOST:PORT/DATABASE "
        "(optionally ?sslmode=require): {value}",
    ),
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
    "workspace_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "This workspace file cannot be written here (a read-only file, folder or disk). Copy it to a folder "
        "you can write to, then open the copy: {value}",
    ),
    "folder_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder of this workspace cannot be written (a read-only folder or disk), and Beehive keeps its "
        "journal files beside the workspace. Copy it to a folder you can write to: {value}",
    ),
}
