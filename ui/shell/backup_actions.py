"""What the backups list and the damaged-file message both do: restore a backup to a new file chosen
by the organiser, and open a copy of one read-only in a second window."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import DomainError
from desktop.services.core.backups import restore
from ui.common.write import FAILED, write

FILE_FILTER = "Beehive (*.beehive)"


def restore_to_new_file(parent: QWidget, backup: Path, workspace: Path) -> Path | None:
    restored = QCoreApplication.translate("BackupActions", "restored")
    suggested = workspace.with_name(f"{workspace.stem} ({restored} {dt.date.today():%Y-%m-%d}).beehive")
    title = QCoreApplication.translate("BackupActions", "Restore the backup to a new file")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), FILE_FILTER)
    if not path:
        return None
    target = Path(path) if Path(path).suffix else Path(path + ".beehive")
    # the file dialog has already asked whether to replace an existing file
    title = QCoreApplication.translate("BackupActions", "Restore")
    done = write(parent, title, lambda: restore(backup, target, replace=target.exists()))
    return None if done is FAILED else target


def open_read_only(parent: QWidget, backup) -> bool:
    """Restore to a private temporary file and open it in a second window that refuses every edit."""
    folder = Path(tempfile.mkdtemp(prefix="beehive-look-"))
    copy = folder / f"{backup.path.stem}.beehive"
    title = QCoreApplication.translate("BackupActions", "Open read-only")
    if write(parent, title, restore, backup.path, copy) is FAILED:
        return False
    program, args = (sys.executable, []) if getattr(sys, "frozen", False) else (sys.executable, ["-m", "desktop"])
    started = QProcess.startDetached(program, [*args, "--db", str(copy), "--read-only"])
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if not ok:
        QMessageBox.warning(parent, title,
                            QCoreApplication.translate("BackupActions", "A second Beehive window could not be started."))  # fmt: skip
    return ok


def offer_restore(parent: QWidget | None, error: DomainError, text: str) -> Path | None:
    """A damaged workspace: say so, and offer its newest good backup restored to a new file."""
    title = QCoreApplication.translate("BackupActions", "Damaged workspace")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    label = QCoreApplication.translate("BackupActions", "Restore the backup to a new file…")
    restore_button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not restore_button:
        return None
    return restore_to_new_file(parent, Path(error.extra["backup"]), Path(error.value))
