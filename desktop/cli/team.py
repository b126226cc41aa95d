"""Team workspaces from the command line: `publish URL` copies the workspace file to a new, empty team
database; `export workspace FILE` takes a whole team workspace back into a new file. Both verify every
table's row count and keep ids and UUIDs (desktop/services/core/workspace_copy.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED
from desktop.messages import message
from models.errors import DomainError, WorkspaceError


class TeamText(QObject):
    def copied(self, rows: int, where: str) -> str:
        return self.tr("Copied %n row(s) to {where}; every table's count checked.", "", rows).format(where=where)


def _copy(source_location, target_location) -> int:
    from desktop.services.core.database import Database
    from desktop.services.core.workspace_copy import copy_workspace

    source = Database(source_location, read_only=True)
    try:
        target = Database(target_location)
        try:
            return sum(copy_workspace(source, target).values())
        finally:
            target.close()
    finally:
        source.close()


def run_publish(args) -> int:
    """`beehive [--db FILE] publish postgresql://…`: the file's workspace into an empty team database."""
    i18n.install_for_console(args.lang)
    from desktop.services.core import team_login

    source = settings.workspace_for(args)
    try:
        team_login.TeamServer.parse(args.url)  # a host, a database and a user, or refused with the form to write
        if not Path(source).is_file():
            raise WorkspaceError("no_workspace", "file", str(source))
        rows = _copy(source, args.url)
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    print(TeamText().copied(rows, team_login.shown(args.url)))
    return EXIT_OK


def run_export_workspace(args) -> int:
    """`beehive --db postgresql://… export workspace FILE.beehive`: a whole local copy, never over a file."""
    i18n.install_for_console(args.lang)
    target = Path(args.file) if Path(args.file).suffix else Path(f"{args.file}.beehive")
    if target.exists():
        print(message(WorkspaceError("copy_target_exists", "file", str(target))), file=sys.stderr)
        return EXIT_REFUSED
    try:
        rows = _copy(settings.workspace_for(args), target)
    except DomainError as e:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)  # a half-made copy is not left behind
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    print(TeamText().copied(rows, str(target)))
    return EXIT_OK
