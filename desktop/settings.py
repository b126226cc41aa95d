"""Every option declared once over QSettings. Organisation data lives in the workspace, not here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    default: object


OPTIONS: dict[str, Option] = {
    "language": Option("ui/language", ""),  # "" follows the system locale
    "phone_region": Option("members/phone_region", "CN"),
    "day_first": Option("import/day_first", False),
    "recent_workspaces": Option("files/recent", []),
    "last_community": Option("ui/last_community", ""),
    "last_view": Option("ui/last_view", "today"),  # the navigation's view when the window closed
    "backup_cap_mb": Option("backups/cap_mb", 2048),  # per workspace; 0 keeps every rotated copy
    # Members ▸ People who left…: those gone longer than this many months, not yet erased
    "left_review_months": Option("privacy/left_review_months", 12),
    "audience": Option("privacy/audience", "organisers"),  # the last prints' and exports' audience
    "pdf_folder": Option("printing/pdf_folder", ""),  # where the last printout was saved as PDF ("" Documents)
    "signin_columns": Option("printing/signin_columns", ["attended", "signature"]),  # after-the-fact columns
    "signin_blank_rows": Option("printing/signin_blank_rows", 10),  # blank rows for walk-ins on a sign-in sheet
}
MAX_RECENT = 8
VIEWS = ("today", "members", "structure", "events", "outputs", "health")  # the navigation's order


def data_dir() -> Path:
    override = os.environ.get("BEEHIVE_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Beehive", appauthor=False))


def default_workspace() -> Path:
    return data_dir() / "default.beehive"


def demo_workspace() -> Path:
    return data_dir() / "demo.beehive"


def workspace_for(args) -> Path | str:
    """The workspace a command line names: --db, else the demo's with --demo, else the default one. A team
    server's postgresql:// URL stays a string (a Path would fold its "//")."""
    if args.db and "://" in str(args.db):
        return str(args.db)
    return Path(args.db) if args.db else (demo_workspace() if args.demo else default_workspace())


class Settings:
    def __init__(self) -> None:
        # INI explicitly (also on macOS/Windows): one format everywhere, and tests can redirect its path.
        self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Beehive", "Beehive")
        _keep_private(Path(self._q.fileName()))

    def get(self, name: str):
        opt = OPTIONS[name]
        value = self._q.value(opt.key, opt.default)
        if isinstance(opt.default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(opt.default, list):
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        return value

    def set(self, name: str, value) -> None:
        self._q.setValue(OPTIONS[name].key, value)

    def add_recent(self, path: Path) -> list[str]:
        items = [str(path)] + [p for p in self.get("recent_workspaces") if p != str(path)]
        self.set("recent_workspaces", items[:MAX_RECENT])
        return items[:MAX_RECENT]

    def save_state(self, owner: str, name: str, state: QByteArray) -> None:
        """Window geometry, splitter and header layouts, saved per widget class."""
        self._q.setValue(f"state/{owner}/{name}", state)

    def column_mapping(self, headers: list[str]) -> dict[str, str]:
        """The columns the organiser remapped the last time a file with these headers was imported."""
        import json

        value = self._q.value(f"import_mappings/{_header_set_key(headers)}")
        try:
            mapping = json.loads(value) if isinstance(value, str) else {}
        except ValueError:
            return {}
        return mapping if isinstance(mapping, dict) else {}

    def save_column_mapping(self, headers: list[str], mapping: dict[str, str]) -> None:
        import json

        key = f"import_mappings/{_header_set_key(headers)}"
        if mapping:
            self._q.setValue(key, json.dumps(mapping, ensure_ascii=False))
        else:
            self._q.remove(key)

    def state(self, owner: str, name: str) -> QByteArray | None:
        value = self._q.value(f"state/{owner}/{name}")
        return value if isinstance(value, QByteArray) else None


def _keep_private(path: Path) -> None:
    """The settings file 0600 (it names workspaces and column headers), its own folder 0700; new ones are
    private through the process's umask (desktop.private_files)."""
    from desktop.private_files import tighten

    tighten(path)
    if path.parent.name == "Beehive":  # our folder, never ~/.config itself
        tighten(path.parent)


def _header_set_key(headers: list[str]) -> str:
    """One key per set of column names, whatever their order (a platform's exports vary in order)."""
    import hashlib

    return hashlib.sha1("\x1f".join(sorted(headers)).encode()).hexdigest()[:16]
