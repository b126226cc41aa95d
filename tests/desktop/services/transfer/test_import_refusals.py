"""Issue 13: what an import refuses, the same way in every container, through the CLI.

- A NUL or another C0 control character (or DEL) refuses its row with the limits message, in CSV (with
  and without a BOM, UTF-16), XLSX (as Excel writes it: _x0000_), vCard and .ics.
- A zip bomb (a few hundred MB of sheet XML in a ~1 MB file) is refused before anything is unpacked:
  fast and with bounded memory; one lying about its unpacked size is refused as damaged.
- A value over the 64 KB cap is refused, and no message quotes more than 80 characters of a value.
- An empty or BOM-only file ends in a clear message and exit 1 or 2 for every import kind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.services.kinds import KINDS
from desktop.services.transfer.spreadsheets import read_workbook
from models.errors import ValidationError
from tests.stress.fuzz_files import write_csv, write_xlsx

ROOT = Path(__file__).parents[4]
SHEET = "xl/worksheets/sheet1.xml"


def _cli(capsys, db: Path, kind: str, path: Path, *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", "import", kind, str(path), *extra])
    return code, capsys.readouterr().err


def _vcf(path: Path, name: str) -> Path:
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:a@example.com\r\nEND:VCARD\r\n"
    path.write_bytes(card.encode("utf-8"))
    return path


def _ics(path: Path, title: str) -> Path:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:1",
             "DTSTART:20240305T110000Z", "DTEND:20240305T130000Z", f"SUMMARY:{title}", "END:VEVENT",
             "END:VCALENDAR"]  # fmt: skip
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    return path


CONTAINERS = {
    "csv": lambda folder, v: write_csv(folder / "in.csv", [["name", "email"], [v, "a@example.com"]], "utf-8"),
    "csv bom": lambda folder, v: write_csv(
        folder / "in.csv", [["name", "email"], [v, "a@b.cn"]], "utf-8-sig"
    ),
    "csv utf-16": lambda folder, v: write_csv(
        folder / "in.csv", [["name", "email"], [v, "a@b.cn"]], "utf-16"
    ),
    "xlsx": lambda folder, v: write_xlsx(folder / "in.xlsx", [["name", "email"], [v, "a@example.com"]]),
    "vcf": lambda folder, v: _vcf(folder / "in.vcf", v),
    "ics": lambda folder, v: _ics(folder / "in.ics", v),
}


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f"])
@pytest.mark.parametrize("container", CONTAINERS)
def test_a_control_character_refuses_its_row_with_the_limits_message(tmp_path, capsys, container, char):
    path = CONTAINERS[container](tmp_path, f"Ann{char}Lee")
    kind = "events" if container == "ics" else "members"
    code, err = _cli(capsys, tmp_path / "w.beehive", kind, path)
    assert code == 1, err
    field = "title" if kind == "events" else "name"
    assert f"The {field} cell holds an invisible control character: Ann\\x{ord(char):02x}Lee" in err, err
    assert "Traceback" not in err


def _bomb(path: Path, megabytes: int) -> Path:
    """A workbook whose one sheet unpacks to `megabytes` MB of repeated cells (about 1 MB packed)."""
    write_xlsx(path, [["name"], ["x"]])
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist() if n != SHEET}
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    row = b'<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>'
    chunk = row * (1024 * 1024 // len(row))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        with z.open(SHEET, "w") as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'.encode())
            for _ in range(megabytes):
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")
    return path


def _lying(path: Path) -> Path:
    """The same bomb with its sheet's unpacked size written as 5,000 bytes (central and local header)."""
    data = bytearray(path.read_bytes())
    i = data.find(b"PK\x01\x02")
    while i != -1:
        n = struct.unpack_from("<H", data, i + 28)[0]
        if data[i + 46 : i + 46 + n] == SHEET.encode():
            struct.pack_into("<I", data, i + 24, 5000)
            struct.pack_into("<I", data, struct.unpack_from("<I", data, i + 42)[0] + 22, 5000)
        i = data.find(b"PK\x01\x02", i + 4)
    path.write_bytes(data)
    return path


