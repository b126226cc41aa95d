"""Messages about edits that meet someone else's (issue 15: team workspaces, a second process)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "changed_by": QT_TRANSLATE_NOOP(
        "Messages", "{value} was changed by {who} at {at}, after you opened it. Reload to see the change, "
        "or overwrite it with yours.",
    ),
    "changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "{value} was changed elsewhere at {at}, after you opened it. Reload to see the change, "
        "or overwrite it with yours.",
    ),
    "changed_unseen": QT_TRANSLATE_NOOP(
        "Messages", "{value} was changed after you opened it. Reload to see the change, or overwrite it with yours.",
    ),
    "changed_since_by": QT_TRANSLATE_NOOP(
        "Messages", "{value} was changed by {who} at {at} since; this step can no longer be undone or redone.",
    ),
    "changed_since_at": QT_TRANSLATE_NOOP(
        "Messages", "{value} was changed at {at} since; this step can no longer be undone or redone.",
    ),
}
