"""Input records and small pure helpers the UI uses, re-exported from the domain layer."""

from models.event_draft import EventDraft
from models.event_times import now_utc, to_local, to_utc
from models.events import RSVP_STATUSES, run_sheet, run_time
from models.lists import split_list
from models.member_draft import MemberDraft
from models.output_draft import OutputDraft
from models.outputs import CONTRIBUTOR_ROLES, OUTPUT_KINDS, OUTPUT_STATUSES, is_stalled
from models.phones import national as national_phone
from models.recurrence import Rule

__all__ = ["CONTRIBUTOR_ROLES", "OUTPUT_KINDS", "OUTPUT_STATUSES", "EventDraft", "MemberDraft", "OutputDraft", "is_stalled", "national_phone", "RSVP_STATUSES", "Rule", "now_utc", "run_sheet", "run_time", "split_list",
           "to_local", "to_utc"]  # fmt: skip
