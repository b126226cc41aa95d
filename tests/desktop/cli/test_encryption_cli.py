"""`beehive encrypt | rekey | decrypt | unlock`: the recovery code printed once, the key in the keyring
(a file-backed test keyring shared with a real subprocess), a clear refusal without it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import ensure_demo
from desktop.cli import encryption as cli
from desktop.cli.main import main
from desktop.services.core import encryption
from desktop.services.core.cipher import driver, keystore

ROOT = Path(__file__).resolve().parents[3]
CODE = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}\b")


@pytest.fixture
def workspace(tmp_path):
    return ensure_demo(tmp_path / "club.beehive", 20)


def _beehive(tmp_path, *args):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.TestKeyring",
           "BEEHIVE_TEST_KEYRING": str(tmp_path / "keyring.json"), "PYTHONPATH": str(ROOT)}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, stdin=subprocess.DEVNULL, timeout=120)  # fmt: skip


def test_encrypt_prints_the_code_once_and_the_keyring_opens_it(workspace, tmp_path):
    done = _beehive(tmp_path, "--db", str(workspace), "encrypt")
    assert done.returncode == 0, done.stderr
    assert len(CODE.findall(done.stdout)) == 1 and driver.is_encrypted(workspace)
    report = _beehive(tmp_path, "--db", str(workspace), "report", "structure", "--json")
    assert report.returncode == 0 and '"units"' in report.stdout
    (tmp_path / "keyring.json").unlink()  # another computer: the key is not there
    locked = _beehive(tmp_path, "--lang", "zh_CN", "--db", str(workspace), "report", "structure", "--json")
    assert locked.returncode == 1 and "Traceback" not in locked.stderr
    assert "加密" in locked.stderr and "unlock" in locked.stderr
    unlock = _beehive(tmp_path, "--db", str(workspace), "unlock")  # no terminal: never read from a pipe
    assert unlock.returncode == 1 and "terminal" in unlock.stderr


def test_unlock_with_the_recovery_code_then_decrypt(workspace, capsys, monkeypatch):
    assert main(["--db", str(workspace), "encrypt"]) == 0
    code = CODE.search(capsys.readouterr().out).group(0)
    salt = driver.salt_of(workspace)
    keystore.forget(salt)
    driver._unlocked.pop(salt, None)
    monkeypatch.setattr(cli, "_prompt", lambda text: "not-it")
    assert main(["--db", str(workspace), "unlock"]) == 1
    assert "does not open" in capsys.readouterr().err
    monkeypatch.setattr(cli, "_prompt", lambda text: code.lower())
    assert main(["--db", str(workspace), "unlock"]) == 0
    assert main(["--db", str(workspace), "rekey"]) == 0
    assert CODE.search(capsys.readouterr().out).group(0) != code
    assert main(["--db", str(workspace), "decrypt"]) == 0
    assert not driver.is_encrypted(workspace)
    assert main(["--db", str(workspace), "decrypt"]) == 1
    assert "not encrypted" in capsys.readouterr().err


def test_no_keyring_asks_for_a_passphrase_typed_twice(workspace, capsys, monkeypatch):
    monkeypatch.setattr(keystore, "usable", lambda: False)
    monkeypatch.setattr(encryption, "keyring_usable", lambda: False)
    answers = iter(["first passphrase", "second passphrase"])
    monkeypatch.setattr(cli, "_prompt", lambda text: next(answers))
    assert main(["--db", str(workspace), "encrypt"]) == 1 and not driver.is_encrypted(workspace)
    assert "differ" in capsys.readouterr().err
    monkeypatch.setattr(cli, "_prompt", lambda text: "the same passphrase")
    assert main(["--db", str(workspace), "encrypt"]) == 0 and driver.is_encrypted(workspace)
    assert not CODE.search(capsys.readouterr().out)  # the passphrase is the secret: no code to show
