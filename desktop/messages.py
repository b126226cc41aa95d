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
    "json_only": QT_TRANSLATE_NOOP("Messages", "This report is available with --json for now: {value}"),
    "missing_column": QT_TRANSLATE_NOOP("Messages", "The file has no {value} column."),
    "bad_kind": QT_TRANSLATE_NOOP("Messages", "Unknown unit kind: {value} (pyramid or ring)"),
    "unit_name_required": QT_TRANSLATE_NOOP("Messages", "A unit needs a name."),
    "bad_unit_kind": QT_TRANSLATE_NOOP("Messages", "Unknown unit kind: {value} (pyramid or ring)"),
    "bad_cap": QT_TRANSLATE_NOOP("Messages", "The size cap must be at least 1 (got {value})."),
    "unknown_unit": QT_TRANSLATE_NOOP("Messages", "No unit of that name: {value}"),
    "unit_cycle": QT_TRANSLATE_NOOP("Messages", "A unit cannot be placed under one of its own sub-units."),
    "lead_not_member": QT_TRANSLATE_NOOP("Messages", "The lead must be a member of this community."),
    "unit_exists": QT_TRANSLATE_NOOP("Messages", "A unit with this name already exists: {value}"),
    "role_required": QT_TRANSLATE_NOOP("Messages", "A role is required."),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end date is before the start date: {value}"),
    "self_tie": QT_TRANSLATE_NOOP("Messages", "A member cannot be connected to themselves."),
    "bad_strength": QT_TRANSLATE_NOOP("Messages", "Tie strength must be between 1 and 10 (got {value})."),
    "bad_source": QT_TRANSLATE_NOOP("Messages", "Unknown tie source: {value} (introduced, event or manual)"),
    "unknown_member": QT_TRANSLATE_NOOP("Messages", "No member matches: {value}"),
    "ambiguous_member": QT_TRANSLATE_NOOP("Messages", "More than one member matches: {value}"),
    "event_end_before_start": QT_TRANSLATE_NOOP("Messages", "The event ends before it starts."),
    "event_title_required": QT_TRANSLATE_NOOP("Messages", "An event needs a title."),
    "bad_capacity": QT_TRANSLATE_NOOP(
        "Messages", "Capacity cannot be negative (got {value}); 0 means no limit."
    ),
    "bad_zone": QT_TRANSLATE_NOOP("Messages", "Unknown time zone: {value}"),
    "bad_datetime": QT_TRANSLATE_NOOP(
        "Messages", "Date and time not understood: {value} (try 2026-12-05 19:00)"
    ),
    "bad_freq": QT_TRANSLATE_NOOP("Messages", "Unknown repeat rule: {value}"),
    "bad_interval": QT_TRANSLATE_NOOP(
        "Messages", "A series repeats every 1 or more weeks or months (got {value})."
    ),
    "series_unbounded": QT_TRANSLATE_NOOP("Messages", "A series needs an end date or a number of events."),
    "series_empty": QT_TRANSLATE_NOOP(
        "Messages", "This repeat rule gives no dates: check its start and end."
    ),
    "series_too_long": QT_TRANSLATE_NOOP("Messages", "A series can hold at most {value} events."),
    "unknown_template": QT_TRANSLATE_NOOP("Messages", "No such template: {value}"),
    "template_name_required": QT_TRANSLATE_NOOP("Messages", "A template needs a name."),
    "plan_line_empty": QT_TRANSLATE_NOOP("Messages", "Line {value} of the plan has no text."),
    "bad_duration": QT_TRANSLATE_NOOP("Messages", "A duration cannot be negative (got {value})."),
    "bad_rsvp": QT_TRANSLATE_NOOP(
        "Messages", "Unknown RSVP: {value} (invited, going, maybe, declined or waitlisted)"
    ),
    "unknown_event": QT_TRANSLATE_NOOP("Messages", "No event matches: {value}"),
    "ambiguous_event": QT_TRANSLATE_NOOP(
        "Messages", "Several events have this title: {value} (give the date, or the event_start column)"
    ),
    "capacity_below_going": QT_TRANSLATE_NOOP(
        "Messages", "More people are going than the new capacity; nobody was removed from the list."
    ),
    "printout_needs": QT_TRANSLATE_NOOP(
        "Messages", "This printout needs --event TITLE and --pdf FILE: {value}"
    ),
    "bad_attended": QT_TRANSLATE_NOOP("Messages", "Attended must be yes or no (是/否, 1/0); got {value}"),
    "output_title_required": QT_TRANSLATE_NOOP("Messages", "An output needs a title."),
    "bad_output_status": QT_TRANSLATE_NOOP(
        "Messages", "Unknown status: {value} (idea, drafting, review, published or dropped)"
    ),
    "published_before_idea": QT_TRANSLATE_NOOP(
        "Messages", "The published date is before the idea date: {value}"
    ),
    "bad_figure": QT_TRANSLATE_NOOP("Messages", "Reads, sales and revenue cannot be negative (got {value})."),
    "contributor_not_member": QT_TRANSLATE_NOOP(
        "Messages", "A contributor is not a member of this community: {value}"
    ),
    "unknown_output": QT_TRANSLATE_NOOP("Messages", "No such output: {value}"),
    "no_outputs": QT_TRANSLATE_NOOP("Messages", "No outputs match; nothing to print."),
    "pdf_only": QT_TRANSLATE_NOOP("Messages", "This report needs --pdf FILE: {value}"),
    "future_date": QT_TRANSLATE_NOOP("Messages", "The date is in the future: {value}"),
    "bad_count": QT_TRANSLATE_NOOP("Messages", "The count must be 0 or more (got {value})."),
    "bad_window": QT_TRANSLATE_NOOP("Messages", "A window must be at least 1 day (got {value})."),
    "bad_level": QT_TRANSLATE_NOOP(
        "Messages", "Unknown level: {value} (following, participating, contributing or leading)"
    ),
    "bad_period": QT_TRANSLATE_NOOP("Messages", "Unknown period: {value} (day, week or month)"),
    "unknown_chart": QT_TRANSLATE_NOOP("Messages", "Unknown chart: {value}"),
    "chart_files": QT_TRANSLATE_NOOP("Messages", "A chart needs --png, --svg or --csv FILE: {value}"),
    "bad_drift_window": QT_TRANSLATE_NOOP(
        "Messages", '"Drifting after" must be shorter than "inactive after" (got {value} days).'
    ),
    "bad_weight": QT_TRANSLATE_NOOP("Messages", "A weight cannot be negative ({field}: {value})."),
    "agenda_too_long": QT_TRANSLATE_NOOP("Messages", "The agenda runs longer than the event."),
}


def _feature_texts() -> None:
    import importlib
    import pkgutil

    from desktop import message_texts

    for info in pkgutil.iter_modules(message_texts.__path__):
        TEXTS.update(importlib.import_module(f"desktop.message_texts.{info.name}").TEXTS)


_feature_texts()


def message(error: DomainError) -> str:
    text = TEXTS.get(error.code)
    if text is None:
        return error.code
    extra = {k: str(v) for k, v in error.extra.items() if k not in ("value", "field")}
    return translate(C, text).format(value=_quoted(error.value), field=_quoted(error.field), **extra)


QUOTE = 80  # as desktop.services.transfer.limits.QUOTE: a message shows a value's first 80 characters


def _quoted(value: object) -> str:
    value = str(value)
    return value if len(value) <= QUOTE else value[:QUOTE] + "…"
