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


RENDERERS = ("printing.py", "sheets.py", "badges.py", "compilation.py")


def _service_uses(source: str) -> list[str]:
    """`services.x` or `self.services.x` reads, and parameters named `services`: a renderer gets data."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and (
            (isinstance(node.value, ast.Name) and node.value.id == "services")
            or (isinstance(node.value, ast.Attribute) and node.value.attr == "services")
        ):
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.arg) and node.arg == "services":
            found.append(f"line {node.lineno}: parameter services")
    return found


def test_printout_renderers_take_data_and_run_no_query():
    """The ui printing modules render what the caller gathered (as Gramps' TextDoc renders a report)."""
    assert _service_uses("def f(services, e):\n    return services.events.plan(e)\n")  # the check can fail
    assert _service_uses("def f(self):\n    return self.services.outputs.many([])\n")
    renderers = [p for p in (ROOT / "ui").glob("*/*.py") if p.name in RENDERERS]
    assert len(renderers) >= 6  # events sheets/badges/printing, outputs compilation, members and health printing
    offenders = {p.relative_to(ROOT).as_posix(): found for p in renderers
                 if (found := _service_uses(p.read_text(encoding="utf-8")))}  # fmt: skip
    assert offenders == {}
