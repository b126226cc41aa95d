"""The consistent look: icons by meaning, the main toolbar per view, the light/dark palette."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QToolBar

from ui.common import icons
from ui.shell import palette
from ui.shell.toolbar import decorate, hint_shortcut, install_toolbar, set_nav_icons, tooltip


def ink(qicon: QIcon, mode=QIcon.Mode.Normal):
    """The colour of the most opaque pixel of a 32 px rendering (the glyph's own colour)."""
    image = qicon.pixmap(32, 32, mode).toImage()
    pixels = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
    best = max(pixels, key=lambda c: c.alpha())
    assert best.alpha() == 255, "nothing was drawn"
    return best.name()


@pytest.fixture
def light(qapp):
    palette.apply(qapp, Qt.ColorScheme.Light)
    yield qapp
    palette.apply(qapp, Qt.ColorScheme.Light)  # whatever a test switched to, the next one starts light


def test_every_meaning_is_a_glyph_of_the_shipped_font(light):
    ttf, charmap = icons._font_files()
    names = json.loads(charmap.read_text(encoding="utf-8"))
    assert ttf.name.startswith("materialdesignicons6")
    missing = [m for m, glyph in icons.GLYPHS.items() if glyph not in names]
    assert missing == []
    for meaning in icons.GLYPHS:
        assert not icons.icon(meaning).isNull()
    assert icons.icon("print") is icons.icon("print")  # cached
    sharp = icons.icon("print").pixmap(QSize(20, 20), 2.0)  # a HiDPI screen gets its own pixels
    assert sharp.size() == QSize(40, 40) and sharp.devicePixelRatio() == 2.0
    with pytest.raises(KeyError):
        icons.icon("prnt")


def test_icons_take_the_palette_colour_when_painted(light):
    printer = icons.icon("print")
    assert ink(printer) == light.palette().color(QPalette.ColorRole.Text).name()
    assert (
        ink(printer, QIcon.Mode.Selected) == light.palette().color(QPalette.ColorRole.HighlightedText).name()
    )
    palette.apply(light, Qt.ColorScheme.Dark)
    assert ink(printer) == palette.DARK[QPalette.ColorRole.Text][0]  # the same QIcon, re-tinted
    assert ink(printer, QIcon.Mode.Disabled) == palette.DARK[QPalette.ColorRole.Text][1]


def test_a_font_that_cannot_load_gives_empty_icons(light, monkeypatch):
    monkeypatch.setattr(icons, "_font", None)
    monkeypatch.setattr(icons, "_failed", False)
    monkeypatch.setattr(icons, "_icons", {})

    def gone():
        raise FileNotFoundError("qtawesome is not installed")

    monkeypatch.setattr(icons, "_font_files", gone)
    assert icons.icon("members").isNull()
    assert not icons.available()


def test_qtawesome_stays_off_the_startup_path():
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from ui.common.icons import icon; icon('members').pixmap(20, 20);"
        "import ui.shell.toolbar, ui.shell.palette; print('qtawesome' in sys.modules, 'qtpy' in sys.modules)"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_palette_follows_the_scheme_and_comes_back(light):
    assert not palette.is_dark(light.palette())
    palette.apply(light, Qt.ColorScheme.Dark)
    assert palette.is_dark(light.palette())
    assert light.style().name().lower() == "fusion"
    palette.apply(light, Qt.ColorScheme.Dark)  # twice is once
    palette.apply(light, Qt.ColorScheme.Light)
    assert not palette.is_dark(light.palette())
    assert light.palette().resolveMask() == 0  # the platform's palette again, not a frozen copy


def test_the_system_switch_is_followed(light, monkeypatch):
    monkeypatch.delenv("BEEHIVE_COLOR_SCHEME", raising=False)
    palette.follow_system(light)
    light.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert palette.is_dark(QApplication.palette())
    light.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not palette.is_dark(QApplication.palette())
    light.styleHints().colorSchemeChanged.disconnect()


def test_a_forced_scheme_wins(light, monkeypatch):
    monkeypatch.setenv("BEEHIVE_COLOR_SCHEME", "dark")
    assert palette.follow_system(light) == Qt.ColorScheme.Dark
    assert palette.is_dark(light.palette())


@pytest.fixture
def shell(qtbot, light):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.addToolBar(QToolBar("Community"))

    def act(text, key=None):
        a = QAction(text, window)
        if key:
            a.setShortcut(QKeySequence(key))
        return a

    acts = {
        "undo": act("Undo", "Ctrl+Z"),
        "redo": act("Redo", "Ctrl+Shift+Z"),
        "add": act("Add member", "Ctrl+Shift+A"),
        "print": act("&Print this view…", "Ctrl+P"),
        "event": act("New event…"),
        "door": act("Door check-in"),
    }
    return window, acts


def on_bar(bar):
    return [a for a in bar.actions() if not a.isSeparator()]


def test_the_toolbar_switches_with_the_view(shell):
    window, a = shell
    built = []

    def events():  # a view built when first shown
        built.append(1)
        return [a["event"], None, a["door"], a["print"]]

    bar = install_toolbar(
        window, [a["undo"], a["redo"]], {"members": [a["add"], a["print"]], "events": events}
    )
    assert window.findChild(QToolBar, "mainToolBar") is bar and not bar.isMovable()
    assert window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    bar.show_view("members")
    assert on_bar(bar) == [a["undo"], a["redo"], a["add"], a["print"]]
    bar.show_view("events")
    assert on_bar(bar) == [a["undo"], a["redo"], a["event"], a["door"], a["print"]]  # the same QActions
    assert built == [1]
    assert sum(x.isSeparator() and x.isVisible() for x in bar.actions()) == 2
    bar.show_view("structure")  # no actions given: undo/redo only, no dangling separator
    assert on_bar(bar) == [a["undo"], a["redo"]]
    assert not any(x.isSeparator() and x.isVisible() for x in bar.actions())
    bar.set_view_actions("structure", [a["print"]])
    assert on_bar(bar) == [a["undo"], a["redo"], a["print"]]
    assert a["add"].parent() is window  # never re-parented, never copied


def test_tooltips_name_the_shortcut_and_follow_changes(shell):
    window, a = shell
    hint_shortcut(a["door"], "Ctrl+Shift+K")
    bar = install_toolbar(window, [a["undo"]], {"events": [a["print"], a["door"], a["event"]]})
    bar.show_view("events")
    tip = lambda action: bar.widgetForAction(action).toolTip()  # noqa: E731
    assert tip(a["print"]) == "Print this view (Ctrl+P)"
    assert tip(a["door"]) == "Door check-in (Ctrl+Shift+K)"
    assert a["door"].shortcut().isEmpty()  # the view's QShortcut keeps the key: no ambiguity
    assert tip(a["event"]) == "New event"
    a["undo"].setText("Undo Add member")  # what QUndoStack does on every push
    assert tip(a["undo"]) == "Undo Add member (Ctrl+Z)"
    assert tooltip(a["redo"]) == "Redo (Ctrl+Shift+Z)"


def test_text_beside_icons_on_a_wide_window(shell, qtbot):
    window, a = shell
    bar = install_toolbar(window, [a["undo"]])
    window.resize(1280, 700)
    window.show()
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon)


