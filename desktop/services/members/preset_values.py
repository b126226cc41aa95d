"""A tool's export recognised by what its cells hold when its header row is in another language.

Meetup writes its member and attendee lists with the headers of the organiser's interface language
(Name, Mitglieds-ID, Beigetreten am…), but every row carries the member's profile link
(https://www.meetup.com/members/183920471/) and the columns keep their order. So a file with a column
of such links is a Meetup list, and when that column stands where the English layout has it, each of
the layout's columns takes its English name for matching; the group's own profile questions that
follow keep their headers (they become custom fields, as in an English export).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.services.members.presets import AUTO, BY_KEY, NONE, Preset, detect_preset
from desktop.services.transfer.header_names import header_key

_PROFILE_LINK = re.compile(r"^https?://(?:www\.)?meetup\.com/(?:[\w.-]+/)?members/\d+/?$", re.IGNORECASE)
MIN_SHARE = 0.8  # of the filled cells of the sampled rows: a stray link in a notes column is not a layout

# the columns as Meetup writes them in English, in order (tests/fixtures/presets/README.md)
LAYOUTS: dict[str, tuple[str, ...]] = {
    "meetup_members": ("Name", "Member ID", "Title", "Member Profile URL", "Location", "Joined Group on",
                       "Last visited group on", "Last Attended", "Total RSVPs", "RSVPed Yes", "RSVPed Maybe",
                       "RSVPed No", "Meetups attended", "No shows", "Intro", "Photo", "Assistant Organizer",
                       "Mailing List"),
    "meetup_attendees": ("Name", "User ID", "Title", "Event Host", "RSVP", "Guests", "RSVPed on",
                         "Joined Group on", "URL of Member Profile"),
}  # fmt: skip
_LINK_COLUMN = {"meetup_members": "Member Profile URL", "meetup_attendees": "URL of Member Profile"}


@dataclass(frozen=True)
class Recognised:
    preset: Preset
    known_as: list[str]  # per column, the header to match it by (the English one where the layout fits)
    by_layout: int = 0  # how many columns were named by their place in the tool's layout


def _link_columns(rows: list[list[str]], width: int) -> list[int]:
    found = []
    for i in range(width):
        filled = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        if filled and sum(bool(_PROFILE_LINK.match(v)) for v in filled) >= MIN_SHARE * len(filled):
            found.append(i)
    return found


def recognise_by_values(headers: list[str], rows: list[list[str]]) -> Recognised | None:
    """The Meetup preset for a file whose profile-link column says so, with its columns' English names
    when the layout fits; None when no column holds profile links."""
    links = _link_columns(rows, len(headers))
    if len(links) != 1:
        return None
    for key, layout in LAYOUTS.items():
        if len(headers) >= len(layout) and layout.index(_LINK_COLUMN[key]) == links[0]:
            return Recognised(BY_KEY[key], [*layout, *headers[len(layout):]], len(layout))
    # another column order (an older or trimmed export): still Meetup's, its columns matched by meaning
    known_as = list(headers)
    known_as[links[0]] = _LINK_COLUMN["meetup_members"]
    return Recognised(BY_KEY["meetup_members"], known_as)


def choose_source(headers: list[str], rows: list[list[str]], preset: str) -> Recognised | None:
    """The preset (recognised from the header row, else from the cells, or chosen by hand) with the
    headers to match the columns by; None for no preset."""
    if preset == NONE:
        return None
    chosen = detect_preset(headers) if preset == AUTO else BY_KEY.get(preset)
    header_keys = {header_key(h) for h in headers}
    if chosen is None or (chosen.key in LAYOUTS and not chosen.score(header_keys)):
        found = recognise_by_values(headers, rows)
        if found and (chosen is None or found.preset.key == chosen.key or preset == AUTO):
            return found
    return Recognised(chosen, headers) if chosen else None
