"""What every row-by-row import shares (structure, events, attendance, outputs, activity): reading the
file, matching headers and collecting rejected rows by line (names are resolved by
desktop.services.structure.resolver).

read_rows() writes nothing; each kind's apply() then writes its plan as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.transfer.header_row import synonym_score
from desktop.services.transfer.limits import column_fields, row_problem
from desktop.services.transfer.results import Rejected
from desktop.services.transfer.tabular import match_headers, read_table
from models.errors import DomainError, ValidationError

SAMPLE_ROWS = 20


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
    headers: list[str] = field(default_factory=list)  # the file's header row and first rows, for the preview
    sample: list[list[str]] = field(default_factory=list)

    @property
    def targets(self) -> list[dict]:
        return self.rows


def read_rows(path: Path, community_id: int, kind: str, synonyms: dict[str, tuple[str, ...]], required: str,
              parse: Callable[[dict], dict]) -> RowsPlan:  # fmt: skip
    """Every row parsed by `parse(raw cells by field)`; a DomainError rejects that row with its line."""
    table = read_table(path, header_score=synonym_score(synonyms))  # under title rows, past cover sheets
    mapping, unknown = match_headers(table.headers, synonyms)
    if required not in mapping.values():
        raise ValidationError("missing_column", required, required)
    if not table.rows and not table.rejected:
        raise ValidationError("no_rows", "file", str(path))
    result = RowsPlan(community_id, kind, len(table.rows), table.encoding,
                      {table.headers[i]: f for i, f in mapping.items()}, unknown,
                      rejected=list(table.rejected))  # fmt: skip
    shown = [i for i, h in enumerate(table.headers) if h not in table.internal]
    result.headers = [table.headers[i] for i in shown]
    result.sample = [
        [cells[i] if i < len(cells) else "" for i in shown] for _line, cells in table.rows[:SAMPLE_ROWS]
    ]
    fields = column_fields(table.headers, mapping)
    for line, cells in table.rows:
        if bad := row_problem(line, cells, fields):  # a control character, a 200 MB cell, 3,000 columns
            result.rejected.append(bad)
            continue
        raw = {f: cells[i].strip() for i, f in mapping.items() if i < len(cells)}
        try:
            result.rows.append({"line": line, **parse(raw)})
        except DomainError as e:
            result.rejected.append(Rejected(line, e.code, e.field, e.value))
    return result
