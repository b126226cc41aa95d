"""`beehive`: the window by default; import, export and reports on the command line.

The parser is built here, one builder per sub-command; the work is done by desktop.cli.batch (import,
export), desktop.cli.reports and desktop.cli.self_test, and the window by desktop.app.
Exit codes: desktop.exit_codes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import settings
from desktop.services.health.chart_names import CHARTS
from desktop.services.members.presets import PRESETS

KINDS_HELP = "members, units, memberships, roles, connections, events, attendance, outputs, activity; export also workspace"
REPORTS = ["structure", "split", "attendance", "outputs", "health", "introductions", "chart",
           "plan", "signin", "badges", "roster", "certificates", "compilation", "duplicates"]  # fmt: skip


CIPHER = ("encrypt", "decrypt", "rekey", "unlock")
PRIVACY = ("person-export", "erase")


def _window_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=_workspace_arg,
        help="workspace file (created if missing), or a team server's postgresql://USER@HOST:PORT/DB; "
             "default: the file in the data dir"
    )
    p.add_argument("--lang", choices=["en", "zh_CN"], help="interface language (default: the system's)")
    p.add_argument("--community", default="", help="community to work on (default: the only one)")
    p.add_argument("--demo", action="store_true", help="open (create if needed) the demo workspace")
    p.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="render the main window headless, save, exit"
    )
    p.add_argument(
        "--view",
        default=None,
        choices=list(settings.VIEWS),
        help="the view to open on (default: the last session's; members for --screenshot)",
    )
    p.add_argument("--read-only", action="store_true",
                   help="open the workspace in a window that changes nothing (looking inside a backup)")  # fmt: skip
    p.add_argument(
        "--self-test", action="store_true", help="migrate a temp file, open the window offscreen, print a PDF"
    )


def _workspace_arg(text: str) -> Path | str:
    """A file's path, or a team server's URL kept as written (a Path would fold its "//")."""
    return text if "://" in text else Path(text)


def _transfer_command(sub, name: str) -> None:
    s = sub.add_parser(name, help=f"{name} records (kinds: {KINDS_HELP})")
    s.add_argument("kind")
    s.add_argument("file", type=Path)
    if name == "export":
        s.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0",
                       help="members to a .vcf file: the vCard version (default 3.0)")  # fmt: skip
        s.add_argument("--audience", choices=("organisers", "members"), default="organisers",
                       help="members, attendance, events (.ics): who the file is for; members leaves out the private fields and "
                            "those who said no to the directory (default organisers)")  # fmt: skip
    if name == "import":
        s.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the rest")
        s.add_argument("--day-first", action="store_true", help="read 05/03/2024 as 5 March")
        s.add_argument("--region", default="CN", help="default phone region (default CN)")
        s.add_argument("--encoding", help="members: the file's text encoding (default: decided from the text)")
        s.add_argument("--drop-unknown", action="store_true",
                       help="members: ignore unknown columns instead of keeping them as custom fields")  # fmt: skip
        s.add_argument("--preset", metavar="NAME",
                       help=f"members: the file's source (default: recognised from the header row; none: match "
                            f"columns by name only): {', '.join(p.key for p in PRESETS)}")  # fmt: skip
        s.add_argument("--on-conflict", choices=("keep", "merge", "skip"),
                       help="members: a row sharing an email/phone with someone of another name is kept as a "
                            "separate member (default), merged into them, or skipped")  # fmt: skip
        s.add_argument("--event", metavar="TITLE", help="attendance: the event of a file with no event column")
        s.add_argument("--event-date", metavar="DATE", default="", help="attendance: that event's date, when "
                       "several share the title")  # fmt: skip
        s.add_argument("--sheet", metavar="NAME",
                       help="members: the workbook sheet to read, or all (default: every sheet whose columns "
                            "match the first member sheet)")  # fmt: skip
        s.add_argument("--split-remarks", action="store_true",
                       help="members: split WeChat remarks written city-name-occupation (北京-赵丽-设计师)")  # fmt: skip


def _report_command(sub) -> None:
    r = sub.add_parser("report", help="reports (structure, split, attendance) and event printouts")
    r.add_argument("name", choices=REPORTS)
    r.add_argument("chart", nargs="?", default="", choices=["", *CHARTS], help="report chart: which chart")
    r.add_argument("--by", default="week", choices=["day", "week", "month"], help="report chart: period")
    r.add_argument("--csv", type=Path, help="report chart: the data as CSV")
    r.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    r.add_argument("--pdf", type=Path, help="structure chart, health report or printouts as PDF")
    r.add_argument("--svg", type=Path, help="structure chart as SVG")
    r.add_argument("--png", type=Path, help="structure chart as PNG")
    r.add_argument("--page", default="A4", choices=["A4", "A3"], help="PDF page size")
    r.add_argument("--portrait", action="store_true", help="PDF in portrait (default landscape)")
    r.add_argument(
        "--paginate", action="store_true", help="PDF at full size over several pages (default: fit one page)"
    )
    r.add_argument("--event", default="", help="event title (plan, signin, badges, roster)")
    r.add_argument("--date", default="", help="the event's date, YYYY-MM-DD, when titles repeat")
    r.add_argument("--window", type=int, default=28, help="health: days a member counts as active (default 28)")
    r.add_argument("--from", dest="from_", default="", help="compilation: outputs dated from (YYYY-MM-DD)")
    r.add_argument("--to", default="", help="compilation: outputs dated up to (YYYY-MM-DD)")
    r.add_argument("--kind", default="", help="compilation: only this kind of output")
    r.add_argument("--paper", default="a4", choices=["a4", "letter"], help="paper for event printouts")
    r.add_argument("--grid", default="2x4", choices=["2x4", "2x5", "3x7", "3x8"], help="badge label grid")
    r.add_argument("--audience", choices=("organisers", "members"), default="organisers",
                   help="signin, badges: who the printout is for; members leaves out private fields (the phone "
                        "column) and those who said no to the directory (default organisers)")  # fmt: skip
    r.add_argument("--unit", default="", help="the unit to split (report split)")
    r.add_argument("--parts", type=int, default=None, help="how many groups (report split; default: by the cap)")


def _merge_command(sub) -> None:
    m = sub.add_parser("merge", help="merge member B into member A (see: report duplicates --json)")
    m.add_argument("a", help="the member who stays: name, email, phone, WeChat ID or UUID")
    m.add_argument("b", help="the member merged into A and removed")
    m.add_argument("--keep-from", default="", help="fields whose value comes from B, e.g. B:name,city")


def _backup_commands(sub) -> None:
    sub.add_parser("backup", help="take a verified backup of the workspace now and print its path")
    b = sub.add_parser("backups", help="list the workspace's backups (newest first)")
    b.add_argument("--json", action="store_true", help="as JSON: path, taken_at, reason, verified, counts")
    r = sub.add_parser("restore", help="check a backup, then write it to a new file")
    r.add_argument("backup", type=Path, help="the backup file (see: beehive backups)")
    r.add_argument("--to", type=Path, required=True, metavar="NEWFILE", help="where to write the workspace")
    r.add_argument("--replace", action="store_true",
                   help="write over an existing file (after taking a backup of it)")  # fmt: skip


def _encryption_commands(sub) -> None:
    for name, text in (("encrypt", "encrypt the workspace; its key goes into the OS keyring, a recovery code is shown once"),
                       ("rekey", "encrypt the workspace under a new key (the old recovery code stops working)")):  # fmt: skip
        e = sub.add_parser(name, help=text)
        e.add_argument("--passphrase", action="store_true", help="a passphrase typed at each opening instead of the keyring")
    sub.add_parser("decrypt", help="make the workspace and its backups plain files again")
    sub.add_parser("unlock", help="type an encrypted workspace's recovery code; its key goes into this computer's keyring")


def _privacy_commands(sub) -> None:
    e = sub.add_parser("person-export", help="everything the workspace holds about one member, as JSON and PDF")
    e.add_argument("member", help="the member's UUID or exact name")
    e.add_argument("--to", type=Path, required=True, metavar="DIR", help="the folder to write both files into")
    r = sub.add_parser("erase", help="erase a member: personal data removed, counts kept (one undo step)")
    r.add_argument("member", help="the member's UUID or exact name")
    r.add_argument("--yes", action="store_true", help="erase without asking")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="beehive", description="Beehive (社群蜂巢): run your interest community.")
    _window_options(p)
    sub = p.add_subparsers(dest="command")
    for name in ("import", "export"):
        _transfer_command(sub, name)
    _report_command(sub)
    _merge_command(sub)
    _backup_commands(sub)
    _encryption_commands(sub)
    _privacy_commands(sub)
    from desktop.cli.offline import add_offline_commands

    add_offline_commands(sub)
    t = sub.add_parser("publish", help="copy the workspace to a new, empty team database (postgresql://USER@HOST:PORT/DB)")
    t.add_argument("url", help="the team database's address; its password from the keyring, PGPASSWORD or ~/.pgpass")
    return p


def main(argv: list[str] | None = None) -> int:
    from desktop import logs, private_files

    private_files.restrict_umask()  # every file this process makes (workspace, -wal, exports…) is 0600
    logs.setup_logging()  # beehive.log, 0600, scrubbed; an unexpected error is logged by desktop.cli.entry
    argv = sys.argv[1:] if argv is None else argv
    if any(a in argv for a in ("import", "export", "report", "merge", "backup", "backups", "restore", "offline", "publish",
                               *CIPHER, *PRIVACY)):  # fmt: skip
        # the window and the self-test: no QCoreApplication may exist before their QApplication
        from desktop.cli.argparse_i18n import install_for_argparse

        install_for_argparse(argv)
    args = build_parser().parse_args(argv)
    if args.command == "publish" or (args.command == "export" and args.kind == "workspace"):
        from desktop.cli.team import run_export_workspace, run_publish

        return run_publish(args) if args.command == "publish" else run_export_workspace(args)
    if args.command == "offline":
        from desktop.cli.offline import run_offline

        return run_offline(args)
    if args.command == "merge":
        from desktop.cli.merge import run_merge

        return run_merge(args)
    if args.command in ("backup", "backups", "restore"):
        from desktop.cli.backups import run_backups

        return run_backups(args)
    if args.command in PRIVACY:
        from desktop.cli.privacy import run_erase, run_person_export

        return run_erase(args) if args.command == "erase" else run_person_export(args)
    if args.command in CIPHER:
        from desktop.cli.encryption import run_encryption

        return run_encryption(args)
    if args.command == "report":
        from desktop.cli.reports import run_report

        return run_report(args)
    if args.command:
        from desktop.cli.batch import run_batch

        return run_batch(args)
    if args.self_test:
        from desktop.cli.self_test import self_test

        return self_test()
    from desktop.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
