"""Messages of privacy: private fields, audiences of prints and exports, members' consent (issue 13)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "bad_audience": QT_TRANSLATE_NOOP("Messages", "Unknown audience {value}: use organisers or members."),
    "unknown_private_field": QT_TRANSLATE_NOOP(
        "Messages",
        "Not a field that can be private: {value} (phone, email, wechat_id, wechat_nickname, qq, notes).",
    ),
    "audience_members_only": QT_TRANSLATE_NOOP(
        "Messages", "--audience applies to exporting members, attendance and events (.ics), not {value}."
    ),
    "audience_printouts_only": QT_TRANSLATE_NOOP(
        "Messages", "--audience applies to the sign-in sheet and the name badges, not {value}."
    ),
    "bad_consent_kind": QT_TRANSLATE_NOOP(
        "Messages", "Unknown kind of consent {value}: contact, photos or directory."
    ),
    "consent_source_too_long": QT_TRANSLATE_NOOP(
        "Messages", "How the consent was given must be at most 200 characters: {value}"
    ),
}
