"""The CLI on the hostile files: refused rows by line and reason with exit 1, --encoding obeyed."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.main import main

HOSTILE = Path(__file__).parents[2] / "fixtures" / "hostile"


def test_digits_lost_in_a_spreadsheet_exit_1_naming_the_line(tmp_path, capsys):
    db = tmp_path / "w.beehive"
    assert (
        main(["--db", str(db), "--lang", "en", "import", "members", str(HOSTILE / "scientific_phones.csv")])
        == 1
    )
    err = capsys.readouterr().err
    assert "line 2: Phone number lost its digits in the spreadsheet (1.38001E+10)" in err
    assert "Nothing imported" in err


def test_a_chosen_encoding_that_reads_as_garbage_is_refused(tmp_path, capsys):
    db = tmp_path / "w.beehive"
    args = ["--db", str(db), "--lang", "en", "import", "members", str(HOSTILE / "big5.csv")]
    assert main([*args, "--encoding", "gb18030"]) == 1
    assert "does not read as sensible text in gb18030" in capsys.readouterr().err
    assert main([*args, "--encoding", "big5"]) == 0
    assert "3 new" in capsys.readouterr().err


def test_encoding_is_refused_for_kinds_that_do_not_take_it(tmp_path, capsys):
    db = tmp_path / "w.beehive"
    args = [
        "--db",
        str(db),
        "--lang",
        "en",
        "import",
        "units",
        str(HOSTILE / "big5.csv"),
        "--encoding",
        "big5",
    ]
    assert main(args) == 2
