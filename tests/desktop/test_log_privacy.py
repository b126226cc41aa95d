"""No personal data in beehive.log, the error dialog or the CLI's screen, for a real failing write."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.log_scrub import exception_text, scrub
from models.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ("张三", "13800138000", "138 0013 8000", "zhang@example.com", "secret note", "wxid_zs2026")
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("[parameters: ('张三', 'secret note')]", "张三", "[parameters: hidden]"),
        (
            "[SQL: SELECT * FROM member WHERE name = '张三']",
            "张三",
            "[SQL: SELECT * FROM member WHERE name = '?']",
        ),
        ("bad_email: email='zhang@example.com'", "zhang", "bad_email: email="),
        ("mail zhang.san+x@example.com.cn now", "example", "mail <email> now"),
        ("call +86 138-0013-8000 or (010) 8888 1234", "8000", "call <phone> or"),
        ("id 110101199003074512", "110101", "id <phone>"),
        ("who wxid_zs2026 is", "zs2026", "who wxid_… is"),
        ("row {'name': '张三', 'id': 3} gone", "张三", "row {…} gone"),
    ],
)
def test_scrub_removes_each_kind(text, gone, kept):
    out = scrub(text)
    assert gone not in out and kept in out, out


def test_scrub_keeps_what_says_what_failed():
    text = (
        "2026-12-04 18:13:22 backup 20261204-181322-import.beehive failed: integrity (pid 22117, line 1234)"
    )
    assert scrub(text) == text


def test_exception_text_hides_a_domain_errors_value_but_keeps_its_code_and_frames():
    value, note = "not-an-address " + SECRETS[0], SECRETS[4]  # not in the source line the frame shows
    try:
        raise ValidationError("bad_email", "email", value, row=note)
    except ValidationError as e:
        text = exception_text(type(e), e, e.__traceback__)
    assert "张三" not in text and "not-an-address" not in text and "secret" not in text
    assert "ValidationError: bad_email: email=" in text and "test_log_privacy.py" in text


def test_statement_parameters_are_hidden_even_where_sqlalchemy_prints_them():
    import sqlalchemy as sa

    engine = sa.create_engine("sqlite://")  # hide_parameters off: the parameters are in str(error)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE m (name TEXT, phone TEXT UNIQUE, email TEXT, notes TEXT)")
        conn.exec_driver_sql("INSERT INTO m VALUES ('x', ?, 'x@y.z', '')", (SECRETS[1],))
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO m VALUES (:n, :p, :e, :o)"),
                         {"n": SECRETS[0], "p": SECRETS[1], "e": SECRETS[3], "o": SECRETS[4]})  # fmt: skip
    except sa.exc.IntegrityError as e:
        assert SECRETS[0] in str(e)
        text = exception_text(type(e), e, e.__traceback__)
    assert not any(secret in text for secret in SECRETS), text
    assert "UNIQUE constraint failed: m.phone" in text and "[parameters: hidden]" in text


def _failing_member(services, community_id, monkeypatch):
    """Add 张三, then add them again with the same UUID: SQLite refuses (UNIQUE member.uuid) with the
    row's name, notes and search text (phone, email, WeChat ID) among the statement's parameters."""
    from desktop.services.members import writes
    from models.member_draft import MemberDraft

    real = writes.new_uuids
    monkeypatch.setattr(writes, "new_uuids", lambda n: ["0" * 32] if n == 1 else real(n))  # the member row's
    draft = MemberDraft(name="张三", notes="secret note", identities=(
        ("phone", "13800138000"), ("email", "zhang@example.com"), ("wechat_id", "wxid_zs2026")))  # fmt: skip
    services.member_writes.create(community_id, draft)
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as caught:
        services.member_writes.create(community_id, draft)
    assert "张三" in str(
        caught.value.params
    )  # the error carries the data, whether SQLAlchemy prints it or not
    return caught.value


def _assert_private_log(log: Path) -> str:
    text = log.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} in the log:\n{text}"
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
    return text


@posix_only
def test_the_windows_excepthook_logs_and_copies_a_failed_write_without_personal_data(
    services, community_id, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import logs
    from desktop.app import setup_logging
    from ui.common import error_dialog

    error = _failing_member(services, community_id, monkeypatch)
    old = tmp_path / "data" / "beehive.log"  # an existing user's log, written before files were private
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_text("2026-01-01 10:00:00 INFO beehive: started\n", encoding="utf-8")
    old.chmod(0o644)
    setup_logging()
    shown = {}

    def click_copy(box):
        shown["details"], shown["info"] = box.detailedText(), box.informativeText()
        next(b for b in box.buttons() if b.text() == "Copy details").click()

    monkeypatch.setattr(QMessageBox, "exec", click_copy)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install_excepthook()
    sys.excepthook(type(error), error, error.__traceback__)
    for handler in [logs._handler]:
        handler.flush()
    text = _assert_private_log(old)
    assert "started" in text and "unexpected error" in text
    assert "sqlalchemy.exc.IntegrityError" in text and "UNIQUE constraint failed: member.uuid" in text
    assert "desktop/services/members/writes.py" in text and "desktop/services/core/journal.py" in text
    copied = QApplication.clipboard().text()
    assert copied == shown["details"] and "IntegrityError" in copied
    assert not any(secret in copied for secret in SECRETS), copied
    assert str(old) in shown["info"]


CLI_FAILURE = textwrap.dedent(
    """
    import sys
    from desktop.services.members import import_apply

    import_apply.new_uuids = lambda n: ["0" * 32] * n  # every new row the same UUID: SQLite refuses it
    from desktop.__main__ import run

    sys.argv = ["beehive", *sys.argv[1:]]
    sys.exit(run())
    """
)


@posix_only
def test_the_cli_prints_a_short_message_and_logs_a_failed_import_without_personal_data(tmp_path):
    csv = tmp_path / "members.csv"
    csv.write_text("姓名,手机,邮箱,微信号,备注\n张三,138 0013 8000,zhang@example.com,wxid_zs2026,secret note\n"
                   "李四,13900139000,li@example.com,,\n", encoding="utf-8")  # fmt: skip
    env = {**os.environ, "BEEHIVE_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    done = subprocess.run(
        [sys.executable, "-c", CLI_FAILURE, "--db", str(tmp_path / "w.beehive"), "import", "members", str(csv)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "IntegrityError" in done.stderr
    assert not any(secret in done.stderr + done.stdout for secret in SECRETS), done.stderr
    log = tmp_path / "data" / "beehive.log"
    assert str(log) in done.stderr
    text = _assert_private_log(log)
    assert "unexpected error in a command" in text and "UNIQUE constraint failed" in text
    assert "desktop/services/members/import_apply.py" in text and "desktop/cli/batch.py" in text
    assert json.loads(json.dumps(text))  # a plain text log, readable as such


@posix_only
def test_the_log_moves_aside_at_its_size_and_both_stay_private(monkeypatch, tmp_path):
    import logging

    from desktop import logs

    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    log = logs.setup_logging()
    for n in range(100):
        logging.getLogger("beehive").warning("step %d of a long run for %s", n, SECRETS[3])
    older = log.with_name("beehive.log.1")
    assert older.exists() and log.stat().st_size <= 2_000
    for path in (log, older):
        _assert_private_log(path)
        assert "<email>" in path.read_text(encoding="utf-8")


def test_a_background_threads_error_goes_to_the_log_scrubbed(monkeypatch, capfd):
    import threading

    from desktop import logs

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log = logs.setup_logging()
    secret = SECRETS[3]

    def fail():
        raise ValueError("cannot mail " + secret)

    worker = threading.Thread(target=fail, name="hourly-backup")
    worker.start()
    worker.join()
    logs._handler.flush()
    text = log.read_text(encoding="utf-8")
    assert "unexpected error in thread hourly-backup" in text and "ValueError" in text and "fail" in text
    assert secret not in text and secret not in capfd.readouterr().err
