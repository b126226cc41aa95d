"""`beehive offline out --event TITLE [--date D] --to DOOR.beehive [--private]` and
`beehive offline in DOOR.beehive [--json] [--keep-both | --theirs | --ours]`: the second laptop.

`in` prints the preview, then applies it as one undo step. What must be decided (a conflict, a new person
who may be a member already) is decided by the flag: --keep-both adds such people as new members and keeps
this workspace's values; --theirs takes the door's values and the likeliest member; --ours keeps this
workspace's values and takes the likeliest member. Without one, nothing is written (exit 1).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QObject

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED
from desktop.messages import message
from models.errors import DomainError


def add_offline_commands(sub) -> None:
    o = sub.add_parser("offline", help="take an event out for a second laptop at the door, and bring it back")
    osub = o.add_subparsers(dest="offline_command", required=True)
    out = osub.add_parser("out", help="write a small workspace with the event, its list and the directory")
    out.add_argument("--event", required=True, metavar="TITLE", help="the event's title")
    out.add_argument("--date", default="", help="the event's date, YYYY-MM-DD, when titles repeat")
    out.add_argument("--to", type=Path, required=True, metavar="DOOR.beehive", help="the new file")
    out.add_argument(
        "--private", action="store_true", help="carry every contact, the notes and private fields"
    )
    back = osub.add_parser("in", help="merge a second laptop's file back (a preview, then one undo step)")
    back.add_argument("file", type=Path, metavar="DOOR.beehive")
    back.add_argument("--json", action="store_true", help="print the preview and result as JSON")
    how = back.add_mutually_exclusive_group()
    how.add_argument("--keep-both", dest="resolve", action="store_const", const="keep-both",
                     help="new people who may be members: added as new; conflicts: this workspace's values")  # fmt: skip
    how.add_argument("--theirs", dest="resolve", action="store_const", const="theirs",
                     help="conflicts: the door's values; new people: the likeliest member")  # fmt: skip
    how.add_argument("--ours", dest="resolve", action="store_const", const="ours",
                     help="conflicts: this workspace's values; new people: the likeliest member")  # fmt: skip


class OfflineText(QObject):
    def taken_out(self, title: str, path: str, members: int, rows: int) -> str:
        return self.tr("Took “{title}” out to {path}: {rows} on the list, {members} in the directory.").format(
            title=title, path=path, rows=rows, members=members)  # fmt: skip

    def nothing(self) -> str:
        return self.tr("Nothing to bring back: this file's changes are all here.")

    def applied(self) -> str:
        return self.tr("Brought back (one undo step).")

    def change(self, kind: str, name: str, before: str, after: str) -> str:
        return self.tr("{kind}: {name}: {before} → {after}").format(
            kind=self.kind(kind), name=name, before=before, after=after
        )

    def kind(self, code: str) -> str:
        words = {"check_in": self.tr("Check-in"), "rsvp": self.tr("RSVP"), "guests": self.tr("Guests"),
                 "walk_in": self.tr("Walk-in"), "no_show": self.tr("No-show"), "member": self.tr("Member"),
                 "event": self.tr("Event"), "removed": self.tr("Removed from the list"),
                 "removed_here": self.tr("Removed here"), "checked_in": self.tr("Check-in"),
                 "closed": self.tr("Check-in closed"), "day_notes": self.tr("Notes for the day")}  # fmt: skip
        return words.get(code, code)

    def new_person(self, name: str, matches: str) -> str:
        return self.tr("New person: {name}{matches}").format(name=name, matches=matches)

    def maybe(self, names: str) -> str:
        return self.tr(" (may be: {names})").format(names=names)

    def conflict(self, name: str, what: str, ours: str, theirs: str) -> str:
        return self.tr("Conflict: {name}, {what}: here “{ours}”, at the door “{theirs}”").format(
            name=name, what=self.kind(what), ours=ours, theirs=theirs)  # fmt: skip


def decisions_for(plan, resolve: str | None) -> dict[str, str]:
    if resolve is None:
        return {}
    out = {c.key: "theirs" if resolve == "theirs" else "ours" for c in plan.conflicts}
    for p in plan.new_people:
        if p.candidates:
            out[p.key] = "new" if resolve == "keep-both" else p.candidates[0].uuid
    return out


def _preview(plan, text: OfflineText) -> list[str]:
    lines = [text.change(c.kind, c.name, c.before, c.after) for c in plan.changes]
    for p in plan.new_people:
        names = ", ".join(f"{c.name} ({c.score})" for c in p.candidates)
        lines.append(text.new_person(p.name, text.maybe(names) if names else ""))
    lines += [text.conflict(c.name, c.what, c.ours, c.theirs) for c in plan.conflicts]
    return lines


def _as_json(plan, applied: bool) -> str:
    return json.dumps({"take_out": plan.take_out_uuid, "event": plan.event_title, "applied": applied,
                       "brought_back_before": plan.brought_back_before, "counts": plan.counts(),
                       "changes": [asdict(c) for c in plan.changes],
                       "new_people": [asdict(p) for p in plan.new_people],
                       "conflicts": [asdict(c) for c in plan.conflicts]}, ensure_ascii=False, indent=2)  # fmt: skip


def run_offline(args) -> int:
    i18n.install_for_console(args.lang)
    text = OfflineText()
    try:
        from desktop.services.communities import Communities
        from desktop.services.core.database import Database

        db = Database(settings.workspace_for(args))
        try:
            if args.offline_command == "out":
                from desktop.services.events.queries import EventQueries
                from desktop.services.offline.take_out import take_out

                community = Communities(db).ensure(args.community)
                event = EventQueries(db).find(community.id, args.event, args.date)
                done = take_out(db, event.id, args.to, private=args.private)
                print(text.taken_out(done.event_title, str(done.path), done.members, done.attendance))
                return EXIT_OK
            return _bring_back(db, args, text)
        finally:
            db.close()
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED


def _bring_back(db, args, text: OfflineText) -> int:
    from desktop.services.offline.apply import apply_bring_back
    from desktop.services.offline.bring_back import plan_bring_back

    plan = plan_bring_back(db, args.file)
    if not args.json:
        for line in _preview(plan, text):
            print(line)
    if plan.nothing_to_do and plan.brought_back_before:
        print(_as_json(plan, False) if args.json else text.nothing())
        return EXIT_OK
    try:
        done = apply_bring_back(db, plan, decisions_for(plan, args.resolve))
    except DomainError:
        if args.json:
            print(_as_json(plan, False))
        raise
    print(_as_json(done, True) if args.json else text.applied())
    return EXIT_OK
