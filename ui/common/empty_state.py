"""A view's empty state: a sentence saying what is missing and buttons for the next step.

Shared by structure, outputs and health (a feature never imports another). A step that lives in the
main window's File ▸ Import is reached through `window_import`, so a feature needs no import of the
shell (which sits above it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, text: str, steps: list[tuple[str, Callable[[], object]]], parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        from ui.common import ink

        self.label.setStyleSheet(f"QLabel {{ font-size: 12pt; color: {ink.muted()}; }}")  # light or dark
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for caption, slot in steps:
            button = QPushButton(caption)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(560)  # a readable line; the label wraps inside it
        inner = QVBoxLayout(column)
        inner.addWidget(self.label)
        inner.addLayout(row)
        outer = QHBoxLayout()
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(outer)
        layout.addStretch(2)


def window_import(widget: QWidget, kind: str) -> bool:
    """File ▸ Import ▸ `kind` of the window showing `widget` (its transfer menus, found by their
    `import_kind`); False when the widget is not in such a window."""
    window = widget.window()
    menus = next((c for c in window.children() if callable(getattr(c, "import_kind", None))), None)
    if menus is None:
        return False
    menus.import_kind(kind)
    return True
