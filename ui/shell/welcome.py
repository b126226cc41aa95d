"""Shown for an empty workspace: create a community, or open the demo community."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Beehive"))
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        text = QLabel(
            self.tr("This workspace has no community yet. Start one, or explore the demo community.")
        )
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        create = QPushButton(self.tr("Create a community…"))
        demo = QPushButton(self.tr("Open the demo community"))
        create.clicked.connect(self.create_requested)
        demo.clicked.connect(self.demo_requested)
        create.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for w in (title, text, create, demo):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
