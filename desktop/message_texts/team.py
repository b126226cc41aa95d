"""Messages about a team workspace on a PostgreSQL server (issue 15)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "server_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The team server could not be reached or refused the login; nothing was opened or written: {value}",
    ),
    "server_backup_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "A team workspace on a server is not backed up by Beehive; ask the server's administrator "
        "(pg_dump): {value}",
    ),
}
