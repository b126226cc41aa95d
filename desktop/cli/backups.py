"""`beehive backup`, `beehive backups [--json]`, `beehive restore BACKUP --to NEWFILE [--replace]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED
from desktop.messages import message
from desktop.services.core.backups.store import reason_title
from models.errors import DomainError, WorkspaceError


class BackupText(QObject):
    def taken(self, path: Path) -> str:
        return self.tr("Backup taken and verified: {path}").format(path=path)

    def unverified(self, path: Path, problem: str) -> str:
        return self.tr("The backup failed its check ({problem}) and was kept aside: {path}").format(
            problem=problem, path=path
        )

    def none(self, path: Path) -> str:
        return self.tr("No backups of {path} yet.").format(path=path)

    def line(self, b) -> str:
        state = self.tr("verified") if b.verified else self.tr("FAILED CHECK ({problem})").format(problem=b.problem)
        return self.tr("{when}  {reason}  {state}  {size}  %n member(s), {events} event(s)  {path}", "",
                       b.members).format(when=f"{b.taken_at:%Y-%m-%d %H:%M}", reason=reason_title(b.reason), state=state,
                                         size=f"{b.size / 1e6:.1f} MB", events=b.events, path=b.path)  # fmt: skip

    def restored(self, to: Path, before) -> str:
        text = self.tr("Restored to {path}.").format(path=to)
        if before is not None:
            text += " " + self.tr("What the file held before was backed up first: {path}").format(path=before.path)
        return text


def _workspace(args) -> Path:
    path = settings.workspace_for(args)
    if not Path(path).is_file():
        raise WorkspaceError("no_workspace", "file", str(path))
    from desktop.services.core.storage import read_revision

    read_revision(Path(path))  # refuses what is not a workspace, untouched
    return Path(path)


def run_backups(args) -> int:
    i18n.install_for_console(args.lang)
    from desktop.services.core import backups

    text = BackupText()
    try:
        if args.command == "restore":
            before = backups.restore(args.backup, args.to, replace=args.replace)
            print(text.restored(args.to, before))
            return EXIT_OK
        path = _workspace(args)
        if args.command == "backup":
            taken = backups.take(path, "manual")
            if not taken.verified:
                print(text.unverified(taken.path, taken.problem), file=sys.stderr)
                return EXIT_REFUSED
            print(taken.path)
            print(text.taken(taken.path), file=sys.stderr)
            return EXIT_OK
        found = backups.listing(path)
        if args.json:
            print(json.dumps([b.as_json() for b in found], ensure_ascii=False, indent=1))
        elif not found:
            print(text.none(path), file=sys.stderr)
        for b in [] if args.json else found:
            print(text.line(b))
        return EXIT_OK
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
