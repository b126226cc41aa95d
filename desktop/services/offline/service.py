"""Services.offline: the second laptop's take-out and bring-back, bound to the workspace (what widgets use)."""

from __future__ import annotations

from pathlib import Path


class Offline:
    def __init__(self, db) -> None:
        self.db = db

    def take_out(self, event_id: int, target: Path, private: bool = False):
        from desktop.services.offline.take_out import take_out

        return take_out(self.db, event_id, Path(target), private)

    def plan(self, door_file: Path):
        from desktop.services.offline.bring_back import plan_bring_back

        return plan_bring_back(self.db, Path(door_file))

    def apply(self, plan, decisions: dict[str, str] | None = None):
        from desktop.services.offline.apply import apply_bring_back

        return apply_bring_back(self.db, plan, decisions)
