"""Messages of the second laptop: a take-out and its bring-back (issue 15)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "offline_other_workspace": QT_TRANSLATE_NOOP(
        "Messages", "This file was taken out of {value}, not of this workspace."
    ),
    "offline_not_a_take_out": QT_TRANSLATE_NOOP(
        "Messages", "{value} is a workspace, but not one taken out for a second laptop."
    ),
    "offline_event_gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The event “{value}” of this file is no longer in this workspace; nothing was brought back.",
    ),
    "offline_target_exists": QT_TRANSLATE_NOOP(
        "Messages", "{value} exists already; choose a new file for the take-out."
    ),
    "offline_undecided": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} conflict(s) or possible duplicate(s) are not decided; nothing was brought back "
        "(choose --keep-both, --theirs or --ours).",
    ),
    "offline_bad_decision": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a decision for {field}."),
}
