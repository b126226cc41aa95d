"""Translated names for stored codes (statuses, contact kinds, modes), shared by every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def named(names: dict[str, str], code: str) -> str:
    """A built-in code's translated name; custom text as typed."""
    return names.get(code, code)


def status_names() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("Labels", "active"),
        "left": QCoreApplication.translate("Labels", "left"),
        "removed": QCoreApplication.translate("Labels", "removed"),
    }


def kind_names() -> dict[str, str]:
    return {
        "wechat_id": QCoreApplication.translate("Labels", "WeChat ID"),
        "wechat_nickname": QCoreApplication.translate("Labels", "WeChat nickname"),
        "qq": QCoreApplication.translate("Labels", "QQ"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "email": QCoreApplication.translate("Labels", "Email"),
    }


def mode_names() -> dict[str, str]:
    return {
        "centralised": QCoreApplication.translate("Labels", "Centralised"),
        "subgroups": QCoreApplication.translate("Labels", "By sub-groups"),
        "self_governing": QCoreApplication.translate("Labels", "Self-governing"),
        "unmanaged": QCoreApplication.translate("Labels", "Unmanaged"),
    }


def field_names() -> dict[str, str]:
    """Names of the columns an import can fill, as shown in the import preview."""
    return {
        "uuid": QCoreApplication.translate("Labels", "Record ID"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "nickname": QCoreApplication.translate("Labels", "WeChat nickname"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "wechat": QCoreApplication.translate("Labels", "WeChat ID"),
        "qq": QCoreApplication.translate("Labels", "QQ"),
        "city": QCoreApplication.translate("Labels", "City"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "interests": QCoreApplication.translate("Labels", "Interests"),
        "specialties": QCoreApplication.translate("Labels", "Specialties"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "joined": QCoreApplication.translate("Labels", "Joined"),
        "inviter": QCoreApplication.translate("Labels", "Invited by"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "status_date": QCoreApplication.translate("Labels", "Status date"),
        "status_reason": QCoreApplication.translate("Labels", "Reason"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "parent": QCoreApplication.translate("Labels", "Parent unit"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "lead": QCoreApplication.translate("Labels", "Lead"),
        "cap": QCoreApplication.translate("Labels", "Size cap"),
        "mode": QCoreApplication.translate("Labels", "Management mode"),
        "member": QCoreApplication.translate("Labels", "Member"),
        "unit": QCoreApplication.translate("Labels", "Unit"),
        "primary": QCoreApplication.translate("Labels", "Primary unit"),
        "role": QCoreApplication.translate("Labels", "Role"),
        "start": QCoreApplication.translate("Labels", "Start"),
        "end": QCoreApplication.translate("Labels", "End"),
        "a": QCoreApplication.translate("Labels", "Member A"),
        "b": QCoreApplication.translate("Labels", "Member B"),
        "strength": QCoreApplication.translate("Labels", "Strength"),
        "since": QCoreApplication.translate("Labels", "Since"),
        "source": QCoreApplication.translate("Labels", "Source"),
    }


def role_names() -> dict[str, str]:
    """The roles an organiser assigns (codes as stored); any other text is kept as a custom role."""
    return {
        "leader": QCoreApplication.translate("Labels", "Leader"),
        "subgroup_lead": QCoreApplication.translate("Labels", "Sub-group lead"),
        "core_member": QCoreApplication.translate("Labels", "Core member"),
        "secretary": QCoreApplication.translate("Labels", "Secretary"),
        "operator": QCoreApplication.translate("Labels", "Operator"),
        "assigns_tasks": QCoreApplication.translate("Labels", "Assigns tasks"),
        "sends_notices": QCoreApplication.translate("Labels", "Sends notices"),
        "supervises": QCoreApplication.translate("Labels", "Supervises"),
        "demonstrates": QCoreApplication.translate("Labels", "Demonstrates"),
    }
