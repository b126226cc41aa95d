"""Which members count in the community metrics: active ones, minus the organising team (tagged)."""

from models.health import ORGANISER_TAGS

COUNTED = "status = 'active'" + "".join(
    f" AND lower(';' || replace(tags, ' ', '') || ';') NOT LIKE '%;{t};%'" for t in ORGANISER_TAGS
)
