"""The organiser's health settings: every window and weight the health formulas use, with defaults.

Stored per community as JSON; a key missing from the JSON takes its default, so older files and
newer settings mix without a migration.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace

from models.errors import ValidationError

# Weight of one unit of each kind of activity (a contribution carries its own, by output kind × role).
DEFAULT_WEIGHTS = {"attended": 1.0, "duty": 1.5, "invited": 1.0, "role": 0.5, "chat": 1.0, "manual": 1.0}
# Settings where 0 means something (connections only; a candidate from the first day).
MAY_BE_0 = ("shared_events", "removal_grace_days")


@dataclass(frozen=True)
class HealthSettings:
    active_days: int = 28  # active: at least one activity in this many days
    drifting_after_days: int = 91  # drifting: no activity for this long…
    inactive_after_days: int = 365  # …but some within this; inactive beyond it
    removal_after_days: int = 365  # removal candidates (提纯): inactive this long, never removed by itself
    removal_grace_days: int = 30  # …and never a candidate in the first this many days since joining
    newcomer_days: int = 91  # the first three months, when a second activity matters
    level_min_days: int = 2  # days present in the window to count as participating
    invitations_per_month: int = 1  # the rule: at most this many invitations a month
    invitation_success_days: int = 90  # an invitation succeeds if the invitee is still active after this
    interest_peers: int = 3  # 同好: an interest counts as shared when at least this many others have it
    shared_events: int = 3  # checked in at this many events together counts as a tie (0: connections only)
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    level_names: dict[str, str] = field(default_factory=dict)  # the organiser's names for the four levels

    @classmethod
    def from_json(cls, text: str) -> HealthSettings:
        try:
            raw = json.loads(text) if text else {}
        except ValueError:
            raw = {}
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        weights = {**DEFAULT_WEIGHTS, **values.pop("weights", {})}
        if not isinstance(values.get("level_names", {}), dict):
            values.pop("level_names")
        return replace(cls(), **values, weights=weights)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    def checked(self) -> HealthSettings:
        """These settings, or a ValidationError naming the first bad one."""
        for f in fields(self):
            if f.name not in ("weights", "level_names", *MAY_BE_0) and int(getattr(self, f.name)) < 1:
                raise ValidationError("bad_window", f.name, str(getattr(self, f.name)))
        for name in MAY_BE_0:
            if int(getattr(self, name)) < 0:
                raise ValidationError("bad_window", name, str(getattr(self, name)))
        if self.drifting_after_days >= self.inactive_after_days:
            raise ValidationError("bad_drift_window", "drifting_after_days", str(self.drifting_after_days))
        for kind, weight in self.weights.items():
            if float(weight) < 0:
                raise ValidationError("bad_weight", kind, str(weight))
        return self
