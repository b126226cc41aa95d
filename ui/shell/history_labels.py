"""Words for Edit ▸ History: what each table holds, its columns, and stored values as the views show
them. The shared code → word tables (ui/common/labels.py) are used where they name the same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from ui.common import labels

C = "HistoryLabels"
LONGEST = 80  # characters of a value shown


def _t(text: str) -> str:  # a string already in the catalog under C (QT_TRANSLATE_NOOP below)
    return QCoreApplication.translate(C, text)


def table_names() -> dict[str, str]:
    return {
        "member": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Member")), "member_identity": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Contact")), "attendance": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Attendance")),
        "event": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Event")), "event_series": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Event series")), "event_template": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Event template")),
        "unit": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Unit")), "unit_member": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Unit membership")), "role_assignment": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Role")),
        "connection": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Connection")), "activity": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Activity")), "member_level": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Level")),
        "custom_field": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Custom field")), "member_field_value": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Custom field value")),
        "community": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Community")), "attendance_word": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Attendance word")),
        "output": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Output")), "contribution": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Contribution")), "output_status": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Output status")),
        "agenda_item": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Agenda item")), "duty": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Duty")), "event_task": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Task")),
        "material": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Material")), "member_alias": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Merged member")), "member_consent": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Consent")),
        "not_duplicate": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Not a duplicate")),
    }  # fmt: skip


# columns named like the import's fields (labels.field_names)
AS_FIELD = {"joined_on": "joined", "inviter_id": "inviter", "status_on": "status_date", "parent_id": "parent",
            "lead_id": "lead", "management_mode": "mode", "member_id": "member", "unit_id": "unit",
            "is_primary": "primary", "start_on": "start", "end_on": "end", "a_id": "a", "b_id": "b"}  # fmt: skip


def column_names() -> dict[str, str]:
    fields = labels.field_names()
    own = {
        "value": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Value")), "rsvp": _t(QT_TRANSLATE_NOOP("HistoryLabels", "RSVP")), "rsvp_at": _t(QT_TRANSLATE_NOOP("HistoryLabels", "RSVP time")), "checked_in_at": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Checked in")),
        "walk_in": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Walk-in")), "no_show": _t(QT_TRANSLATE_NOOP("HistoryLabels", "No-show")), "guests": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Guests")), "event_id": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Event")),
        "start_utc": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Starts (UTC)")), "end_utc": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Ends (UTC)")), "tz": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Time zone")),
        "venue": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Venue")), "address": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Address")), "capacity": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Capacity")), "description": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Description")),
        "purpose": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Purpose")), "level": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Level")), "override": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Set by hand")), "on_date": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Date")),
        "count": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Count")), "weight": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Weight")), "note": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Note")), "choices": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Choices")),
        "position": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Position")), "private": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Private")), "granted": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Granted")), "given_on": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Given on")),
        "specialty": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Specialty")), "done": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Done")), "what": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Item")), "due_on": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Due")),
        "quantity": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Quantity")), "link": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Link")), "reads": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Reads")), "sales": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Sales")),
        "revenue": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Revenue")), "published_on": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Published on")), "created_on": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Created on")),
        "field_id": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Custom field")), "community_id": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Community")), "erased_on": _t(QT_TRANSLATE_NOOP("HistoryLabels", "Erased on")),
    }  # fmt: skip
    return {**own, **{col: fields[code] for col, code in AS_FIELD.items()}, **fields}


def column_name(names: dict[str, str], table: str, column: str) -> str:
    """A column's word (`names`: column_names()); a title is a job title only on a member."""
    if column == "title" and table != "member":
        return _t(QT_TRANSLATE_NOOP("HistoryLabels", "Title"))
    return names.get(column, column.replace("_", " "))


def kind_words() -> dict[str, str]:
    return {"inserted": _t(QT_TRANSLATE_NOOP("HistoryLabels", "added")), "updated": _t(QT_TRANSLATE_NOOP("HistoryLabels", "changed")), "deleted": _t(QT_TRANSLATE_NOOP("HistoryLabels", "deleted"))}


def value_text(table: str, column: str, value) -> str:
    """A stored value as the views write it: codes as words, yes/no, a dash for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool) or (column in BOOLEAN and isinstance(value, int)):
        return _t(QT_TRANSLATE_NOOP("HistoryLabels", "yes")) if value else _t(QT_TRANSLATE_NOOP("HistoryLabels", "no"))
    if column.endswith("_id") and isinstance(value, int):
        return f"#{value}"
    words = {
        "status": labels.status_names(),
        "management_mode": labels.mode_names(),
        "role": labels.role_names(),
    }
    if table == "member_identity" and column == "kind":
        words["kind"] = labels.kind_names()
    text = labels.named(words[column], str(value)) if column in words else str(value)
    text = " ".join(text.split())  # notes over several lines: one line here
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


BOOLEAN = {"is_primary", "walk_in", "no_show", "override", "private", "granted", "done", "closed"}
