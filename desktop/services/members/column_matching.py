"""Which column of a member file is which field: the synonyms, a preset's own columns, the organiser's
choices in the import dialog (remembered per header set)."""

from __future__ import annotations

import functools

from desktop.services.members.import_row import SYNONYMS
from desktop.services.members.presets import PRESETS, Preset
from desktop.services.transfer.header_names import header_key
from desktop.services.transfer.header_row import synonym_score
from desktop.services.transfer.tabular import match_headers

CUSTOM = "custom"  # an override keeping the column as a custom member field
REPEATABLE = ("email", "phone", "wechat", "qq")  # a second such column adds values (Outlook's three phones)
NAMING_FIELDS = {"name", "given_name", "family_name", "remark", "group_nickname", "nickname", "email"}


@functools.cache
def member_header_score():
    """How much a row looks like a member file's header: cells naming a member field or a column of
    one of the presets (a title row or a cover sheet scores 0)."""
    known = {f"preset_{i}": (*p.columns, *p.ignore) for i, p in enumerate(PRESETS)}
    return synonym_score({**SYNONYMS, **known})


def synonyms_with(preset: Preset | None) -> dict[str, tuple[str, ...]]:
    """The generic synonyms, then a preset's own columns, which win a header both name (WeChat's 备注
    is a remark to build the name from, not a note); match_headers lets the later spelling win."""
    if preset is None:
        return SYNONYMS
    own: dict[str, tuple[str, ...]] = {}
    for header, f in preset.columns.items():
        own[f] = (*own.get(f, ()), header)
    claimed = {header_key(h): f for h, f in preset.columns.items()}
    generic = {
        f: tuple(n for n in names if claimed.get(header_key(n), f) == f) for f, names in SYNONYMS.items()
    }
    return {
        **{f: n for f, n in generic.items() if f not in own},
        **{f: (*generic.get(f, ()), *n) for f, n in own.items()},
    }


def match_columns(headers: list[str], preset: Preset | None) -> tuple[dict[int, str], list[str]]:
    """Column → field by the synonyms (and the preset's columns); the preset's bookkeeping columns are
    left unknown before matching, so Outlook's Title (Mr, Ms) never takes the place of its Job Title."""
    ignored = [bool(preset and preset.ignores(h)) for h in headers]
    mapping, _ = match_headers(["" if i else h for h, i in zip(headers, ignored, strict=True)], synonyms_with(preset),
                               REPEATABLE)  # fmt: skip
    return mapping, [h for n, h in enumerate(headers) if h and n not in mapping]


def override_columns(
    headers: list[str], mapping: dict[int, str], columns: dict[str, str]
) -> tuple[dict[int, str], list[str]]:
    """The organiser's choice per column wins: a field, CUSTOM (kept as a custom field) or "" (ignored,
    so neither imported nor kept). A field chosen twice keeps the chosen one."""
    mapping = dict(mapping)
    for i, header in enumerate(headers):
        if header not in columns:
            continue
        field_name = columns[header]
        if field_name not in SYNONYMS:  # CUSTOM, or a field no longer known: not a member column
            mapping.pop(i, None)
            continue
        for j in [j for j, f in mapping.items() if f == field_name and headers[j] not in columns]:
            del mapping[j]
        mapping[i] = field_name
    unknown = [h for i, h in enumerate(headers) if h and i not in mapping]
    return mapping, unknown
