"""argparse's own words (usage, errors) in the interface language, for `beehive` on the command line."""

from __future__ import annotations

import argparse
import sys

from desktop.i18n import QT_TRANSLATE_NOOP, translate

# The argparse messages a user of `beehive` can meet, so lupdate puts them in the catalogs.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
)


def language_in(argv: list[str]) -> str | None:
    """`--lang L` or `--lang=L` before argparse has run (its own messages need the language)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def install_for_argparse(argv: list[str]) -> None:
    """Load the catalog and route argparse's messages through it."""
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    app = QCoreApplication.instance() or make_app(needs_gui(argv))
    i18n.install(app, i18n.pick_language(language_in(argv)))
    argparse._ = lambda text: translate("argparse", text)  # argparse looks its words up through `_`


def needs_gui(argv: list[str]) -> bool:
    """Rendering (PDF/SVG/PNG) needs fonts, so a QApplication rather than a QCoreApplication."""
    return "person-export" in argv or any(  # person-export always draws its PDF
        a in ("--pdf", "--svg", "--png") or a.split("=")[0] in ("--pdf", "--svg", "--png") for a in argv
    )


def make_app(gui: bool):
    if not gui:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication(sys.argv[:1])
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing a file needs no window
    from PySide6.QtWidgets import QApplication

    return QApplication(sys.argv[:1])
