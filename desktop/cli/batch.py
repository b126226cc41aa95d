"""Batch commands (import, export) for the CLI; messages on stderr in the UI language."""

from __future__ import annotations

import inspect
import sys

from PySide6.QtCore import QCoreApplication, QObject

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from desktop.messages import message
from desktop.services.members.presets import BY_KEY
from models.errors import DomainError


class BatchText(QObject):
    """The CLI's sentences (a QObject so lupdate records the plural forms)."""

    def exported(self, n: int, file) -> str:
        return self.tr("Exported %n record(s) to {file}", "", n).format(file=file)

    def conflict(self, c, where) -> str:
        other = (self.tr("{name} on line {line}").format(name=c.other, line=where(c.other_line)) if c.other_line
                 else self.tr("the member {name}").format(name=c.other))  # fmt: skip
        decided = {"keep": self.tr("kept as a separate member"), "merge": self.tr("merged"),
                   "skip": self.tr("skipped")}[c.decision]  # fmt: skip
        return self.tr("line {line}: {name} shares {value} with {other}: {decided} (--on-conflict to choose)").format(
            line=where(c.line), name=c.name, value=c.shared[1], other=other, decided=decided)  # fmt: skip

    def recognised(self, source: str) -> str:
        return self.tr("Recognised: {source}").format(source=source)

    def custom_columns(self, names) -> str:
        return self.tr("Kept as custom fields: {names}").format(names=", ".join(names))

    def by_layout(self, n: int) -> str:
        return self.tr("Headers in another language: %n column(s) read by their place in the source's layout.", "", n)

    def own_columns(self, n: int) -> str:
        return self.tr("Ignored %n column(s) the source keeps for itself.", "", n)

    def unknown_columns(self, names: list[str]) -> str:
        return self.tr("Ignored unknown columns: {names}").format(names=", ".join(names))

    def sheets(self, sheets) -> str:
        why = {"no_member_columns": self.tr("no member columns"), "not_chosen": self.tr("not chosen"),
               "other_columns": self.tr("other columns: import it with --sheet")}  # fmt: skip
        parts = []
        for s in sheets:
            if s.imported:
                rows = self.tr("%n row(s)", "", s.rows)
                status = {"active": self.tr("active"), "left": self.tr("left"), "removed": self.tr("removed")}.get(s.status)
                parts.append(f"{s.name} ({rows}, {status})" if status else f"{s.name} ({rows})")
            else:
                parts.append(self.tr("{name}: not imported, {why}").format(name=s.name, why=why[s.reason]))
        return self.tr("Sheets: {sheets}").format(sheets="; ".join(parts))

    def rejected_line(self, line, reason: str) -> str:
        return self.tr("line {line}: {reason}").format(line=line, reason=reason)

    def nothing_imported(self, n: int) -> str:
        return self.tr("Nothing imported: %n row(s) rejected (use --skip-invalid to import the rest).", "", n)

    def imported(self, result, rejected: int) -> str:
        return self.tr(
            "Imported: {new} new, {updated} updated, {same} unchanged, {rejected} rejected."
        ).format(new=result.created, updated=result.updated, same=result.unchanged, rejected=rejected)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def run_batch(args) -> int:
    i18n.install_for_console(args.lang)
    from desktop.services.kinds import KINDS

    kind = KINDS.get(args.kind)
    if kind is None:
        _err(message(DomainError("unknown_kind", "kind", args.kind)))
        return EXIT_USAGE
    path = settings.workspace_for(args)
    text = BatchText()
    try:
        from desktop.services.communities import Communities
        from desktop.services.core.database import Database

        db = Database(path)
        community = Communities(db).ensure(args.community)
        if args.command == "export":
            extra = {"version": args.vcard_version} if args.file.suffix.lower() == ".vcf" else {}
            if extra and args.kind != "members":
                _err(message(DomainError("option_members_only", "vcard", ".vcf")))
                return EXIT_USAGE
            if "audience" in inspect.signature(kind.export).parameters:
                extra["audience"] = args.audience
            elif args.audience != "organisers":  # a kind with no audience of its own: refused, not ignored
                _err(message(DomainError("audience_members_only", "audience", args.kind)))
                return EXIT_USAGE
            _err(text.exported(kind.export(db, community.id, args.file, **extra), args.file))
            return EXIT_OK
        return _import(db, community.id, kind, args, text)
    except DomainError as e:
        _err(message(e))
        return EXIT_REFUSED


def _import(db, community_id: int, kind, args, text: BatchText) -> int:
    options = {"region": args.region, "day_first": args.day_first}
    taken = inspect.signature(kind.plan).parameters
    if args.encoding:
        if "encoding" not in taken:
            _err(message(DomainError("encoding_members_only", "encoding", args.encoding)))
            return EXIT_USAGE
        options["encoding"] = args.encoding
    for flag, param, value in (("--drop-unknown", "keep_unknown", False if args.drop_unknown else None),
                               ("--preset", "preset", args.preset),
                               ("--split-remarks", "split_remarks", args.split_remarks or None),
                               ("--on-conflict", "on_conflict", args.on_conflict),
                               ("--sheet", "sheet", args.sheet),
                               ("--event", "event", args.event),
                               ("--event-date", "event_date", args.event_date or None)):  # fmt: skip
        if value is None:
            continue
        if param not in taken:
            _err(message(DomainError("option_members_only", param, flag)))
            return EXIT_USAGE
        options[param] = value
    plan = kind.plan(db, community_id, args.file, **options)
    if preset := BY_KEY.get(getattr(plan, "preset", "")):
        _err(text.recognised(QCoreApplication.translate("Presets", preset.title)))
    if moved := getattr(plan, "by_layout", 0):
        _err(text.by_layout(moved))
    kept = getattr(plan, "custom_columns", {})
    if kept:
        _err(text.custom_columns(kept))
    if own := (plan.source_own_columns() if hasattr(plan, "source_own_columns") else []):
        _err(text.own_columns(len(own)))
    if ignored := [h for h in plan.unknown_columns if h not in kept and h not in own]:
        _err(text.unknown_columns(ignored))
    sheets = getattr(plan, "sheets", [])
    if len(sheets) > 1:
        _err(text.sheets(sheets))
    where = getattr(plan, "where", str)
    for c in getattr(plan, "conflicts", []):
        _err(text.conflict(c, where))
    for r in plan.rejected:
        _err(text.rejected_line(where(r.line), message(DomainError(r.code, r.field, r.value))))
    if plan.rejected and not args.skip_invalid:
        _err(text.nothing_imported(len(plan.rejected)))
        return EXIT_REFUSED
    _err(text.imported(kind.apply(db, plan), len(plan.rejected)))
    return EXIT_OK
