"""The domain's error classes, re-exported for the UI (which never imports models directly)."""

from models.errors import ConflictError, DomainError, ValidationError, WorkspaceError

__all__ = ["ConflictError", "DomainError", "ValidationError", "WorkspaceError"]
