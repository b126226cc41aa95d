"""Reading and saving a community's health settings (saving is one undo step)."""

from __future__ import annotations

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from models.health_settings import HealthSettings


def load(db: Database, community_id: int) -> HealthSettings:
    rows = db.query("SELECT health_settings FROM community WHERE id = ?", (community_id,))
    return HealthSettings.from_json(rows[0][0] if rows else "")


def save(db: Database, community_id: int, settings: HealthSettings) -> None:
    text = settings.checked().to_json()
    with db.write(LABELS.health_settings()) as uow:
        uow.update("community", {community_id: {"health_settings": text}})
