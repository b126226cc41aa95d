"""Help ▸ User guide (F1): resources/guide/guide.<language>.html in a browser with its table of contents
(anchors in the page) and a find bar (Ctrl+F, Enter / F3 next, Shift+Enter previous). The guide's text
lives in the resource files, one per language, not in the catalogs; English when a language has none."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
)

from desktop import i18n


def guide_dir() -> Path:
    """resources/guide beside the code in a source tree, under sys._MEIPASS in the PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources" / "guide"


def guide_path(language: str | None = None) -> Path:
    """The guide in `language` (zh_CN, then zh), else the English one."""
    language = language or i18n.current_language()
    folder = guide_dir()
    for code in (language, language.split("_")[0], "en"):
        if (path := folder / f"guide.{code}.html").is_file():
            return path
    return folder / "guide.en.html"


class GuideDialog(QDialog):
    def __init__(self, parent=None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beehive user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = guide_path(language)
        self.browser.setSearchPaths([str(path.parent)])
        if path.is_file():
            self.browser.setHtml(path.read_text(encoding="utf-8"))
        else:  # a broken install: say so rather than show an empty window
            self.browser.setPlainText(self.tr("The user guide is missing from this installation ({path}).")
                                      .format(path=path))  # fmt: skip
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find in the guide (Ctrl+F); Enter for the next match"))
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self.find_next)
        self.find.textChanged.connect(lambda _t: self.find_next(restart=True))
        self.not_found = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        top.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.FindPrevious), self, lambda: self.find_next(backward=True)
        )
        QShortcut(QKeySequence("Shift+Return"), self.find, lambda: self.find_next(backward=True))
        self.resize(760, 680)
        self.browser.setFocus()

    def _focus_find(self) -> None:
        self.find.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find.selectAll()

    def find_next(self, backward: bool = False, restart: bool = False) -> bool:
        """Select the next match of the find text (wrapping round); False and "Not found" when none."""
        text = self.find.text()
        self.not_found.clear()
        if not text:
            return False
        if restart:  # a new text: search from the top, not from after the last match
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()  # wrap round once
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            return True
        self.not_found.setText(self.tr("Not found"))
        return False
