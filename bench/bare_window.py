"""Baseline for the launch benchmark: a bare PySide6 window with an empty QTableView, painted and saved."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
