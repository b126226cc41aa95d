"""Translated names for stored codes (statuses, contact kinds, modes), shared by every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
