"""Help ▸ Import column reference: one page per import kind (as File ▸ Import lists them), then
the exports recognised and the spellings of dates, phones and encodings; pages from
import_reference_pages (read from the import code). Copy puts the page shown on the clipboard as text;
Save as… writes every page into one HTML file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
)

from ui.shell import import_reference_pages as pages
from ui.shell.import_reference_words import KIND_TITLES, shown
from ui.shell.transfer_menu import KINDS  # the kinds File ▸ Import offers

EXPORTS, SPELLINGS = "exports", "spellings"  # the two pages after the kinds


class ImportReferenceDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import column reference"))
        self.pages: dict[str, tuple[str, str]] = {}  # key → (title, html)
        for kind in KINDS:
            self.pages[kind] = (shown(KIND_TITLES.get(kind, kind)), pages.kind_html(kind))
        self.pages[EXPORTS] = (self.tr("Exports recognised"), pages.exports_html())
        self.pages[SPELLINGS] = (self.tr("Dates, phones, encodings"), pages.spellings_html())
        self.toc = QListWidget()
        for key, (title, _html) in self.pages.items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.toc.addItem(item)
        self.toc.setFixedWidth(self.toc.sizeHintForColumn(0) + 24)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.toc.currentRowChanged.connect(self._show)
        row = QHBoxLayout()
        row.addWidget(self.toc)
        row.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy this page"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_page)
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.toc.setCurrentRow(0)
        self.resize(1000, 680)

    def _show(self, row: int) -> None:
        if row >= 0:
            key = self.toc.item(row).data(Qt.ItemDataRole.UserRole)
            self.browser.setHtml(self.pages[key][1])

    def select(self, key: str) -> None:
        self.toc.setCurrentRow(list(self.pages).index(key))

    def all_html(self) -> str:
        body = "\n<hr>\n".join(html for _title, html in self.pages.values())
        title = self.windowTitle()
        return (
            f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>\n{body}\n</body></html>\n"
        )

    def copy_page(self) -> None:
        QApplication.clipboard().setText(self.browser.toPlainText())

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the import column reference"), self.tr("import columns.html"), "HTML (*.html)"
        )
        if not path:
            return
        try:
            Path(path).write_text(self.all_html(), encoding="utf-8")
        except OSError as e:  # a folder not writable, a full disk
            QMessageBox.warning(self, self.tr("Import column reference"),
                                self.tr("Could not save {path}: {reason}").format(path=path, reason=e.strerror or e))  # fmt: skip
