"""Shown for an empty workspace: create a community, or open the demo community.

The words sit in a column of bounded width inside a scroll area: a wrapped label in a centred layout
gets the height of one line and clips its second (it did at 1280 × 800); here every label takes the
column's width, so its height follows the wrapped text, and a window too small for it scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

COLUMN = 560  # the widest the text column grows (a readable line length)


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Welcome to Beehive"))
        self.title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.text = QLabel(
            self.tr("This workspace has no community yet. Start one, or explore the demo community.")
        )
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        create = QPushButton(self.tr("Create a community…"))
        demo = QPushButton(self.tr("Open the demo community"))
        create.clicked.connect(self.create_requested)
        demo.clicked.connect(self.demo_requested)
        create.setDefault(True)
        column = QWidget()
        column.setMaximumWidth(COLUMN)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        for button in (create, demo):
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()  # the column takes the width up to COLUMN, the margins share the rest
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        body = QWidget()
        centred = QVBoxLayout(body)
        centred.addStretch()
        centred.addLayout(row)
        centred.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.column = column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
