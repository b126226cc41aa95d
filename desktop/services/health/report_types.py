"""The health report as typed, frozen data: Qt-free and without SQLAlchemy, so the UI imports it cheaply.

It fills in three steps, each a subclass of the one before, so the dashboard shows whatever is in:
`HealthStates` (the member states), `HealthNumbers` (and the network numbers), `HealthReport`
(everything). `as_dict()` is the shape `report health --json` prints; `from_dict()` reads it back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypeVar

Number = int | float | None
Step = TypeVar("Step", bound="HealthStates")


@dataclass(frozen=True)
class Windows:
    """The settings' windows, in days: active within `days`, drifting after, inactive after."""

    days: int
    drifting: int
    inactive: int


@dataclass(frozen=True)
class StrongNode:
    name: str
    degree: int
    betweenness: float


@dataclass(frozen=True)
class UnitRow:
    name: str
    size: int
    cap: int
    over_cap: bool
    absence_factor: int


@dataclass(frozen=True)
class Condition:
    """One of the five conditions: its score, the evidence behind it (in the scorecard's order, which
    differs per condition) and where to go to fix it."""

    score: int
    evidence: Mapping[str, Number]
    fix: str

    def as_dict(self) -> dict[str, Any]:
        return {"score": self.score, **self.evidence, "fix": self.fix}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Condition:
        return cls(d["score"], {k: v for k, v in d.items() if k not in ("score", "fix")}, d["fix"])


@dataclass(frozen=True)
class Lists:
    """Lists to act on (names, sorted)."""

    follow_up: tuple[str, ...]
    new_needing_second_activity: tuple[str, ...]
    removal_candidates: tuple[str, ...]


@dataclass(frozen=True)
class InvitationCredit:
    name: str
    invited: int
    successful: int
    months_over_rule: tuple[str, ...]  # "YYYY-MM"

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> InvitationCredit:
        return cls(d["name"], d["invited"], d["successful"], tuple(d["months_over_rule"]))


@dataclass(frozen=True)
class MemberNames:
    """The members behind each number, for the dashboard to list on a click: by the number's key (as in
    `numbers()`), and by engagement level (filled in with the last step)."""

    numbers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    levels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, list[str]]:
        """The old flat shape: levels under "level:<level>"."""
        return {k: list(v) for k, v in self.numbers.items()} | {
            f"level:{k}": list(v) for k, v in self.levels.items()
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> MemberNames:
        return cls({k: tuple(v) for k, v in d.items() if not k.startswith("level:")},
                   {k[6:]: tuple(v) for k, v in d.items() if k.startswith("level:")})  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class HealthStates:
    """Step one: the member states, shown while the network metrics are computed."""

    members: int
    active_members: int
    new_members: int
    drifting: int
    inactive: int
    quiet: int
    retention: float | None  # None: nobody was active in the previous window
    absence_factor: int
    window_days: int
    windows: Windows
    names: MemberNames | None = None  # only when asked for (the dashboard)
    # The earliest day with recorded activity (ISO), None when nothing is recorded yet: then nobody is
    # called drifting, inactive or a removal candidate, and the dashboard says so.
    activity_since: str | None = None

    @property
    def has_activity(self) -> bool:
        return self.activity_since is not None

    def numbers(self) -> dict[str, Number]:
        """The headline numbers in so far, by key (the dashboard's buttons, the printed table)."""
        return {"members": self.members, "active_members": self.active_members, "new_members": self.new_members,
                "drifting": self.drifting, "inactive": self.inactive, "quiet": self.quiet,
                "retention": self.retention, "absence_factor": self.absence_factor}  # fmt: skip

    def then(self, step: type[Step], **more: Any) -> Step:
        """The next step: these fields, and `more` (which may replace `names`)."""
        return step(**({f.name: getattr(self, f.name) for f in fields(self)} | more))

    def as_dict(self) -> dict[str, Any]:
        """Today's JSON shape: the fields in order, `names` (when there) last."""
        out = {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name != "names"}
        return out | ({"names": self.names.as_dict()} if self.names is not None else {})


@dataclass(frozen=True, kw_only=True)
class HealthNumbers(HealthStates):
    """Step two: and the network numbers, shown while levels and the scorecard are computed."""

    density: float
    isolated: int
    strong_nodes: tuple[StrongNode, ...]
    top_share: float

    def numbers(self) -> dict[str, Number]:
        return super().numbers() | {
            "density": self.density,
            "isolated": self.isolated,
            "top_share": self.top_share,
        }


@dataclass(frozen=True, kw_only=True)
class HealthReport(HealthNumbers):
    """The whole report."""

    units: tuple[UnitRow, ...]
    levels: Mapping[str, int]  # members at each level, in the levels' order
    conditions: Mapping[str, Condition]  # the five conditions, in the scorecard's order
    lists: Lists
    invitations: tuple[InvitationCredit, ...]  # the top inviters by successful invitations


STATES = tuple(f.name for f in fields(HealthStates) if f.name != "names")


def from_dict(d: Mapping[str, Any]) -> HealthStates:
    """Reads `as_dict()` back, as the furthest step whose fields are all there."""
    names = MemberNames.from_dict(d["names"]) if "names" in d else None
    states = HealthStates(
        **{k: d[k] for k in STATES if k != "windows" and k in d}, windows=Windows(**d["windows"]), names=names
    )  # an older report without activity_since reads as "nothing recorded"
    if "density" not in d:
        return states
    numbers = states.then(HealthNumbers, density=d["density"], isolated=d["isolated"], top_share=d["top_share"],
                          strong_nodes=tuple(StrongNode(**n) for n in d["strong_nodes"]))  # fmt: skip
    if "units" not in d:
        return numbers
    return numbers.then(
        HealthReport, units=tuple(UnitRow(**u) for u in d["units"]), levels=dict(d["levels"]),
        conditions={k: Condition.from_dict(c) for k, c in d["conditions"].items()},
        lists=Lists(**{k: tuple(v) for k, v in d["lists"].items()}),
        invitations=tuple(InvitationCredit.from_dict(r) for r in d["invitations"]),
    )  # fmt: skip


def _plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, as the JSON had them."""
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value
