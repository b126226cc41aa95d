"""Coded domain errors. The application layer turns codes into translated messages."""

from __future__ import annotations


class DomainError(Exception):
    """An expected refusal: `code` names the rule, `field`/`value` say where."""

    def __init__(self, code: str, field: str = "", value: str = "", **extra: object) -> None:
        super().__init__(f"{code}: {field}={value!r}" if field else code)
        self.code = code
        self.field = field
        self.value = value
        self.extra = extra


class ValidationError(DomainError):
    """A value the rules refuse (bad email, bad phone, bad date, missing name)."""


class ConflictError(DomainError):
    """The data changed under us, or an operation would break an invariant (cycle, undo conflict)."""


class WorkspaceError(DomainError):
    """The file cannot be used as a workspace (not one, too new, unreadable)."""
