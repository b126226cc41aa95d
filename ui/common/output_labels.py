"""Translated names for output codes: kinds, statuses and contributor roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def output_kind_names() -> dict[str, str]:
    return {
        "article": QCoreApplication.translate("OutputLabels", "Article"),
        "course": QCoreApplication.translate("OutputLabels", "Course"),
        "talk": QCoreApplication.translate("OutputLabels", "Talk"),
        "book": QCoreApplication.translate("OutputLabels", "Book"),
        "video": QCoreApplication.translate("OutputLabels", "Video"),
        "homework": QCoreApplication.translate("OutputLabels", "Homework"),
        "sticker_pack": QCoreApplication.translate("OutputLabels", "Sticker pack"),
        "other": QCoreApplication.translate("OutputLabels", "Other"),
    }


def output_status_names() -> dict[str, str]:
    return {
        "idea": QCoreApplication.translate("OutputLabels", "Idea"),
        "drafting": QCoreApplication.translate("OutputLabels", "Drafting"),
        "review": QCoreApplication.translate("OutputLabels", "Review"),
        "published": QCoreApplication.translate("OutputLabels", "Published"),
        "dropped": QCoreApplication.translate("OutputLabels", "Dropped"),
    }


def output_role_names() -> dict[str, str]:
    return {
        "author": QCoreApplication.translate("OutputLabels", "Author"),
        "co_author": QCoreApplication.translate("OutputLabels", "Co-author"),
        "editor": QCoreApplication.translate("OutputLabels", "Editor"),
        "speaker": QCoreApplication.translate("OutputLabels", "Speaker"),
        "designer": QCoreApplication.translate("OutputLabels", "Designer"),
        "reviewer": QCoreApplication.translate("OutputLabels", "Reviewer"),
    }
