"""The import column reference's words: each kind's title and what each of its columns holds. Marked
with QT_TRANSLATE_NOOP("ImportReference", …) for lupdate and translated where shown; which columns exist
and the header names each one answers to come from the import code itself (import_reference.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ImportReference"

KIND_TITLES = {
    "members": QT_TRANSLATE_NOOP("ImportReference", "Members"),
    "units": QT_TRANSLATE_NOOP("ImportReference", "Units"),
    "memberships": QT_TRANSLATE_NOOP("ImportReference", "Unit memberships"),
    "roles": QT_TRANSLATE_NOOP("ImportReference", "Roles"),
    "connections": QT_TRANSLATE_NOOP("ImportReference", "Connections (who knows whom)"),
    "events": QT_TRANSLATE_NOOP("ImportReference", "Events"),
    "attendance": QT_TRANSLATE_NOOP("ImportReference", "Attendance"),
    "outputs": QT_TRANSLATE_NOOP("ImportReference", "Outputs"),
    "activity": QT_TRANSLATE_NOOP("ImportReference", "Activity (messages, posts, check-ins)"),
}

# What a column holds: (kind, field) first, then the field alone for the columns several kinds share.
DESCRIPTIONS = {
    ("members", "uuid"): QT_TRANSLATE_NOOP("ImportReference", "The record ID of an earlier Beehive export: the row updates that member."),
    ("members", "name"): QT_TRANSLATE_NOOP("ImportReference", "The member's name. Without it: first + last name, else the WeChat remark, group nickname, nickname or the email's name."),
    ("members", "nickname"): QT_TRANSLATE_NOOP("ImportReference", "WeChat nickname; also used to find the member again."),
    ("members", "email"): QT_TRANSLATE_NOOP("ImportReference", "Email; a second email column adds another."),
    ("members", "phone"): QT_TRANSLATE_NOOP("ImportReference", "Phone; read with the row's country, city or postcode, else the default phone region. A second phone column adds another."),
    ("members", "wechat"): QT_TRANSLATE_NOOP("ImportReference", "WeChat ID (微信号)."),
    ("members", "qq"): QT_TRANSLATE_NOOP("ImportReference", "QQ number."),
    ("members", "city"): QT_TRANSLATE_NOOP("ImportReference", "City; it also tells which country a phone belongs to."),
    ("members", "country"): QT_TRANSLATE_NOOP("ImportReference", "Country, by name or two-letter code; read for the phone, not stored."),
    ("members", "organisation"): QT_TRANSLATE_NOOP("ImportReference", "Company or organisation."),
    ("members", "title"): QT_TRANSLATE_NOOP("ImportReference", "Job title or occupation."),
    ("members", "interests"): QT_TRANSLATE_NOOP("ImportReference", "Interests (同好), separated by ; , 、 or |."),
    ("members", "specialties"): QT_TRANSLATE_NOOP("ImportReference", "Specialties, separated like interests."),
    ("members", "tags"): QT_TRANSLATE_NOOP("ImportReference", "Tags, separated like interests."),
    ("members", "joined"): QT_TRANSLATE_NOOP("ImportReference", "The date the member joined."),
    ("members", "inviter"): QT_TRANSLATE_NOOP("ImportReference", "Who invited them: a member's name, email, phone or WeChat ID."),
    ("members", "status"): QT_TRANSLATE_NOOP("ImportReference", "Active, left or removed."),
    ("members", "status_date"): QT_TRANSLATE_NOOP("ImportReference", "When the status began (the day they left)."),
    ("members", "status_reason"): QT_TRANSLATE_NOOP("ImportReference", "Why they left or were removed."),
    ("members", "given_name"): QT_TRANSLATE_NOOP("ImportReference", "First (given) name, joined with the last name into the name."),
    ("members", "family_name"): QT_TRANSLATE_NOOP("ImportReference", "Last (family) name: 张 + 伟 gives 张伟, Ada + Lovelace gives Ada Lovelace."),
    ("members", "postcode"): QT_TRANSLATE_NOOP("ImportReference", "Postcode; read for the phone's country, not stored."),
    ("members", "remark"): QT_TRANSLATE_NOOP("ImportReference", "WeChat remark (备注): the name when the row has none."),
    ("members", "group_nickname"): QT_TRANSLATE_NOOP("ImportReference", "Nickname in the WeChat group (群昵称)."),
    ("units", "name"): QT_TRANSLATE_NOOP("ImportReference", "The unit's (sub-group's) name."),
    ("units", "parent"): QT_TRANSLATE_NOOP("ImportReference", "The unit it sits under; blank for a top unit."),
    ("units", "kind"): QT_TRANSLATE_NOOP("ImportReference", "Pyramid or ring."),
    ("units", "lead"): QT_TRANSLATE_NOOP("ImportReference", "The member who leads it."),
    ("units", "cap"): QT_TRANSLATE_NOOP("ImportReference", "Size cap: past it, Beehive suggests a split."),
    ("units", "mode"): QT_TRANSLATE_NOOP("ImportReference", "How it is managed."),
    ("memberships", "primary"): QT_TRANSLATE_NOOP("ImportReference", "Whether this is the member's main unit."),
    ("roles", "role"): QT_TRANSLATE_NOOP("ImportReference", "The role: leader, sub-group lead, core member, secretary, operator…"),
    ("roles", "specialty"): QT_TRANSLATE_NOOP("ImportReference", "The specialty a ring's core member brings."),
    ("roles", "start"): QT_TRANSLATE_NOOP("ImportReference", "The day the role began."),
    ("roles", "end"): QT_TRANSLATE_NOOP("ImportReference", "The day it ended; blank while it lasts."),
    ("connections", "a"): QT_TRANSLATE_NOOP("ImportReference", "One member of the pair."),
    ("connections", "b"): QT_TRANSLATE_NOOP("ImportReference", "The member they know."),
    ("connections", "strength"): QT_TRANSLATE_NOOP("ImportReference", "How strong the tie is, 1 to 10 (blank: 5)."),
    ("connections", "since"): QT_TRANSLATE_NOOP("ImportReference", "Since when they know each other."),
    ("connections", "source"): QT_TRANSLATE_NOOP("ImportReference", "How they met."),
    ("events", "title"): QT_TRANSLATE_NOOP("ImportReference", "The event's title."),
    ("events", "kind"): QT_TRANSLATE_NOOP("ImportReference", "The kind of event (or one of the community's own kinds)."),
    ("events", "start"): QT_TRANSLATE_NOOP("ImportReference", "Date and time it starts, in the event's time zone."),
    ("events", "end"): QT_TRANSLATE_NOOP("ImportReference", "Date and time it ends."),
    ("events", "venue"): QT_TRANSLATE_NOOP("ImportReference", "Where it takes place."),
    ("events", "capacity"): QT_TRANSLATE_NOOP("ImportReference", "How many people fit."),
    ("events", "series"): QT_TRANSLATE_NOOP("ImportReference", "The recurring series it belongs to."),
    ("events", "tz"): QT_TRANSLATE_NOOP("ImportReference", "Time zone such as Asia/Shanghai; blank: the community's usual one."),
    ("events", "online_link"): QT_TRANSLATE_NOOP("ImportReference", "The meeting link of an online event."),
    ("events", "series_on"): QT_TRANSLATE_NOOP("ImportReference", "Filled by calendar (.ics) files: the date of this occurrence in its series."),
    ("events", "series_rule"): QT_TRANSLATE_NOOP("ImportReference", "Filled by calendar (.ics) files: the series' repeat rule."),
    ("attendance", "event"): QT_TRANSLATE_NOOP("ImportReference", "The event's title (or choose the event in the import dialog)."),
    ("attendance", "event_start"): QT_TRANSLATE_NOOP("ImportReference", "When the event starts, to tell apart events of the same title."),
    ("attendance", "rsvp"): QT_TRANSLATE_NOOP("ImportReference", "The answer to the invitation."),
    ("attendance", "attended"): QT_TRANSLATE_NOOP("ImportReference", "Whether they came."),
    ("attendance", "checked_in_at"): QT_TRANSLATE_NOOP("ImportReference", "When they checked in; a time here means they came."),
    ("attendance", "guests"): QT_TRANSLATE_NOOP("ImportReference", "How many guests came with them."),
    ("outputs", "title"): QT_TRANSLATE_NOOP("ImportReference", "The work's title."),
    ("outputs", "kind"): QT_TRANSLATE_NOOP("ImportReference", "Article, course, talk, book, video, homework, sticker pack…"),
    ("outputs", "status"): QT_TRANSLATE_NOOP("ImportReference", "Where the work stands."),
    ("outputs", "contributors"): QT_TRANSLATE_NOOP("ImportReference", "Who made it, each with a role after a colon: 张三:作者; 李四:编辑 (a name alone is an author)."),
    ("outputs", "event"): QT_TRANSLATE_NOOP("ImportReference", "The event where it was presented."),
    ("outputs", "event_start"): QT_TRANSLATE_NOOP("ImportReference", "When that event started, to tell apart events of the same title."),
    ("outputs", "published"): QT_TRANSLATE_NOOP("ImportReference", "The day it was published."),
    ("outputs", "link"): QT_TRANSLATE_NOOP("ImportReference", "A link to it, or its file."),
    ("outputs", "created"): QT_TRANSLATE_NOOP("ImportReference", "The day the idea was noted."),
    ("activity", "date"): QT_TRANSLATE_NOOP("ImportReference", "The day of the activity; not in the future."),
    ("activity", "kind"): QT_TRANSLATE_NOOP("ImportReference", "What kind of activity; blank: chat."),
    ("activity", "count"): QT_TRANSLATE_NOOP("ImportReference", "How many (messages, posts); blank: 1."),
    "member": QT_TRANSLATE_NOOP("ImportReference", "The member: their name, email, phone or WeChat ID."),
    "unit": QT_TRANSLATE_NOOP("ImportReference", "The unit (sub-group), by name."),
    "notes": QT_TRANSLATE_NOOP("ImportReference", "Notes."),
    "note": QT_TRANSLATE_NOOP("ImportReference", "Notes."),
    "description": QT_TRANSLATE_NOOP("ImportReference", "A description."),
}  # fmt: skip

# Names of the columns labels.field_names() does not name.
FIELD_NAMES = {
    "country": QT_TRANSLATE_NOOP("ImportReference", "Country"),
    "given_name": QT_TRANSLATE_NOOP("ImportReference", "First (given) name"),
    "family_name": QT_TRANSLATE_NOOP("ImportReference", "Last (family) name"),
    "postcode": QT_TRANSLATE_NOOP("ImportReference", "Postcode"),
    "remark": QT_TRANSLATE_NOOP("ImportReference", "WeChat remark"),
    "group_nickname": QT_TRANSLATE_NOOP("ImportReference", "Group nickname"),
    "specialty": QT_TRANSLATE_NOOP("ImportReference", "Specialty"),
    "venue": QT_TRANSLATE_NOOP("ImportReference", "Venue"),
    "capacity": QT_TRANSLATE_NOOP("ImportReference", "Capacity"),
    "series": QT_TRANSLATE_NOOP("ImportReference", "Series"),
    "tz": QT_TRANSLATE_NOOP("ImportReference", "Time zone"),
    "description": QT_TRANSLATE_NOOP("ImportReference", "Description"),
    "online_link": QT_TRANSLATE_NOOP("ImportReference", "Online link"),
    "series_on": QT_TRANSLATE_NOOP("ImportReference", "Occurrence date"),
    "series_rule": QT_TRANSLATE_NOOP("ImportReference", "Repeat rule"),
    "event": QT_TRANSLATE_NOOP("ImportReference", "Event"),
    "event_start": QT_TRANSLATE_NOOP("ImportReference", "Event start"),
    "rsvp": QT_TRANSLATE_NOOP("ImportReference", "RSVP"),
    "attended": QT_TRANSLATE_NOOP("ImportReference", "Attended"),
    "checked_in_at": QT_TRANSLATE_NOOP("ImportReference", "Checked in at"),
    "guests": QT_TRANSLATE_NOOP("ImportReference", "Guests"),
    "contributors": QT_TRANSLATE_NOOP("ImportReference", "Contributors"),
    "published": QT_TRANSLATE_NOOP("ImportReference", "Published"),
    "link": QT_TRANSLATE_NOOP("ImportReference", "Link"),
    "created": QT_TRANSLATE_NOOP("ImportReference", "Idea date"),
    "date": QT_TRANSLATE_NOOP("ImportReference", "Date"),
    "count": QT_TRANSLATE_NOOP("ImportReference", "Count"),
    "note": QT_TRANSLATE_NOOP("ImportReference", "Note"),
}


def shown(text: str) -> str:
    """One of the marked texts above, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def description(kind: str, field: str) -> str:
    text = DESCRIPTIONS.get((kind, field)) or DESCRIPTIONS.get(field)
    return shown(text) if text else ""
