"""Export everything about this person…: the member's JSON and readable PDF written into a folder the
organiser picks (desktop/services/members/person_export.py, ui/members/person_printing.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.services.members.person_export import file_stem, write_json
from ui.members.person_printing import write_person_pdf


def write_files(services, member_id: int, folder: Path) -> tuple[Path, Path]:
    export = services.person_export(member_id)
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / file_stem(export)
    json_path = write_json(export, stem.with_suffix(".json"))
    pdf_path = stem.with_suffix(".pdf")
    write_person_pdf(export, pdf_path)
    return json_path, pdf_path


def export_person(parent, services, member_id: int, folder: Path | None = None) -> tuple[Path, Path] | None:
    """Ask for a folder (unless given), write both files, say where; None when cancelled or refused."""
    title = QCoreApplication.translate("PersonExport", "Export everything about this person")
    if folder is None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(parent, title, start)
        if not chosen:
            return None
        folder = Path(chosen)
    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paths = write_files(services, member_id, folder)
        finally:
            QApplication.restoreOverrideCursor()
    except OSError as e:
        QMessageBox.warning(parent, title, QCoreApplication.translate("PersonExport", "Cannot write into {folder} ({reason}).").format(
            folder=folder, reason=type(e).__name__))  # fmt: skip
        return None
    QMessageBox.information(parent, title, QCoreApplication.translate("PersonExport", "Written:\n{json}\n{pdf}\n\nThey hold personal data: hand them to "
                                               "the person only.").format(json=paths[0], pdf=paths[1]))  # fmt: skip
    return paths
