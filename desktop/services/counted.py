"""Which members count in the community metrics: active ones, minus the organising team (tagged).

NOT_TEAM alone is for history (charts over time), where members who have left counted while they were in.
"""

from models.health import ORGANISER_TAGS

NOT_TEAM = " AND ".join(
    f"lower(';' || replace(tags, ' ', '') || ';') NOT LIKE '%;{t};%'" for t in ORGANISER_TAGS
)
COUNTED = f"status = 'active' AND {NOT_TEAM}"
