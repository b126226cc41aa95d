"""Import/export kinds by name, so the CLI and the window find them the same way.

Later issues register outputs and activity here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from desktop.services import (
    activity_transfer,
    event_export,
    event_import,
    member_export,
    member_import,
    member_import_apply,
    output_transfer,
    structure_export,
    structure_import,
)


@dataclass(frozen=True)
class Kind:
    name: str
    plan: Callable  # (db, community_id, path, progress, **options) -> plan with .rejected
    apply: Callable  # (db, plan, progress) -> result
    export: Callable  # (db, community_id, path) -> row count


def _structure(name: str) -> Kind:
    return Kind(
        name,
        partial(structure_import.plan, kind=name),
        structure_import.apply,
        partial(structure_export.export, kind=name),
    )


KINDS: dict[str, Kind] = {
    "members": Kind(
        "members", member_import.plan_import, member_import_apply.apply_import, member_export.export_members
    ),
    **{name: _structure(name) for name in ("units", "memberships", "roles", "connections")},
    "events": Kind(
        "events", partial(event_import.plan, kind="events"), event_import.apply, event_export.export_events
    ),
    "attendance": Kind(
        "attendance",
        partial(event_import.plan, kind="attendance"),
        event_import.apply,
        event_export.export_attendance,
    ),
    "outputs": Kind("outputs", output_transfer.plan, output_transfer.apply, output_transfer.export),
    "activity": Kind("activity", activity_transfer.plan, activity_transfer.apply, activity_transfer.export),
}
