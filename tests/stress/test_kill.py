"""Crash safety: a Beehive process killed with SIGKILL at a random moment loses no finished action.

Each run copies a prepared workspace (300 demo members), starts tests/stress/kill_worker.py on it, a
CLI import of 2,000 members or a loop of small edits, and kills it: at a random moment 0–1.5 s after
start, or (a third of the imports each) a random moment inside the import's transaction or inside the
backup taken before it, or (half the edit runs) 0–1 s into the edits, so those places are always hit. Then: integrity_check ok, foreign_key_check
empty, the import all or nothing, every edit printed as committed present, the file reopens as the
window opens it and `python -m desktop --db F report structure --json` exits 0, the killed process's
presence note is gone once read, no half-made backup listed by `backups --json`, and none left in the
backups folder after the next backup.

30 runs in `make test`, 200 under `make stress`. Every run is drawn from BEEHIVE_KILL_SEED (printed
on failure and in the summary; random when unset): BEEHIVE_KILL_SEED=S reruns the same plan.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop.app import ensure_demo
from desktop.cli.main import main
from desktop.services.container import open_services
from desktop.services.core import backups, presence
from tests.stress import kill_checks as checks
from tests.stress.scale import runs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

RUNS = runs(30, 200)
SEED = int(os.environ.get("BEEHIVE_KILL_SEED") or random.SystemRandom().randrange(1_000_000))
IMPORT_ROWS = 2_000
REPO = Path(__file__).resolve().parents[2]
# a kill's delay, from the start or from the phase line the worker printed
WINDOWS = {"clock": 1.5, "write": 0.05, "backup": 0.025, "ready": 1.0}
FIGURES: Counter = Counter()


def plan(i: int) -> tuple[str, str, float]:
    """(work, what the delay counts from, delay in seconds) of run i, from the seed alone."""
    rng = random.Random(f"{SEED}:{i}")
    work = "import" if i % 2 == 0 else "edit"
    anchor = (
        ("clock", "write", "backup")[(i // 2) % 3] if work == "import" else ("clock", "ready")[(i // 2) % 2]
    )
    return work, anchor, rng.uniform(0, WINDOWS[anchor])


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("kill")
    workspace = ensure_demo(folder / "prepared.beehive", 300)
    assert not Path(f"{workspace}-wal").exists()
    started = time.monotonic()
    yield workspace, checks.write_members_csv(folder / "members.csv", IMPORT_ROWS)
    FIGURES["seconds"] += round(time.monotonic() - started)
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        if reporter:
            reporter.write_line("")
        for line in summary():
            (reporter.write_line if reporter else print)(line)


def kill_run(
    workspace: Path, csv: Path, work: str, anchor: str, delay: float
) -> tuple[list[str], float, int, int]:
    """Start the worker, kill it as planned; (its stdout lines, kill time from start or -1, exit code, pid)."""
    args = [sys.executable, "-m", "tests.stress.kill_worker", work, str(workspace)]
    with (workspace.parent / "worker.err").open("w") as err:
        proc = subprocess.Popen(args + ([str(csv)] if work == "import" else []), cwd=REPO,
                                stdout=subprocess.PIPE, stderr=err, text=True)  # fmt: skip
    started, lines, seen = time.monotonic(), [], threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() == f"phase {anchor}":
                seen.set()
        seen.set()  # the worker ended

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if anchor != "clock":
        seen.wait(30)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(delay)
    killed_at = -1.0
    if proc.poll() is None:
        killed_at = time.monotonic() - started
        os.kill(proc.pid, signal.SIGKILL)
    code = proc.wait()  # reaped: a zombie would still look alive to the presence check
    reader.join(10)
    return list(lines), killed_at, code, proc.pid


def cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


def where(work: str, lines: list[str], killed_at: float) -> str:
    if killed_at < 0:
        return "finished"
    if work == "edit":
        return "mid-edits" if any(line.startswith("committed") for line in lines) else "before the first edit"
    phase = next((line[6:] for line in reversed(lines) if line.startswith("phase ")), "")
    return {"": "before the backup", "backup": "mid-backup", "backed-up": "mid-import", "write": "mid-import",
            "committed": "after the import"}[phase]  # fmt: skip


@pytest.mark.parametrize("i", range(RUNS))
def test_a_kill_loses_no_finished_action(prepared, tmp_path, i):
    source, csv = prepared
    work, anchor, delay = plan(i)
    workspace = tmp_path / "club.beehive"
    shutil.copyfile(source, workspace)
    before = checks.member_count(workspace)
    lines, killed_at, code, pid = kill_run(workspace, csv, work, anchor, delay)
    moment = where(work, lines, killed_at)
    note = presence._folder() / f"{presence._prefix(workspace)}.{pid}.json"
    FIGURES[f"{work}: {moment}"] += 1
    FIGURES["presence notes left by a kill"] += note.exists()
    failed = killed_at < 0 and code != 0
    problems = (
        [f"the worker failed (exit {code}): {(tmp_path / 'worker.err').read_text()[-600:]}"] if failed else []
    )

    problems += checks.soundness(workspace)
    if work == "import":
        found, landed = checks.import_whole(workspace, before, IMPORT_ROWS, "phase committed" in lines)
        FIGURES["imports landed whole"] += landed
        problems += found
    else:
        found, printed = checks.edits_present(workspace, lines)
        FIGURES["edits reported committed, all checked"] += printed
        problems += found

    if pid in {h.pid for h in presence.others(workspace)} or note.exists():
        problems.append("the killed process's presence note is still there once read")
    services = open_services(workspace)  # as the window opens it: quick_check, presence, schema
    services.close()
    report = subprocess.run([sys.executable, "-m", "desktop", "--db", str(workspace), "--lang", "en", "report",
                             "structure", "--json"], cwd=REPO, capture_output=True, text=True)  # fmt: skip
    if report.returncode != 0 or "units" not in json.loads(report.stdout or "{}"):
        problems.append(f"report structure --json: exit {report.returncode} {report.stderr[-300:]}")

    listed_code, listed = cli("--db", str(workspace), "--lang", "en", "backups", "--json")
    listed = json.loads(listed) if listed_code == 0 else []
    problems += [f"backups --json: exit {listed_code}"] if listed_code else checks.listed_backups(listed)
    if left := checks.leftovers(workspace, listed):
        FIGURES["runs leaving a partial backup file"] += 1
    later = backups.take(workspace, "manual")  # the next backup cleans up what a killed one left
    _code, listed = cli("--db", str(workspace), "--lang", "en", "backups", "--json")
    if still := checks.leftovers(workspace, json.loads(listed)):
        problems.append(f"after the next backup, still in the backups folder: {still}")
    elif not later.verified:
        problems.append(f"the next backup failed its check: {later.problem}")
    elif left:
        FIGURES["partial backup files cleaned by the next backup"] += len(left)

    assert not problems, (f"BEEHIVE_KILL_SEED={SEED} run {i}: {work}, killed {moment} at {killed_at:.3f} s "
                          f"({anchor} +{delay:.3f} s): " + "; ".join(problems))  # fmt: skip


def summary() -> list[str]:
    per_work = Counter()
    for key, n in FIGURES.items():
        if ":" in key:
            per_work[key.split(":")[0]] += n
    moments = ", ".join(f"{k} {n}" for k, n in sorted(FIGURES.items()) if ":" in k)
    rest = ", ".join(f"{k} {n}" for k, n in sorted(FIGURES.items()) if ":" not in k)
    head = ", ".join(f"{work} {n}" for work, n in sorted(per_work.items()))
    return [f"kill -9 (BEEHIVE_KILL_SEED={SEED}): {sum(per_work.values())} runs ({head})",
            f"  killed: {moments}", f"  {rest}"]  # fmt: skip
