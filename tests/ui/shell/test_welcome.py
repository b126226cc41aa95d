"""The welcome page of an empty workspace is never clipped (issue 14, part 4): at 800 × 600 and at
1400 × 900, in English and in Chinese, every label is as tall as its wrapped text needs, and a window
too small for the page scrolls instead of cutting it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel


def _unclipped(window) -> None:
    page = window.welcome
    assert window.stack.currentWidget() is page
    labels = page.findChildren(QLabel)
    assert len(labels) == 2
    for label in labels:
        assert label.isVisible() and label.text()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.mapTo(page, label.rect().topLeft()).x() >= 0  # nothing cut at the sides either
        assert label.mapTo(page, label.rect().bottomRight()).x() <= page.width()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(800, 600), (1400, 900)])
def test_the_welcome_text_wraps_and_is_never_clipped(qtbot, qapp, services, lang, size):
    from desktop import i18n
    from desktop.services.container import open_services
    from desktop.settings import Settings
    from ui.shell.main_window import MainWindow

    i18n.install(qapp, lang)
    try:
        window = MainWindow(services, Settings(), open_services, lambda: services.path)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        QApplication.processEvents()
        _unclipped(window)
        if lang == "en":
            assert "no community yet" in window.welcome.text.text()
        else:
            assert "欢迎" in window.welcome.title.text()
    finally:
        i18n.install(qapp, "en")


def test_a_tiny_window_scrolls_to_the_rest(qtbot):
    from ui.shell.welcome import WelcomePage

    page = WelcomePage()
    qtbot.addWidget(page)
    page.resize(260, 150)
    page.show()
    QApplication.processEvents()
    assert page.scroll.verticalScrollBar().maximum() > 0
    text = page.text
    assert text.height() >= text.heightForWidth(text.width()) > text.fontMetrics().height() * 2  # 3+ lines
