"""Help ▸ User guide (F1): the guide in the interface language (English when a language has none), its
table of contents pointing at real anchors, every shortcut and menu path it names present in the window,
and its find bar (issue 14, part 4)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

from ui.shell import guide_dialog, help_menu
from ui.shell.guide_dialog import GuideDialog, guide_path

LANGUAGES = ("en", "zh_CN")
KEYS = re.compile(r"Ctrl\+(?:Shift\+)?(?:[A-Z0-9]\b|\+|-)|\bF\d{1,2}\b")
# Menu paths the English guide names, as the menus spell them (the & and … of the menu texts dropped).
PATHS = [("File", "Import", "Members"), ("File", "Import", "Activity (messages, posts, check-ins)"),
         ("File", "Print this view"), ("File", "Backups"), ("File", "Encryption", "Encrypt workspace"),
         ("File", "New workspace"), ("Edit", "Undo"), ("Edit", "History"),
         ("Edit", "Preferences"), ("Community", "New community"), ("Community", "Edit community"),
         ("Community", "New chapter from this community"), ("Community", "Print structure chart"),
         ("Community", "People who left"), ("Help", "Show the data folder"),
         ("Help", "Show this workspace's backups folder"), ("Help", "Keyboard shortcuts"),
         ("Help", "Import column reference")]  # fmt: skip


def _text(language: str) -> str:
    return guide_path(language).read_text(encoding="utf-8")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_the_interface_language_picks_the_file_and_english_is_the_fallback():
    assert guide_path("zh_CN").name == "guide.zh_CN.html"
    assert guide_path("en").name == "guide.en.html"
    assert guide_path("fr").name == "guide.en.html" and guide_path("zh_TW").name == "guide.en.html"
    assert guide_dialog.guide_dir().name == "guide" and guide_dialog.guide_dir().parent.name == "resources"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_table_of_contents_points_at_anchors_that_exist(language):
    html = _text(language)
    links = re.findall(r'href="#([\w-]+)"', html)
    anchors = set(re.findall(r'<a name="([\w-]+)">', html))
    assert len(links) >= 8 and set(links) <= anchors
    for section in (
        "first-hour",
        "shared-interest",
        "structure",
        "output",
        "operations",
        "replication",
        "file",
    ):
        assert section in links


def test_both_languages_have_the_same_sections_and_the_chinese_reads_as_chinese():
    en, zh = _text("en"), _text("zh_CN")
    assert re.findall(r'<a name="([\w-]+)">', en) == re.findall(r'<a name="([\w-]+)">', zh)
    for word in ("同好", "结构", "输出", "运营", "复制", "提纯", "强节点", "接龙", "恢复码"):
        assert word in zh
    assert not re.search(r"[\u4e00-\u9fff，。、]\n[\u4e00-\u9fff]", zh)  # a line break there shows as a space


def _window_keys(window) -> set[str]:
    for row in range(window.nav.count()):  # the views are built when first shown
        window.nav.setCurrentRow(row)
    if window.health_view is not None:
        window.health_view.wait()  # its numbers come from a background task
    found = set()
    for action in window.findChildren(QAction):
        found |= {k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()}
    found |= {
        s.key().toString(QKeySequence.SequenceFormat.PortableText) for s in window.findChildren(QShortcut)
    }
    found |= {
        b.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for b in window.findChildren(QAbstractButton)
    }
    return found - {""}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shortcut_the_guide_names_is_one_the_window_has(window, language):
    named = set(KEYS.findall(_plain(_text(language))))
    assert {"Ctrl+I", "Ctrl+P", "Ctrl+Shift+K", "F1"} <= named | {"F1"} and len(named) >= 15
    assert named - _window_keys(window) == set()


def _menu_paths(window) -> list[tuple[str, ...]]:
    """Every menu entry's path, in menu order, as read (help_menu.plain: no &, (&F) or …)."""
    paths = []

    def walk(menu, path):
        for action in menu.actions():
            paths.append((*path, help_menu.plain(action.text())))
            if action.menu() is not None:
                walk(action.menu(), paths[-1])

    for top in window.menuBar().actions():
        walk(top.menu(), (help_menu.plain(top.text()),))
    return paths


