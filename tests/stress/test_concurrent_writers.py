"""Two writers on one workspace never crash each other (issue 13, part 2): two CLI imports at once, and a
CLI import while another process edits as the window does. Each writer either finishes or refuses with
the "open in Beehive" message (exit 1); no traceback; the file sound; each import all or nothing.
Bounded in `make test`, 25 trials of each under `make stress` (BEEHIVE_STRESS=1)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.app import ensure_demo
from tests.stress import kill_checks as checks
from tests.stress.scale import runs

REPO = Path(__file__).resolve().parents[2]
ROWS = 2_000
TRIALS = runs(2, 25)
FIGURES = {"trials": 0, "finished": 0, "refused": 0, "edits": 0, "crashed": 0}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("writers")
    workspace = ensure_demo(folder / "prepared.beehive", 300)
    csvs = [checks.write_members_csv(folder / f"m{i}.csv", ROWS) for i in (0, 1)]
    for i, csv in enumerate(csvs):  # two files of different people: both imports add ROWS members
        csv.write_text(csv.read_text(encoding="utf-8").replace(checks.IMPORT_NAME, f"{checks.IMPORT_NAME}{i}-")
                       .replace(",1390", f",13{8 + i}0").replace("@import", f"@import{i}"), encoding="utf-8")  # fmt: skip
    yield workspace, csvs
    print(f"\nconcurrent writers: {FIGURES}")


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def _import(workspace: Path, csv: Path) -> subprocess.Popen:
    return _start("-m", "desktop", "--db", str(workspace), "--lang", "en", "import", "members", str(csv))


def _judge(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    FIGURES["crashed"] += "Traceback" in err or "unexpected error" in err
    assert "Traceback" not in err and "unexpected error" not in err, err[-2000:]
    return proc.returncode, out, err


def _landed(code: int, err: str) -> int:
    """1 if the import finished, 0 if it refused cleanly as another writer held the file."""
    if code == 0:
        FIGURES["finished"] += 1
        return 1
    assert code == 1 and ("open in Beehive" in err or "still writing" in err), err[-2000:]
    FIGURES["refused"] += 1
    return 0


@pytest.mark.parametrize("trial", range(TRIALS))
def test_two_imports_at_once(prepared, tmp_path, trial):
    workspace = Path(shutil.copy(prepared[0], tmp_path / "w.beehive"))
    before = checks.member_count(workspace)
    procs = [_import(workspace, csv) for csv in prepared[1]]
    landed = sum(_landed(*_judge(p)[::2]) for p in procs)
    FIGURES["trials"] += 1
    assert checks.soundness(workspace) == []
    assert checks.member_count(workspace) == before + landed * ROWS


@pytest.mark.parametrize("trial", range(TRIALS))
def test_an_import_while_the_window_saves(prepared, tmp_path, trial):
    workspace = Path(shutil.copy(prepared[0], tmp_path / "w.beehive"))
    before = checks.member_count(workspace)
    editor = _start("-m", "tests.stress.kill_worker", "edit", str(workspace))
    assert editor.stdout.readline().strip() == "phase ready"
    time.sleep(0.2)
    code, _, err = _judge(_import(workspace, prepared[1][0]))
    landed = _landed(code, err)
    editor.terminate()
    out, editor_err = editor.communicate(timeout=30)
    assert "Traceback" not in editor_err.replace("KeyboardInterrupt", "") or "Terminated" in editor_err, editor_err[-2000:]
    edits = [line for line in out.splitlines() if line.startswith("committed ")]
    FIGURES["trials"] += 1
    FIGURES["edits"] += len(edits)
    assert edits, "the editing process saved nothing while the import ran"
    assert checks.soundness(workspace) == []
    new_members = sum(1 for line in edits if line.split()[2] == "member")
    assert checks.member_count(workspace) in (before + landed * ROWS + new_members,
                                              before + landed * ROWS + new_members + 1)  # fmt: skip
