from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, services, people):
    """The main window on the test workspace with a few people in it (not shown)."""
    from desktop.services.container import open_services
    from desktop.settings import Settings
    from ui.shell.main_window import MainWindow

    w = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(w)
    return w
