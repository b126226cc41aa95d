"""The process test_kill.py kills with SIGKILL at a random moment. Two kinds of work:

    python -m tests.stress.kill_worker import WORKSPACE CSV
        the CLI's own import (desktop.cli.main, as `beehive --db WORKSPACE import members CSV`), with a
        line on stdout as each phase is reached: "phase backup" (the verified backup before the
        import begins), "phase backed-up", "phase write" (inside the import's one transaction),
        "phase committed" (the transaction's block returned)
    python -m tests.stress.kill_worker edit WORKSPACE
        the workspace opened as the window opens it (open_services), "phase ready", then small edits in a loop, each
        its own `db.write`: a member renamed, a new member, an event; "committed N KIND KEY" printed and
        flushed after each write returns, so the harness knows which edits must survive the kill

Every line is flushed at once: what the harness read was printed before the kill.
"""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import contextmanager
from pathlib import Path

RENAME, NEW_MEMBER, NEW_EVENT = "rename", "member", "event"
KINDS = (RENAME, NEW_MEMBER, NEW_EVENT)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def renamed(n: int) -> str:
    return f"kill-rename-{n}"


def new_member(n: int) -> str:
    return f"kill-member-{n}"


def new_event(n: int) -> str:
    return f"kill-event-{n}"


def _mark_phases() -> None:
    from desktop.services.core.database import Database

    original_back_up, original_write = Database.back_up, Database.write

    def back_up(self, reason):
        say("phase backup")
        taken = original_back_up(self, reason)
        say("phase backed-up")
        return taken

    @contextmanager
    def write(self, label):
        with original_write(self, label) as uow:
            say("phase write")
            yield uow
        say("phase committed")

    Database.back_up, Database.write = back_up, write


def run_import(workspace: Path, csv: Path) -> int:
    _mark_phases()
    from desktop.cli.main import main

    return main(["--db", str(workspace), "--lang", "en", "import", "members", str(csv)])


def run_edits(workspace: Path) -> int:
    from desktop.services.container import open_services
    from desktop.services.core.step_labels import LABELS
    from desktop.services.drafts import EventDraft, MemberDraft

    services = open_services(workspace)
    db = services.db
    community_id = db.query("SELECT min(id) FROM community")[0][0]
    member_ids = [r[0] for r in db.query("SELECT id FROM member ORDER BY id")]
    start = dt.datetime(2027, 1, 1, 19, 0)
    say("phase ready")
    n = 0
    while True:  # until killed
        kind = KINDS[n % 3]
        if kind == RENAME:
            key = member_ids[(n // 3) % len(member_ids)]
            with db.write(LABELS.edit_member()) as uow:
                uow.update("member", {key: {"name": renamed(n)}})
        elif kind == NEW_MEMBER:
            key = services.member_writes.create(community_id, MemberDraft(name=new_member(n)))
        else:
            when = start + dt.timedelta(days=n)
            draft = EventDraft(
                title=new_event(n), start=when, end=when + dt.timedelta(hours=2), tz="Asia/Shanghai"
            )
            (key,) = services.event_writes.create(community_id, draft)
        say(f"committed {n} {kind} {key}")
        n += 1


if __name__ == "__main__":
    mode, workspace = sys.argv[1], Path(sys.argv[2])
    if mode == "import":
        sys.exit(run_import(workspace, Path(sys.argv[3])))
    sys.exit(run_edits(workspace))
