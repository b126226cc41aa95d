"""CLI exit codes: 0 success, 1 input refused (nothing written), 2 usage errors."""

from __future__ import annotations

import pytest

from desktop.cli.main import main
from tests.helpers import snapshot, write_csv


def test_import_export_and_exit_codes(tmp_path, capsys):
    db = tmp_path / "new.beehive"
    good = write_csv(tmp_path / "good.csv", "姓名,手机\n张三,13812345678\n")
    assert main(["--db", str(db), "import", "members", str(good)]) == 0
    assert "1 new" in capsys.readouterr().err
    bad = write_csv(tmp_path / "bad.csv", "name,email\nA,a@example.com\nB,not-an-email\n")
    before = snapshot(db)
    assert main(["--db", str(db), "import", "members", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 3" in err and "not-an-email" in err and "Nothing imported: 1 row rejected" in err
    assert snapshot(db) == before
    assert main(["--db", str(db), "import", "members", str(bad), "--skip-invalid"]) == 0
    out = tmp_path / "out.xlsx"
    assert main(["--db", str(db), "export", "members", str(out)]) == 0 and out.exists()
    assert main(["--db", str(db), "import", "widgets", str(good)]) == 2


def test_new_workspace_gets_a_community_named_after_the_file(tmp_path):
    db = tmp_path / "读书会.beehive"
    main(["--db", str(db), "import", "members", str(write_csv(tmp_path / "m.csv", "name\nA\n"))])
    from desktop.services.communities import Communities
    from desktop.services.core.database import Database

    d = Database(db)
    assert [c.name for c in Communities(d).all()] == ["读书会"]
    d.close()


def test_unknown_community_and_unreadable_file_are_refused(tmp_path, capsys):
    db = tmp_path / "w.beehive"
    csv = write_csv(tmp_path / "m.csv", "name\nA\n")
    assert main(["--db", str(db), "--community", "Nope", "import", "members", str(csv)]) == 1
    assert main(["--db", str(db), "import", "members", str(tmp_path / "missing.csv")]) == 1
    assert "could not be read" in capsys.readouterr().err


def test_not_a_workspace_is_refused(tmp_path, capsys):
    db = tmp_path / "x.beehive"
    db.write_text("hello")
    assert main(["--db", str(db), "export", "members", str(tmp_path / "o.csv")]) == 1
    assert "not a Beehive workspace" in capsys.readouterr().err
    assert db.read_text() == "hello"


def test_usage_error_exits_2():
    with pytest.raises(SystemExit) as e:
        main(["import"])
    assert e.value.code == 2


def test_messages_follow_the_language(tmp_path, capsys):
    bad = write_csv(tmp_path / "bad.csv", "name,email\nB,not-an-email\n")
    assert main(["--lang", "zh_CN", "--db", str(tmp_path / "w.beehive"), "import", "members", str(bad)]) == 1
    assert "邮箱地址无效" in capsys.readouterr().err
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    i18n.install(QCoreApplication.instance(), "en")  # back to the suite's language


def test_usage_errors_follow_the_language(capsys, qapp):
    with pytest.raises(SystemExit) as e:
        main(["--lang", "zh_CN", "import"])
    assert e.value.code == 2 and "缺少以下参数" in capsys.readouterr().err
    from desktop import i18n

    i18n.install(qapp, "en")
