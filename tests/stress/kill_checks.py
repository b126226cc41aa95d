"""What must hold in a workspace after its writer was killed with SIGKILL (test_kill.py): the file is
sound, the import all or nothing, every edit reported committed is there, no backup half made is
listed or left behind. Each check returns the problems it found, as short sentences."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from desktop.services.core.backups import folder_for
from desktop.services.core.backups.store import ASIDE, SUFFIX
from tests.stress import kill_worker as worker

IMPORT_NAME = "Kill Import "  # every name in the import file starts so


def write_members_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("name,phone,email,city\n")
        for i in range(rows):
            f.write(f"{IMPORT_NAME}{i:05d},1390{i:07d},kill{i}@import.example,杭州\n")
    return path


def _rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return con.execute(sql, params).fetchall()


def member_count(path: Path) -> int:
    return _rows(path, "SELECT count(*) FROM member")[0][0]


def soundness(path: Path) -> list[str]:
    problems = []
    if (check := _rows(path, "PRAGMA integrity_check")) != [("ok",)]:
        problems.append(f"integrity_check: {check[:3]}")
    if fks := _rows(path, "PRAGMA foreign_key_check"):
        problems.append(f"foreign_key_check: {len(fks)} rows, first {fks[0]}")
    return problems


def import_whole(path: Path, before: int, rows: int, committed: bool) -> tuple[list[str], bool]:
    """(problems, whether the import landed): the member count is `before` or `before + rows`."""
    after = member_count(path)
    named = _rows(path, "SELECT count(*) FROM member WHERE name LIKE ?", (IMPORT_NAME + "%",))[0][0]
    if after not in (before, before + rows) or named not in (0, rows) or (after == before) != (named == 0):
        return [f"import not all or nothing: {before} members before, {after} after, {named} imported"], False
    if committed and after == before:
        return ["the import reported committed but is not in the file"], False
    return [], after == before + rows


def edits_present(path: Path, lines: list[str]) -> tuple[list[str], int]:
    """(problems, edits found): every "committed N KIND KEY" line's edit is in the file; at most the
    one edit after the last printed (committed, killed before its line) is there too."""
    done = [line.split()[1:] for line in lines if line.startswith("committed ")]
    printed = len(done)
    names = dict(_rows(path, "SELECT id, name FROM member"))
    titles = dict(_rows(path, "SELECT id, title FROM event"))
    problems, last_rename = [], {}
    for n, kind, key in done:
        n, key = int(n), int(key)
        if kind == worker.NEW_MEMBER and names.get(key) != worker.new_member(n):
            problems.append(f"edit {n}: new member {key} missing ({names.get(key)!r})")
        elif kind == worker.NEW_EVENT and titles.get(key) != worker.new_event(n):
            problems.append(f"edit {n}: event {key} missing ({titles.get(key)!r})")
        elif kind == worker.RENAME:
            last_rename[key] = n
    for key, n in last_rename.items():
        allowed = {worker.renamed(n), worker.renamed(printed)}  # or the next one, committed unprinted
        if names.get(key) not in allowed:
            problems.append(f"edit {n}: member {key} is {names.get(key)!r}, not {worker.renamed(n)!r}")
    found = sum(1 for v in names.values() if v.startswith("kill-member-"))
    found += sum(1 for v in titles.values() if v.startswith("kill-event-"))
    made = sum(1 for _n, kind, _k in done if kind != worker.RENAME)
    if found not in (made, made + 1):
        problems.append(f"{made} new members/events reported committed, {found} in the file")
    return problems, printed


def listed_backups(listed: list[dict]) -> list[str]:
    """Every backup `backups --json` lists is a whole, verified copy with its record."""
    problems = []
    for b in listed:
        copy = Path(b["path"])
        if (
            not copy.name.endswith(SUFFIX)
            or ".partial" in copy.name
            or not copy.with_suffix(".json").exists()
        ):
            problems.append(f"listed as a backup: {copy.name}")
        elif copy.parent.name != ASIDE and (not b["verified"] or soundness(copy)):
            problems.append(f"listed backup not sound: {copy.name}")
    return problems


def leftovers(workspace: Path, listed: list[dict]) -> list[str]:
    """Files in the workspace's backups folder that are neither a listed copy nor its record."""
    folder = folder_for(workspace)
    known = {Path(b["path"]) for b in listed} | {Path(b["path"]).with_suffix(".json") for b in listed}
    places = [p for p in (folder, folder / ASIDE) if p.is_dir()]
    return sorted(p.name for place in places for p in place.iterdir() if p.is_file() and p not in known)
