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
    "server_needs_migration": QT_TRANSLATE_NOOP(
        "Messages",
        "This team workspace needs its tables created or brought up to this version of Beehive, and your "
        "login may not do it. Ask the workspace's owner to open it once first; nothing was changed: {value}",
    ),
    "team_role_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "Your role in this team workspace does not allow this change (the server refused it); nothing was "
        "changed: {value}",
    ),
}
