"""Translated messages for coded domain errors, shared by the CLI and the window."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from models.errors import DomainError

C = "Messages"
TEXTS = {
    "name_required": QT_TRANSLATE_NOOP("Messages", "A name is required."),
    "bad_email": QT_TRANSLATE_NOOP("Messages", "Invalid email address: {value}"),
    "bad_phone": QT_TRANSLATE_NOOP("Messages", "Invalid phone number: {value}"),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "Date not understood: {value} (try 2024-03-05)"),
    "bad_status": QT_TRANSLATE_NOOP("Messages", "Unknown status: {value} (active, left or removed)"),
    "bad_identity_kind": QT_TRANSLATE_NOOP("Messages", "Unknown kind of contact: {value}"),
    "bad_mode": QT_TRANSLATE_NOOP("Messages", "Unknown management mode: {value}"),
    "inviter_cycle": QT_TRANSLATE_NOOP(
        "Messages", "The inviter would be someone this member (indirectly) invited."
    ),
    "unknown_inviter": QT_TRANSLATE_NOOP("Messages", "Unknown inviter: {value}"),
    "ambiguous_inviter": QT_TRANSLATE_NOOP("Messages", "More than one member matches the inviter: {value}"),
    "matches_several": QT_TRANSLATE_NOOP(
        "Messages", "The row's contacts belong to several different members."
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages", "The file's text encoding was not recognised (tried {value})."
    ),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "no_rows": QT_TRANSLATE_NOOP("Messages", "The file has a header but no rows."),
    "no_name_column": QT_TRANSLATE_NOOP(
        "Messages", "No name column was found (expected a header such as name or 姓名)."
    ),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "The file could not be read: {value}"),
    "unknown_format": QT_TRANSLATE_NOOP("Messages", "Unsupported file type: {value} (use .csv or .xlsx)"),
    "not_a_workspace": QT_TRANSLATE_NOOP("Messages", "This file is not a Beehive workspace: {value}"),
    "too_new": QT_TRANSLATE_NOOP(
        "Messages", "This workspace was written by a newer version of Beehive and was left untouched: {value}"
    ),
    "changed_since": QT_TRANSLATE_NOOP(
        "Messages", "The records changed since; this step can no longer be undone or redone."
    ),
    "row_missing": QT_TRANSLATE_NOOP("Messages", "The record no longer exists."),
    "community_name_required": QT_TRANSLATE_NOOP("Messages", "A community needs a name."),
    "community_exists": QT_TRANSLATE_NOOP("Messages", "A community with this name already exists: {value}"),
    "unknown_community": QT_TRANSLATE_NOOP("Messages", "No community of that name: {value}"),
    "choose_community": QT_TRANSLATE_NOOP(
        "Messages", "This workspace holds several communities; pick one with --community ({value})."
    ),
    "unknown_kind": QT_TRANSLATE_NOOP("Messages", "Unknown kind: {value}"),
}


def message(error: DomainError) -> str:
    text = TEXTS.get(error.code)
    if text is None:
        return error.code
    return translate(C, text).format(value=error.value, field=error.field)
