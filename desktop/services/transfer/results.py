"""What every import reports: the rows it refused, by line and reason, and what it wrote."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rejected:
    line: int
    code: str
    field: str
    value: str


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
