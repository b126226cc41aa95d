"""Saving a printout as PDF the way every printout does it: the file dialog opens in the last folder used
(one setting for all printouts, kept across runs) on a proposed name made of the date, the title and the
printout's name (`2026-12-06 晨读会 — 流程.pdf`); after saving, the window's status bar says where, with
Open and Show in folder."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QStatusBar, QWidget

REFUSED = set('/\\:*?"<>|')  # what Windows, macOS or Linux file systems refuse in a name
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
MAX_BYTES = 200  # of the whole name in UTF-8: under every file system's 255, room for " (2)"
SUFFIX = ".pdf"
NOTICE_MS = 30000


def _clean(text: str) -> str:
    """Refused characters and control/surrogate/unassigned code points as "_", whitespace runs as one space."""
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in REFUSED or category in ("Cc", "Cs", "Cn", "Co") or ch in "\u2028\u2029":
            out.append("_")
        elif category.startswith("Z") or ch.isspace():
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` UTF-8 bytes, never inside a character, with "…" when cut."""
    if len(text.encode()) <= limit:
        return text
    data = text.encode()[: max(0, limit - len("…".encode()))]
    return data.decode(errors="ignore").rstrip() + "…"


def pdf_name(day: dt.date | str | None, title: str, printout: str) -> str:
    """The proposed file name: "<date> <title> — <printout>.pdf", whatever the title holds: the characters
    file systems refuse replaced, the title shortened so the name stays under MAX_BYTES, no leading dot."""
    date = day.isoformat()[:10] if isinstance(day, dt.date) else _clean(day or "")[:10]
    words = _cut(_clean(printout), MAX_BYTES // 2)
    tail = f" — {words}" if words else ""
    room = MAX_BYTES - len(tail.encode()) - len(SUFFIX) - len(date.encode()) - 1
    head = " ".join(x for x in (date, _cut(_clean(title), room)) if x).lstrip(". ")
    stem = (head + tail if head else words).lstrip(". ") or "Beehive"
    if stem.split(".")[0].upper() in RESERVED:  # Windows refuses these names with any extension
        stem = "_" + stem
    return stem + SUFFIX


def today_name(community: str, printout: str) -> str:
    """The name of a printout that belongs to no event: the community and today's date."""
    return pdf_name(dt.date.today(), community, printout)


def last_folder() -> Path:
    from desktop.settings import Settings

    saved = Settings().get("pdf_folder")
    if saved and Path(saved).is_dir():
        return Path(saved)
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
    )


def remember_folder(folder: Path) -> None:
    from desktop.settings import Settings

    Settings().set("pdf_folder", str(folder))


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or "name (2).pdf", "(3)"… when that file exists: a quick save never overwrites."""
    path = Path(folder) / name
    stem, suffix = path.stem, path.suffix
    n = 2
    while path.exists():
        path = Path(folder) / f"{stem} ({n}){suffix}"
        n += 1
    return path


def ask_path(parent, name: str, title: str = "") -> Path | None:
    """The save dialog in the last folder, on the proposed name; None when cancelled."""
    title = title or QCoreApplication.translate("PdfFiles", "Save as PDF")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder() / name), "PDF (*.pdf)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def _shown_folder(folder: Path) -> str:
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


class SavedNotice(QWidget):
    """ "Saved … to ~/Documents" with Open and Show in folder, in a status bar."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.label = QLabel(self.tr("Saved {name} to {folder}").format(name=self.path.name,
                                                                       folder=_shown_folder(self.path.parent)))  # fmt: skip
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.open_button, self.folder_button):
            row.addWidget(w)
        row.addStretch(1)


def show_saved(status_bar: QStatusBar, path: Path, timeout_ms: int = NOTICE_MS) -> SavedNotice:
    """Put the notice in the status bar (replacing an earlier one) for `timeout_ms`."""
    for old in status_bar.findChildren(SavedNotice):
        status_bar.removeWidget(old)
        old.deleteLater()
    status_bar.clearMessage()
    notice = SavedNotice(path, status_bar)
    status_bar.addWidget(notice, 1)
    notice.show()
    QTimer.singleShot(timeout_ms, notice, lambda: (status_bar.removeWidget(notice), notice.deleteLater()))
    return notice


def announce(parent, path: Path) -> SavedNotice | None:
    """The notice in the status bar of `parent`'s main window (a dialog's parent chain is followed)."""
    widget = parent
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return show_saved(window.statusBar(), path)
        widget = window.parentWidget()
    return None


def save_as(parent, name: str, write: Callable[[Path], object], title: str = "") -> Path | None:
    """Ask where (last folder, proposed name), write, remember the folder, say where; None if cancelled."""
    path = ask_path(parent, name, title)
    if path is None:
        return None
    write(path)
    remember_folder(path.parent)
    announce(parent, path)
    return path


def save_quietly(parent, name: str, write: Callable[[Path], object]) -> Path:
    """No dialog: the proposed name in the last folder, never overwriting; says where."""
    folder = last_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = unique_path(folder, name)
    write(path)
    remember_folder(folder)
    announce(parent, path)
    return path
