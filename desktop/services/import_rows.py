"""What every row-by-row import shares (structure, events, attendance, outputs, activity): reading the
file, matching headers, resolving members and units, and collecting rejected rows by line.

read_rows() writes nothing; each kind's apply() then writes its plan as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.database import Database
from desktop.services.member_import import Rejected
from desktop.services.member_queries import MemberQueries
from desktop.services.structure_queries import StructureQueries
from desktop.services.tabular import match_headers, read_table
from models.errors import DomainError, ValidationError


@dataclass
class RowsPlan:
    community_id: int
    kind: str
    total_rows: int
    encoding: str
    mapping: dict[str, str]
    unknown_columns: list[str]
    rows: list[dict] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def targets(self) -> list[dict]:
        return self.rows


class Resolver:
    """Names in a file -> keys: a member by name, email, phone or WeChat ID (exactly one), a unit by name."""

    def __init__(self, db: Database, community_id: int) -> None:
        self.members, self.cid = MemberQueries(db), community_id
        self.units = {u.name: u for u in StructureQueries(db).units(community_id)}

    def member(self, text: str, field_name: str) -> int:
        found = self.members.resolve(self.cid, text)
        if len(found) != 1:
            raise ValidationError("unknown_member" if not found else "ambiguous_member", field_name, text)
        return found[0]

    def unit(self, name: str) -> int:
        if name not in self.units:
            raise ValidationError("unknown_unit", "unit", name)
        return self.units[name].id


def read_rows(path: Path, community_id: int, kind: str, synonyms: dict[str, tuple[str, ...]], required: str,
              parse: Callable[[dict], dict]) -> RowsPlan:  # fmt: skip
    """Every row parsed by `parse(raw cells by field)`; a DomainError rejects that row with its line."""
    table = read_table(path)
    mapping, unknown = match_headers(table.headers, synonyms)
    if required not in mapping.values():
        raise ValidationError("missing_column", required, required)
    if not table.rows:
        raise ValidationError("no_rows", "file", str(path))
    result = RowsPlan(community_id, kind, len(table.rows), table.encoding,
                      {table.headers[i]: f for i, f in mapping.items()}, unknown)  # fmt: skip
    for line, cells in table.rows:
        raw = {f: cells[i].strip() for i, f in mapping.items() if i < len(cells)}
        try:
            result.rows.append({"line": line, **parse(raw)})
        except DomainError as e:
            result.rejected.append(Rejected(line, e.code, e.field, e.value))
    return result
