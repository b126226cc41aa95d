"""How the window shows an erased person: the stored neutral placeholder ("Erased person 3", see
models/erasure.py, read here by its pattern: ui never imports models) translated ("已删除的成员 3")."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

PLACEHOLDER = re.compile(r"^Erased person (\d+)$")


def shown_name(name: str) -> str:
    found = PLACEHOLDER.match(name or "")
    if not found:
        return name
    return QCoreApplication.translate("Erased", "Erased person {n}").format(n=found.group(1))
