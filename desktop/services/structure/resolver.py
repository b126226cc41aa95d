"""Names in an import file -> keys, for every import that names members or units."""

from __future__ import annotations

from desktop.services.core.database import Database
from desktop.services.members.queries import MemberQueries
from desktop.services.structure.queries import StructureQueries
from models.errors import ValidationError


class Resolver:
    """Names in a file -> keys: a member by name, email, phone or WeChat ID (exactly one), a unit by name."""

    def __init__(self, db: Database, community_id: int) -> None:
        self.members, self.cid = MemberQueries(db), community_id
        self.units = {u.name: u for u in StructureQueries(db).units(community_id)}

    def member(self, text: str, field_name: str) -> int:
        found = self.members.resolve(self.cid, text)
        if len(found) != 1:
            raise ValidationError("unknown_member" if not found else "ambiguous_member", field_name, text)
        return found[0]

    def unit(self, name: str) -> int:
        if name not in self.units:
            raise ValidationError("unknown_unit", "unit", name)
        return self.units[name].id
