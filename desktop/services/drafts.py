"""Input records the UI fills in, re-exported from the domain layer."""

from models.member_draft import MemberDraft

__all__ = ["MemberDraft"]