def _find(paths, path) -> int:
    return next(
        i for i, k in enumerate(paths) if k[:-1] == path[:-1] and k[-1].startswith(path[-1])
    )  # "Undo <step>"


def test_every_menu_path_the_guide_names_is_in_the_menus(window):
    paths, text = _menu_paths(window), _plain(_text("en"))
    for path in PATHS:
        assert _find(paths, path) is not None, path
        assert " ▸ ".join(path) in text, path


def test_the_chinese_guide_names_the_menus_as_the_chinese_window_does(window, services, qapp, qtbot):
    """The same paths in the Chinese window's words (a menu text the catalog has not translated yet is
    left out until it is)."""
    from desktop import i18n
    from desktop.services.container import open_services
    from desktop.settings import Settings
    from ui.shell.main_window import MainWindow

    english = _menu_paths(window)
    i18n.install(qapp, "zh_CN")
    try:
        chinese_window = MainWindow(services, Settings(), open_services, lambda: services.path)
        qtbot.addWidget(chinese_window)
        chinese = _menu_paths(chinese_window)
    finally:
        i18n.install(qapp, "en")
    assert len(chinese) == len(english)
    text, checked = _plain(_text("zh_CN")), 0
    for path in PATHS:
        zh = chinese[_find(english, path)]
        if any(a == b for a, b in zip(zh, path, strict=True)):
            continue  # not translated yet
        if path == ("Edit", "Undo"):
            zh = (*zh[:-1], zh[-1].split()[0])  # 撤销 <step>
        assert " ▸ ".join(zh) in text, zh
        checked += 1
    assert checked >= 10


def test_f1_opens_the_guide_and_find_selects_the_next_match(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self) or 0)
    help_items = {a.text(): a for a in window.menuBar().actions()[-1].menu().actions()}
    guide = help_items["&User guide"]
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    guide.trigger()
    assert len(shown) == 1 and "Your first hour" in shown[0].browser.toPlainText()
    qtbot.addWidget(shown[0])
    assert any("User guide" in action for _, action, _ in help_menu.shortcuts(window.menuBar()))


def test_the_find_bar_finds_and_says_when_nothing_matches(qtbot):
    dialog = GuideDialog(None, "zh_CN")
    qtbot.addWidget(dialog)
    assert "上手第一个小时" in dialog.browser.toPlainText()
    dialog.find.setText("签到")  # typing searches from the top
    assert dialog.browser.textCursor().selectedText() == "签到" and dialog.not_found.text() == ""
    first = dialog.browser.textCursor().position()
    assert dialog.find_next() and dialog.browser.textCursor().position() != first  # Enter: the next one
    dialog.find.setText("no such words here")
    assert not dialog.find_next() and dialog.not_found.text() == "Not found"


def test_without_a_language_the_dialog_follows_the_installed_catalog(qapp, qtbot):
    from desktop import i18n

    assert i18n.current_language() == "en"
    i18n.install(qapp, "zh_CN")
    try:
        assert i18n.current_language() == "zh_CN"
        dialog = GuideDialog(None)
        qtbot.addWidget(dialog)
        assert "社群五要素" in dialog.browser.toPlainText()
    finally:
        i18n.install(qapp, "en")


def test_in_the_bundle_the_guide_is_found_under_meipass(tmp_path, monkeypatch):
    bundled = tmp_path / "resources" / "guide"  # where build.spec puts it: (resources/guide, resources/guide)
    bundled.mkdir(parents=True)
    (bundled / "guide.en.html").write_text("<p>bundled</p>", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert guide_path("zh_CN") == bundled / "guide.en.html"  # no Chinese file bundled: English
    spec = (guide_dialog.Path(guide_dialog.__file__).resolve().parents[2] / "build.spec").read_text(
        encoding="utf-8"
    )
    assert '(str(root / "resources" / "guide"), "resources/guide")' in spec
