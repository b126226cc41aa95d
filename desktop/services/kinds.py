"""Import/export kinds by name, so the CLI and the window find them the same way.

Later issues register units, roles, connections, events, attendance, outputs and activity here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.services import member_export, member_import, member_import_apply


@dataclass(frozen=True)
class Kind:
    name: str
    plan: Callable  # (db, community_id, path, progress, **options) -> plan with .rejected
    apply: Callable  # (db, plan, progress) -> result
    export: Callable  # (db, community_id, path) -> row count


KINDS: dict[str, Kind] = {
    "members": Kind(
        "members", member_import.plan_import, member_import_apply.apply_import, member_export.export_members
    ),
}
