"""Messages about who may do what in a team workspace (issue 15: Community ▸ Team…)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "team_needs_server": QT_TRANSLATE_NOOP(
        "Messages", "Team members and their roles exist only in a team workspace on a server: {value}"
    ),
    "team_role_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown team role: {value} (owner, organiser, lead or viewer)"
    ),
    "team_login_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The server has no login named {value}; ask its administrator to create it first"
    ),
    "team_login_taken": QT_TRANSLATE_NOOP("Messages", "{value} is already a member of the team"),
    "team_member_missing": QT_TRANSLATE_NOOP("Messages", "This team member no longer exists: {value}"),
    "team_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Only the workspace's owner may change the team; nothing was changed: {value}"
    ),
    "team_row_not_yours": QT_TRANSLATE_NOOP(
        "Messages",
        "As a sub-group lead you may change only your units' members and events; nothing was changed",
    ),
}
