"""Import/export kinds by name, so the CLI and the window find them the same way.

Each feature package names its own three steps: import_plan (read, decide, write nothing),
import_apply (one undo step) and export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from desktop.services.events import export as event_export
from desktop.services.events import import_apply as event_apply
from desktop.services.events import import_plan as event_import
from desktop.services.health import export as activity_export
from desktop.services.health import import_apply as activity_apply
from desktop.services.health import import_plan as activity_import
from desktop.services.members import export as member_export
from desktop.services.members import import_apply as member_apply
from desktop.services.members import import_plan as member_import
from desktop.services.outputs import export as output_export
from desktop.services.outputs import import_apply as output_apply
from desktop.services.outputs import import_plan as output_import
from desktop.services.structure import export as structure_export
from desktop.services.structure import import_apply as structure_apply
from desktop.services.structure import import_plan as structure_import


def _backed_up(apply: Callable) -> Callable:
    """Every import is preceded by a verified backup: an import that goes wrong can be taken back whole."""

    def run(db, plan, *args, **kwargs):
        db.back_up("import")
        return apply(db, plan, *args, **kwargs)

    return run


@dataclass(frozen=True)
class Kind:
    name: str
    plan: Callable  # (db, community_id, path, progress, **options) -> plan with .rejected
    apply: Callable  # (db, plan, progress) -> result
    export: Callable  # (db, community_id, path) -> row count

    def __post_init__(self) -> None:
        object.__setattr__(self, "apply", _backed_up(self.apply))


def _structure(name: str) -> Kind:
    return Kind(
        name,
        partial(structure_import.plan, kind=name),
        structure_apply.apply,
        partial(structure_export.export, kind=name),
    )


KINDS: dict[str, Kind] = {
    "members": Kind(
        "members", member_import.plan_import, member_apply.apply_import, member_export.export_members
    ),
    **{name: _structure(name) for name in ("units", "memberships", "roles", "connections")},
    "events": Kind(
        "events", partial(event_import.plan, kind="events"), event_apply.apply, event_export.export_events
    ),
    "attendance": Kind(
        "attendance",
        partial(event_import.plan, kind="attendance"),
        event_apply.apply,
        event_export.export_attendance,
    ),
    "outputs": Kind("outputs", output_import.plan, output_apply.apply, output_export.export),
    "activity": Kind("activity", activity_import.plan, activity_apply.apply, activity_export.export),
}
