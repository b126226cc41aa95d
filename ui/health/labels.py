"""The engagement levels' names: ours translated, the organiser's own where set, and the swarm's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The swarm's names (DOMAIN.md): followers, scouts, foragers, leaders — offered in the settings.
SWARM_NAMES = {
    "following": "跟随蜂",
    "participating": "侦察蜂",
    "contributing": "采蜜蜂",
    "leading": "引领蜂",
}


def level_names(custom: dict[str, str] | None = None) -> dict[str, str]:
    """The "(computed)" choice (key ""), then each level's name: the organiser's own where set, else ours."""
    names = {
        "": QCoreApplication.translate("LevelDialog", "(computed)"),
        "following": QCoreApplication.translate("LevelDialog", "Following"),
        "participating": QCoreApplication.translate("LevelDialog", "Participating"),
        "contributing": QCoreApplication.translate("LevelDialog", "Contributing"),
        "leading": QCoreApplication.translate("LevelDialog", "Leading"),
    }
    return names | {k: v for k, v in (custom or {}).items() if v and k in names}
