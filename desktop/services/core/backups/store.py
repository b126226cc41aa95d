"""Where a workspace's backups live, and the record kept beside each copy.

Under the user's data dir, not beside the workspace: a folder per workspace (its name and a hash of its
real path), private to the user. Each copy `<stamp>-<reason>.beehive` has a sidecar `.json` saying when
and why it was taken, whether it passed verification, and its row counts. A copy that failed
verification is moved to `aside/` with its sidecar, kept for inspection and never pruned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.core.presence import alive

REASONS = {  # why a backup was taken, as the list shows it
    "manual": QT_TRANSLATE_NOOP("Backups", "taken by hand"),
    "close": QT_TRANSLATE_NOOP("Backups", "on close"),
    "hourly": QT_TRANSLATE_NOOP("Backups", "while editing"),
    "import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "merge": QT_TRANSLATE_NOOP("Backups", "before a merge"),
    "restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "migration": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "encrypt": QT_TRANSLATE_NOOP("Backups", "before encrypting"),
    "rekey": QT_TRANSLATE_NOOP("Backups", "before a new key"),
    "decrypt": QT_TRANSLATE_NOOP("Backups", "before decrypting"),
}


def reason_title(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Backups", REASONS[code]) if code in REASONS else code
SUFFIX = ".beehive"
ASIDE = "aside"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    reason: str
    verified: bool
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    problem: str = ""  # why verification failed (a code, no personal data)
    revision: str = ""

    @property
    def members(self) -> int:
        return self.counts.get("member", 0)

    @property
    def events(self) -> int:
        return self.counts.get("event", 0)

    def as_json(self) -> dict:
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat(),
                "reason": self.reason, "verified": self.verified, "size": self.size,
                "counts": self.counts, "problem": self.problem, "revision": self.revision}  # fmt: skip


def root() -> Path:
    from desktop import settings

    return settings.data_dir() / "backups"


def folder_for(workspace: Path) -> Path:
    real = Path(workspace).resolve()
    digest = hashlib.sha256(str(real).encode()).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", real.stem)[:40] or "workspace"
    return root() / f"{stem}-{digest}"


def private_dir(path: Path) -> Path:
    """A folder of backups, 0700, and the backups folder above it too."""
    from desktop import private_files

    private_files.private_dir(root())
    return private_files.private_dir(path)


def sidecar(copy: Path) -> Path:
    return copy.with_suffix(".json")


def partial_of(path: Path) -> Path:
    """Where this process writes `path` before renaming it into place: named by its pid, so a file a
    killed process left half written is told from one another process is still writing."""
    return path.with_name(f"{path.name}.{os.getpid()}.partial")


PARTIAL = re.compile(r"^(?P<name>.+)\.(?P<pid>\d+)\.partial(?:-journal|-wal|-shm)?$")
LEGACY_PARTIAL = re.compile(r"\.partial(?:-journal|-wal|-shm)?$")  # before pids were in the name
LEGACY_AGE_S = 3600


def clear_leftovers(folder: Path) -> list[Path]:
    """Remove what a backup killed half way (kill -9, a power cut) left in a workspace's folder: its
    partial copy with the journal beside it, a half-written record, a record whose copy never arrived.
    None of them was ever listed; files a live process is still writing are left alone."""
    removed = []
    for place in (folder / ASIDE, folder):  # aside first: its records' partial copies are in `folder`
        for path in list(place.iterdir()) if place.is_dir() else []:
            match, stale = PARTIAL.match(path.name), False
            if match:
                stale = not alive(int(match["pid"]))
            elif LEGACY_PARTIAL.search(path.name):
                with contextlib.suppress(OSError):
                    stale = time.time() - path.stat().st_mtime > LEGACY_AGE_S
            else:
                stale = path.suffix == ".json" and _orphan(path, folder)
            if stale:
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _orphan(record: Path, folder: Path) -> bool:
    """A record whose copy is neither in place nor being written. The copy is renamed into place after
    its record is written, so a live writer's partial is looked for first, then the copy."""
    copy = record.with_suffix(SUFFIX)
    for partial in folder.glob(f"{glob.escape(copy.name)}.*.partial"):
        match = PARTIAL.match(partial.name)
        if match and alive(int(match["pid"])):
            return False
    return not copy.exists()


def write_record(backup: Backup) -> None:
    target = sidecar(backup.path)
    partial = partial_of(target)
    partial.write_text(json.dumps(backup.as_json(), indent=1), encoding="utf-8")
    if os.name == "posix":
        os.chmod(partial, 0o600)
    os.replace(partial, target)


def read_record(path: Path) -> Backup | None:
    """The backup a sidecar describes, or None when the sidecar or its copy is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        copy = path.with_suffix(SUFFIX)
        if not copy.exists():
            return None
        return Backup(copy, dt.datetime.fromisoformat(data["taken_at"]), str(data["reason"]),
                      bool(data["verified"]), copy.stat().st_size, dict(data.get("counts", {})),
                      str(data.get("problem", "")), str(data.get("revision", "")))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None


def listing(workspace: Path, include_aside: bool = True) -> list[Backup]:
    """The workspace's backups, newest first (those kept aside after failing verification too)."""
    folder = folder_for(workspace)
    places = [folder, folder / ASIDE] if include_aside else [folder]
    found = [b for place in places if place.is_dir() for p in place.glob("*.json") if (b := read_record(p))]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_good(workspace: Path) -> Backup | None:
    return next((b for b in listing(workspace, include_aside=False) if b.verified), None)
