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


def test_unknown_columns_are_kept_as_custom_fields_unless_dropped(tmp_path, capsys):
    src = tmp_path / "m.csv"
    src.write_text("姓名,手机,鞋码\n张伟,13800138000,42\n", encoding="utf-8")
    kept, dropped = tmp_path / "kept.beehive", tmp_path / "dropped.beehive"
    assert main(["--db", str(kept), "--lang", "en", "import", "members", str(src)]) == 0
    assert "Kept as custom fields: 鞋码" in capsys.readouterr().err
    assert main(["--db", str(dropped), "--lang", "en", "import", "members", str(src), "--drop-unknown"]) == 0
    assert "Ignored unknown columns: 鞋码" in capsys.readouterr().err
    out = tmp_path / "out.csv"
    for db, expected in ((kept, True), (dropped, False)):
        assert main(["--db", str(db), "export", "members", str(out)]) == 0
        header = out.read_text(encoding="utf-8-sig").splitlines()[0]
        assert ("鞋码" in header) is expected
    assert main(["--db", str(kept), "--lang", "en", "import", "units", str(src), "--drop-unknown"]) == 2
    assert "--drop-unknown does not apply to importing this kind of file" in capsys.readouterr().err


def test_the_source_is_recognised_chosen_or_refused(tmp_path, capsys):
    presets = Path(__file__).parents[2] / "fixtures" / "presets"
    db = tmp_path / "w.beehive"
    args = ["--db", str(db), "--lang", "en", "import", "members"]
    assert main([*args, str(presets / "wechat_contacts.csv"), "--split-remarks"]) == 0
    err = capsys.readouterr().err
    assert "Recognised: WeChat contact list" in err and "2 new" in err
    out = tmp_path / "out.csv"
    assert main(["--db", str(db), "export", "members", str(out)]) == 0
    assert "赵丽" in out.read_text(encoding="utf-8-sig")  # the remark 北京-赵丽-设计师, split
    assert main([*args, str(presets / "wjx.csv"), "--preset", "nonsense"]) == 1
    assert "Unknown source preset: nonsense" in capsys.readouterr().err
    assert main([*args, str(presets / "wjx.csv"), "--preset", "none"]) == 0
    assert "Recognised" not in capsys.readouterr().err


def test_conflicting_rows_are_reported_and_decided_by_on_conflict(tmp_path, capsys):
    src = tmp_path / "f.csv"
    src.write_text("姓名,手机\n张伟,13800138000\n李娜,13800138000\n", encoding="utf-8")
    for decision, expected in (("keep", "kept as a separate member"), ("skip", "skipped"), ("merge", "merged")):
        db = tmp_path / f"{decision}.beehive"
        assert main(["--db", str(db), "--lang", "en", "import", "members", str(src), "--on-conflict", decision]) == 0
        err = capsys.readouterr().err
        assert f"line 3: 李娜 shares +8613800138000 with 张伟 on line 2: {expected}" in err
        assert ("2 new" if decision == "keep" else "1 new") in err


def test_a_localised_meetup_export_says_how_it_was_read(tmp_path, capsys):
    german = Path(__file__).parents[2] / "fixtures" / "presets" / "meetup_members_de.csv"
    assert main(["--db", str(tmp_path / "w.beehive"), "--lang", "en", "import", "members", str(german)]) == 0
    err = capsys.readouterr().err
    assert "Recognised: Meetup member list" in err and "18 columns read by their place" in err
    assert "Ignored 12 columns the source keeps for itself" in err and "Ignored unknown columns" not in err
