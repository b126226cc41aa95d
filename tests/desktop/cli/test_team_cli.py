"""`publish` a workspace file to a team database and `export workspace` it back into a file: the same rows;
refusals with a message and nothing written."""

from __future__ import annotations

from sqlalchemy import select

from desktop.cli.main import main
from desktop.services.core.database import Database
from desktop.services.demo import create_demo
from models.schema import TABLES


def _rows(location) -> dict[str, list]:
    db = Database(location, read_only=True)
    try:
        with db.engine.connect() as conn:
            return {n: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))] for n, t in TABLES.items()}
    finally:
        db.close()


def test_publish_then_export_workspace_round_trip(tmp_path, pg_database, capsys):
    source = tmp_path / "mine.beehive"
    db = Database(source)
    create_demo(db, 80)
    db.close()
    assert main(["--db", str(source), "publish", pg_database]) == 0
    assert "every table's count checked" in capsys.readouterr().out
    back = tmp_path / "back.beehive"
    assert main(["--db", pg_database, "export", "workspace", str(back)]) == 0
    assert _rows(back) == _rows(source)
    assert main(["--db", pg_database, "export", "workspace", str(back)]) == 1  # never over a file
    assert "A file already exists there" in capsys.readouterr().err
    assert main(["--db", str(source), "publish", pg_database]) == 1  # the team database is no longer empty
    assert "already holds data" in capsys.readouterr().err


def test_publish_refuses_what_is_not_a_team_address(tmp_path, capsys):
    source = tmp_path / "mine.beehive"
    Database(source).close()
    assert main(["--db", str(source), "publish", "postgresql://:secret@/"]) == 1
    err = capsys.readouterr().err
    assert "postgresql://USER@HOST:PORT/DATABASE" in err and "secret" not in err
