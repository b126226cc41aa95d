"""How the window shows an erased person: moved to ui.common.person_names (every view lists people,
not only Members); kept here so the members list, detail and printing keep importing it from here."""

from __future__ import annotations

from ui.common.person_names import PLACEHOLDER, shown_name, shown_names

__all__ = ["PLACEHOLDER", "shown_name", "shown_names"]
