"""How the window shows a person's stored name: an erased person's neutral placeholder ("Erased person
3", see models/erasure.py, read here by its pattern: ui never imports models) translated into the
interface language ("已删除的成员 3"); any other name as it is. Every view that lists people (members,
health, outputs, structure, today) shows names through this, so the placeholder never stays English."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

PLACEHOLDER = re.compile(r"^Erased person (\d+)$")


def shown_name(name: str) -> str:
    found = PLACEHOLDER.match(name or "")
    if not found:
        return name
    return QCoreApplication.translate("Erased", "Erased person {n}").format(n=found.group(1))


def shown_names(names: Iterable[str]) -> list[str]:
    """Each of `names` as shown (a list, in the same order)."""
    return [shown_name(n) for n in names]
