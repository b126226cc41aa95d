"""Batch commands (import, export) for the CLI; messages on stderr in the UI language."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from desktop import i18n, settings
from desktop.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from desktop.i18n import translate
from desktop.messages import message
from models.errors import DomainError



def _err(text: str) -> None:
    print(text, file=sys.stderr)


def run_batch(args) -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, i18n.pick_language(args.lang))
    from desktop.services.kinds import KINDS

    kind = KINDS.get(args.kind)
    if kind is None:
        _err(message(DomainError("unknown_kind", "kind", args.kind)))
        return EXIT_USAGE
    path = args.db or (settings.demo_workspace() if args.demo else settings.default_workspace())
    try:
        from desktop.services.communities import Communities
        from desktop.services.database import Database

        db = Database(path)
        community = Communities(db).ensure(args.community)
        if args.command == "export":
            n = kind.export(db, community.id, args.file)
            _err(translate("Batch", "Exported %n record(s) to {file}", None, n).format(file=args.file))
            return EXIT_OK
        return _import(db, community.id, kind, args)
    except DomainError as e:
        _err(message(e))
        return EXIT_REFUSED


def _import(db, community_id: int, kind, args) -> int:
    plan = kind.plan(db, community_id, args.file, region=args.region, day_first=args.day_first)
    if plan.unknown_columns:
        _err(translate("Batch", "Ignored unknown columns: {names}").format(names=", ".join(plan.unknown_columns)))
    for r in plan.rejected:
        _err(translate("Batch", "line {line}: {reason}").format(line=r.line, reason=message(DomainError(r.code, r.field, r.value))))
    if plan.rejected and not args.skip_invalid:
        _err(translate("Batch", "Nothing imported: %n row(s) rejected (use --skip-invalid to import the rest).", None, len(plan.rejected)))
        return EXIT_REFUSED
    result = kind.apply(db, plan)
    _err(translate("Batch", "Imported: {new} new, {updated} updated, {same} unchanged, {rejected} rejected.").format(
        new=result.created, updated=result.updated, same=result.unchanged, rejected=len(plan.rejected)))
    return EXIT_OK
