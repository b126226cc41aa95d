"""Which members count in the community metrics: active ones, minus the organising team (tagged).

NOT_TEAM alone is for history (charts over time), where members who have left counted while they were in.
`in_unit` narrows any of these queries to one unit's members.
"""

from desktop.services.core.database import Database
from models.health import ORGANISER_TAGS

NOT_TEAM = " AND ".join(
    f"lower(';' || replace(tags, ' ', '') || ';') NOT LIKE '%;{t};%'" for t in ORGANISER_TAGS
)
COUNTED = f"status = 'active' AND {NOT_TEAM}"


def in_unit(unit_id: int | None, column: str = "member_id") -> str:
    """SQL that keeps rows whose `column` is a member of the unit bound as :unit ("" for no unit)."""
    return f" AND {column} IN (SELECT member_id FROM unit_member WHERE unit_id = :unit)" if unit_id else ""


def member_ids(db: Database, community_id: int, where: str = COUNTED, unit_id: int | None = None) -> set[int]:
    """The ids of the community's members matching `where` (COUNTED or NOT_TEAM), in the unit if given."""
    rows = db.query(f"SELECT id FROM member WHERE community_id = :c AND {where}{in_unit(unit_id, 'id')}",
                    {"c": community_id, "unit": unit_id})  # fmt: skip
    return {m for (m,) in rows}
