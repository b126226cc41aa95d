"""`beehive report NAME`: report data gathered by Qt-free services, printed as JSON.

Later issues add events, outputs and health reports, and PDF/SVG/PNG renderings, to REPORTS.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication

from desktop import i18n, settings
from desktop.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from desktop.messages import message
from models.errors import DomainError, ValidationError


def structure_report(db, community_id: int, args) -> dict:
    from desktop.services.structure_queries import StructureQueries

    return StructureQueries(db).report(community_id)


def split_report(db, community_id: int, args) -> dict:
    from desktop.services.member_queries import MemberQueries
    from desktop.services.structure_queries import StructureQueries
    from models.structure import propose_split

    queries = StructureQueries(db)
    unit = queries.unit_named(community_id, args.unit)
    if unit is None:
        raise ValidationError("unknown_unit", "unit", args.unit)
    members = [m for m, _, _ in queries.unit_members(unit.id)]
    names = {m: n for m, n, _ in queries.unit_members(unit.id)}
    interests = {m: MemberQueries(db).get(m).interests for m in members}
    p = propose_split(members, queries.ties(community_id), unit.cap, args.parts, interests)
    return {
        "unit": unit.name, "size": unit.size, "cap": unit.cap, "under_cap": p.under_cap,
        "groups": [{"members": [names[m] for m in g], "lead": names.get(lead)} for g, lead in zip(p.groups, p.leads, strict=True)],
        "kept": p.kept, "cut": p.cut,
    }  # fmt: skip


REPORTS = {"structure": structure_report, "split": split_report}


def run_report(args) -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, i18n.pick_language(args.lang))
    if not args.json:
        print(message(DomainError("json_only", "report", args.name)), file=sys.stderr)
        return EXIT_USAGE
    path = args.db or (settings.demo_workspace() if args.demo else settings.default_workspace())
    try:
        from desktop.services.communities import Communities
        from desktop.services.database import Database

        db = Database(path)
        community = Communities(db).ensure(args.community)
        data = REPORTS[args.name](db, community.id, args)
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return EXIT_OK