def _measured_import(db: Path, path: Path) -> tuple[int, str, float, float, int]:
    """(exit code, stderr, wall s, CPU s, peak RSS in MB) of `beehive import members path` in its own process."""
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en", "import", "members",
                             str(path)], cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)  # fmt: skip
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    return proc.returncode, err, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def test_a_zip_bomb_is_refused_fast_with_bounded_memory(tmp_path):
    bomb = _bomb(tmp_path / "bomb.xlsx", 300)
    assert bomb.stat().st_size < 3 * 1024 * 1024  # 300 MB of XML in about 1 MB
    small = write_xlsx(tmp_path / "small.xlsx", [["name", "email"], ["Ann Lee", "ann@example.com"]])
    db = tmp_path / "w.beehive"
    code, err, *_ = _measured_import(
        db, small
    )  # creates the workspace; then the same process size to compare
    assert code == 0, err
    _, _, _, _, baseline_mb = _measured_import(db, small)
    code, err, wall, cpu, peak_mb = _measured_import(db, bomb)
    print(f"zip bomb ({bomb.stat().st_size:,} bytes → 300 MB): exit {code}, {wall:.2f} s wall, {cpu:.2f} s CPU, "
          f"peak RSS {peak_mb} MB (a 2-row workbook: {baseline_mb} MB)")  # fmt: skip
    assert code == 1 and "far more than the file's size suggests" in err and "Traceback" not in err, err
    assert cpu < 5 and peak_mb < baseline_mb + 30
    tracemalloc.start()
    with pytest.raises(ValidationError) as e:
        read_workbook(bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"read_workbook(bomb): peak Python allocation {peak / 1024:.0f} KB")
    assert e.value.code == "zip_bomb" and peak < 5 * 1024 * 1024
    code, err, wall, cpu, peak_mb = _measured_import(db, _lying(bomb))
    print(f"the bomb lying about its size: exit {code}, {cpu:.2f} s CPU, peak RSS {peak_mb} MB")
    assert code == 1 and "Traceback" not in err and peak_mb < baseline_mb + 30, err


@pytest.mark.parametrize(("kind", "header", "field"), [("members", "name,email", "name"),
                                                       ("events", "title,start", "title")])  # fmt: skip
def test_a_value_over_64_kb_is_refused_and_messages_quote_at_most_80_characters(tmp_path, capsys, kind, header,
                                                                                field):  # fmt: skip
    rows = [header.split(","), ["x" * 70_000, "2024-03-05 19:00"], ["y" * 5_000 + "\x01", "2024-03-05 19:00"]]
    code, err = _cli(capsys, tmp_path / "w.beehive", kind, write_csv(tmp_path / "in.csv", rows, "utf-8"))
    assert code == 1, err
    assert f"line 2: The {field} cell holds more than 65,536 characters" in err
    assert f"line 3: The {field} cell holds an invisible control character: {'y' * 80}…" in err
    assert "x" * 81 not in err and "y" * 81 not in err


EMPTY = {"empty csv": ("in.csv", b""), "BOM-only csv": ("in.csv", b"\xef\xbb\xbf"),
         "UTF-16 BOM only": ("in.csv", b"\xff\xfe"), "empty xlsx": ("in.xlsx", b""),
         "BOM-only vcf": ("in.vcf", b"\xef\xbb\xbf"), "BOM-only ics": ("in.ics", b"\xef\xbb\xbf")}  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_or_bom_only_file_ends_in_a_message_for_every_kind(tmp_path, capsys, kind):
    db = tmp_path / "w.beehive"
    for label, (name, data) in EMPTY.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, err = _cli(capsys, db, kind, path)
        assert code in (1, 2), (label, code, err)
        assert err.strip() and "Traceback" not in err and "unexpected error" not in err, (label, err)


def test_a_new_unit_named_twice_in_one_file_is_one_unit_not_a_traceback(tmp_path, capsys):
    """Found by the fuzz (make stress): the second row inserted the same new id again."""
    db = tmp_path / "w.beehive"
    rows = [["name", "notes"], ["读书会", "first"], ["读书会", "second"], ["Core", ""]]
    code, err = _cli(capsys, db, "units", write_csv(tmp_path / "in.csv", rows, "utf-16"))
    assert code == 0 and "Traceback" not in err, err
    with contextlib.closing(sqlite3.connect(db)) as c:
        assert sorted(c.execute("SELECT name, notes FROM unit").fetchall()) == [
            ("Core", ""),
            ("读书会", "second"),
        ]


def test_a_calendar_whose_zone_name_is_70_000_characters_long_is_refused_not_a_traceback(tmp_path, capsys):
    """Found by the fuzz (make stress): zoneinfo raised OSError (file name too long) through icalendar."""
    path = _ics(tmp_path / "in.ics", "Talk")
    path.write_text(
        path.read_text().replace("DTSTART:", "DTSTART;TZID=" + "x" * 70_000 + ":"), encoding="utf-8"
    )
    code, err = _cli(capsys, tmp_path / "w.beehive", "events", path)
    assert code == 1 and "is not a calendar file that can be read" in err and "Traceback" not in err, err
