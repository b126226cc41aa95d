"""Words for Edit ▸ History: what each table holds, its columns, and stored values as the views show
them. The shared code → word tables (ui/common/labels.py) are used where they name the same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common import labels

C = "HistoryLabels"
LONGEST = 80  # characters of a value shown


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def table_names() -> dict[str, str]:
    return {
        "member": _t("Member"), "member_identity": _t("Contact"), "attendance": _t("Attendance"),
        "event": _t("Event"), "event_series": _t("Event series"), "event_template": _t("Event template"),
        "unit": _t("Unit"), "unit_member": _t("Unit membership"), "role_assignment": _t("Role"),
        "connection": _t("Connection"), "activity": _t("Activity"), "member_level": _t("Level"),
        "custom_field": _t("Custom field"), "member_field_value": _t("Custom field value"),
        "community": _t("Community"), "attendance_word": _t("Attendance word"),
        "output": _t("Output"), "contribution": _t("Contribution"), "output_status": _t("Output status"),
        "agenda_item": _t("Agenda item"), "duty": _t("Duty"), "event_task": _t("Task"),
        "material": _t("Material"), "member_alias": _t("Merged member"), "member_consent": _t("Consent"),
        "not_duplicate": _t("Not a duplicate"),
    }  # fmt: skip


# columns named like the import's fields (labels.field_names)
AS_FIELD = {"joined_on": "joined", "inviter_id": "inviter", "status_on": "status_date", "parent_id": "parent",
            "lead_id": "lead", "management_mode": "mode", "member_id": "member", "unit_id": "unit",
            "is_primary": "primary", "start_on": "start", "end_on": "end", "a_id": "a", "b_id": "b"}  # fmt: skip


def column_names() -> dict[str, str]:
    fields = labels.field_names()
    own = {
        "value": _t("Value"), "rsvp": _t("RSVP"), "rsvp_at": _t("RSVP time"), "checked_in_at": _t("Checked in"),
        "walk_in": _t("Walk-in"), "no_show": _t("No-show"), "guests": _t("Guests"), "event_id": _t("Event"),
        "start_utc": _t("Starts (UTC)"), "end_utc": _t("Ends (UTC)"), "tz": _t("Time zone"),
        "venue": _t("Venue"), "address": _t("Address"), "capacity": _t("Capacity"), "description": _t("Description"),
        "purpose": _t("Purpose"), "level": _t("Level"), "override": _t("Set by hand"), "on_date": _t("Date"),
        "count": _t("Count"), "weight": _t("Weight"), "note": _t("Note"), "choices": _t("Choices"),
        "position": _t("Position"), "private": _t("Private"), "granted": _t("Granted"), "given_on": _t("Given on"),
        "specialty": _t("Specialty"), "done": _t("Done"), "what": _t("Item"), "due_on": _t("Due"),
        "quantity": _t("Quantity"), "link": _t("Link"), "reads": _t("Reads"), "sales": _t("Sales"),
        "revenue": _t("Revenue"), "published_on": _t("Published on"), "created_on": _t("Created on"),
        "field_id": _t("Custom field"), "community_id": _t("Community"), "erased_on": _t("Erased on"),
    }  # fmt: skip
    return {**own, **{col: fields[code] for col, code in AS_FIELD.items()}, **fields}


def column_name(names: dict[str, str], table: str, column: str) -> str:
    """A column's word (`names`: column_names()); a title is a job title only on a member."""
    if column == "title" and table != "member":
        return _t("Title")
    return names.get(column, column.replace("_", " "))


def kind_words() -> dict[str, str]:
    return {"inserted": _t("added"), "updated": _t("changed"), "deleted": _t("deleted")}


def value_text(table: str, column: str, value) -> str:
    """A stored value as the views write it: codes as words, yes/no, a dash for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool) or (column in BOOLEAN and isinstance(value, int)):
        return _t("yes") if value else _t("no")
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
