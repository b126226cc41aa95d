"""The laptop's IANA time zone (new events and imported times default to it)."""

from __future__ import annotations

import os


def local_zone() -> str:
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QTimeZone

    name = os.environ.get("BEEHIVE_TZ") or bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        ZoneInfo(name)
    except Exception:  # noqa: BLE001  (a zone the tz database lacks: fall back rather than refuse to start)
        return "UTC"
    return name