def test_decorate_and_navigation_icons(shell):
    window, a = shell
    decorate(a["add"], "new_member")
    assert not a["add"].icon().isNull() and a["add"].iconText() == "New member"
    imp = decorate(QAction("Members", window), "import")
    assert imp.iconText() == "Import" and imp.toolTip() == "Import members"
    nav = QListWidget()
    for text in ("Members", "Structure", "Events", "Outputs", "Health"):
        nav.addItem(text)
    set_nav_icons(nav)
    assert all(not nav.item(r).icon().isNull() for r in range(5))
    assert nav.iconSize().width() == 20


def test_ink_stays_readable_on_both_palettes(light):
    from ui.common import ink

    base = lambda: light.palette().color(QPalette.ColorRole.Base).lightness()  # noqa: E731
    for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
        palette.apply(light, scheme)
        for colour in (ink.muted(), ink.alert(), ink.warn(), ink.good()):
            assert abs(QColor(colour).lightness() - base()) >= 90, (scheme, colour)  # not grey on grey
    assert ink.muted() == ink.MUTED[1]  # still dark here
    assert ink.on("#e3f4e1").lightness() < 50 and ink.on("#1e3d22").lightness() > 200


def test_the_bundle_finds_the_font_build_spec_ships(light, monkeypatch, tmp_path):
    ttf, charmap = icons._font_files()
    fonts = tmp_path / "qtawesome" / "fonts"
    fonts.mkdir(parents=True)
    for f in (ttf, charmap):
        (fonts / f.name).write_bytes(f.read_bytes())
    monkeypatch.setattr(icons.importlib.util, "find_spec", lambda name: None)  # frozen: not a module
    monkeypatch.setattr(icons.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons._font_files() == (fonts / ttf.name, fonts / charmap.name)
    shipped = (Path(__file__).parents[3] / "build.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("qtawesome", includes=["fonts/materialdesignicons6-*"])' in shipped
