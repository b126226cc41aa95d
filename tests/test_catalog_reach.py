"""Every user-visible literal must reach lupdate: a literal handed to a local wrapper around
translate() (`_tr("Save")`) is never extracted, so it stays English in every catalog. lupdate sees
`self.tr("…")`, `QCoreApplication.translate("Ctx", "…")` and `QT_TRANSLATE_NOOP("Ctx", "…")` only."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _wrappers(tree: ast.Module) -> set[str]:
    """Module functions whose body passes their own argument on to translate() as the text."""
    found = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        arg = node.args.args[0].arg
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and getattr(call.func, "attr", getattr(call.func, "id", "")) == "translate"
                    and len(call.args) >= 2 and isinstance(call.args[1], ast.Name) and call.args[1].id == arg):  # fmt: skip
                found.add(node.name)
    return found


def _hidden_literals(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    wrappers = _wrappers(tree)
    return [(n.lineno, n.args[0].value) for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in wrappers
            and n.args and isinstance(n.args[0], ast.Constant) and isinstance(n.args[0].value, str)]  # fmt: skip


def test_the_check_can_fail():
    source = 'from PySide6.QtCore import QCoreApplication\n' \
             'def _tr(text):\n    return QCoreApplication.translate("X", text)\n' \
             'label = _tr("Save")\nother = _tr(QT_TRANSLATE_NOOP("X", "Open"))\n'  # fmt: skip
    assert _hidden_literals(source) == [(4, "Save")]


def test_no_literal_is_hidden_from_lupdate():
    offenders = {}
    for path in sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "desktop").rglob("*.py")]):
        if found := _hidden_literals(path.read_text(encoding="utf-8")):
            offenders[path.relative_to(ROOT).as_posix()] = found
    assert offenders == {}
