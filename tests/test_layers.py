"""Services may use QtCore at most: import-linter cannot name QtWidgets/QtGui, so walk the AST."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_services_use_qtcore_at_most():
    offenders = []
    for path in (ROOT / "desktop" / "services").rglob("*.py"):
        bad = {n for n in _imports(path) if n.startswith("PySide6.") and n != "PySide6.QtCore"}
        if bad:
            offenders.append((path.name, bad))
    assert offenders == []


def test_models_carry_no_user_visible_strings():
    for path in (ROOT / "models").rglob("*.py"):
        assert "translate(" not in path.read_text(encoding="utf-8"), path


def test_the_first_paint_path_does_not_load_the_orm():
    """Launch speed: the window and the services it paints from must not import SQLAlchemy or the schema."""
    import subprocess
    import sys

    code = ("import sys, desktop.app, desktop.services.container, ui.shell.main_window, ui.members.view; "
            "print(sorted(m for m in ('sqlalchemy', 'models.schema', 'alembic') if m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
