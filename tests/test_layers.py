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


# Widgets reach the workspace only through the Services container: never its database, never a service
# they would build or hand the database themselves (ui/common/write.py is the one write path).
NO_WIDGET_IMPORTS = {"desktop.services.kinds", "desktop.services.core.database"}  # bound by Services.transfer
BEING_REWRITTEN: set[tuple[str, str]] = set()  # exemptions (none left)


def _takes_db(obj) -> bool:
    """A module of services, a class built with the database, or a function handed it."""
    import inspect

    from desktop.services.core.database import Database

    if inspect.ismodule(obj):
        return True
    if inspect.isclass(obj):
        if issubclass(obj, Database):
            return True
        obj = obj.__init__
    if not callable(obj):
        return False
    try:
        params = inspect.signature(obj).parameters.values()
    except (TypeError, ValueError):  # a builtin's slot
        return False
    return any(p.name == "db" or "Database" in str(p.annotation) for p in params)


def _database_uses(source: str) -> list[tuple[int, str]]:
    import importlib

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            found.append((node.lineno, ".db"))
        elif isinstance(node, ast.arg) and node.arg == "db":
            found.append((node.lineno, "parameter db"))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Services", "open_services"):
            found.append((node.lineno, "builds the services"))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names
                      if a.name.startswith("desktop.services") and a.name != "desktop.services.container"]  # fmt: skip
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop.services"):
            if node.module in NO_WIDGET_IMPORTS:
                found.append((node.lineno, node.module))
                continue
            module = importlib.import_module(node.module)
            for a in node.names:
                obj = getattr(module, a.name, None)
                if obj is None:
                    obj = importlib.import_module(f"{node.module}.{a.name}")  # a submodule
                if a.name != "Services" and _takes_db(obj):
                    found.append((node.lineno, a.name))
    return found


def test_widgets_never_touch_the_database():
    old = {  # what the window did before the container offered it: each must be caught
        "n = Levels(self.services.db).review(cid)": ".db",
        "from desktop.services.health.levels import Levels": "Levels",
        "from desktop.services.health import settings as health_settings": "settings",
        "from desktop.services.structure.writes import replicate": "replicate",
        "from desktop.services.health.series import series": "series",
        "from desktop.services.kinds import KINDS": "desktop.services.kinds",
        "from desktop.services.events.writes import EventWrites": "EventWrites",
        "import desktop.services.health.levels": "desktop.services.health.levels",
        "def f(db):\n    return 1": "parameter db",
    }
    for source, name in old.items():
        assert [what for _, what in _database_uses(source)] == [name], source
    fine = ("from desktop.services.container import Services\nfrom desktop.services.events.plan import Plan\n"
            "from desktop.services.health.series import FIRST_COLUMN, to_csv\nx = self.services.levels")  # fmt: skip
    assert _database_uses(fine) == []
    offenders = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found = [f"line {n}: {what}" for n, what in _database_uses(path.read_text(encoding="utf-8"))
                 if (rel, what) not in BEING_REWRITTEN]  # fmt: skip
        if found:
            offenders[rel] = found
    assert offenders == {}
