"""Messages about backups and restoring them (issue 13 part 1)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "No backup could be written ({reason}); nothing else was changed: {value}"
    ),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "Messages", "This file is not one of Beehive's backups (its record beside it is missing): {value}"
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages", "This backup no longer passes its check (damaged or changed since it was taken); "
        "nothing was written: {value}",
    ),
    "restore_target_exists": QT_TRANSLATE_NOOP(
        "Messages", "A file already exists there; nothing was written (choose a new file, or replace it "
        "with --replace): {value}",
    ),
    "restore_target_open": QT_TRANSLATE_NOOP(
        "Messages", "This workspace is open in Beehive; close it before replacing it with a backup: {value}"
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be written there ({reason}); the file was left as it was: {value}"
    ),
    "read_only_copy": QT_TRANSLATE_NOOP(
        "Messages", "This is a copy of a backup, opened to look inside; nothing can be changed in it. "
        "Restore the backup to a new file to work on it."
    ),
    "no_workspace": QT_TRANSLATE_NOOP("Messages", "There is no workspace file here: {value}"),
    "workspace_damaged": QT_TRANSLATE_NOOP(
        "Messages", "This workspace file is damaged and there is no backup of it; nothing was "
        "changed in it: {value}",
    ),
    "workspace_damaged_backup": QT_TRANSLATE_NOOP(
        "Messages", "This workspace file is damaged; nothing was changed in it: {value}\n"
        "The newest good backup is from {when}. Restore it to a new file (File ▸ Backups…, or: "
        "beehive restore \"{backup}\" --to NEWFILE).",
    ),
}
