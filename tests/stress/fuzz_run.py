"""Running one fuzzed file through the CLI's import (desktop.cli.main, as `beehive import` does) and
judging the run: a traceback, a run over 10 s, or a refused import that changed the workspace's row
counts is a failure; exit 0, 1 or 2 with the app's own messages is not. Figures are kept per kind.

"Over 10 s" is CPU time (this process's, user + system), not wall time: on a busy 2-core machine
(make stress beside six other people's tests) a 1 s import can wait 10 s for a core, and that is not
a hang. Real hangs are still caught: a loop that spins is stopped by a CPU-time timer (SIGPROF at
3 × the limit), and one that blocks without using CPU (a lock, a pipe) by a wall-clock timer at
WALL_LIMIT_S, generous enough for any load."""

from __future__ import annotations

import contextlib
import io
import signal
import sqlite3
import time
import traceback
from collections import Counter
from pathlib import Path

from desktop.cli.main import main

LIMIT_S = 10.0  # CPU seconds one import may take
WALL_LIMIT_S = 120.0  # a run blocked this long (wall clock) is a hang whatever the load
FIGURES: dict[str, Counter] = {}  # kind → runs, exit codes, tracebacks, hangs, partial writes
SLOWEST: dict[str, tuple[float, float, str]] = {}  # kind → (CPU s, wall s, what) of its slowest run

SEED = {
    "members": "name,phone,email\n张伟,13800138000,zw@example.cn\nAlice Smith,,alice@x.org\n",
    "units": "name,lead\n读书会,张伟\nCore,Alice Smith\n",
    "memberships": "member,unit\n张伟,读书会\n",
    "events": "title,start,end,tz\n周会,2024-03-05 19:00,2024-03-05 21:00,Asia/Shanghai\n"
    "Kickoff,2024-04-01 18:00,,Europe/London\n",
}


class Hang(Exception):
    pass


def seed(folder: Path) -> Path:
    db = folder / "fuzz.beehive"
    for kind, text in SEED.items():
        src = folder / f"seed_{kind}.csv"
        src.write_text(text, encoding="utf-8")
        with contextlib.redirect_stderr(io.StringIO()):
            assert main(["--db", str(db), "--lang", "en", "import", kind, str(src)]) == 0, kind
    return db


def row_counts(db: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _shortened(text: str) -> str:
    """A traceback with its long lines cut (a 300 KB cell in an exception's message hid the frames)."""
    return "\n".join(line if len(line) <= 300 else line[:200] + f"… ({len(line):,} characters)"
                     for line in text.splitlines())[-6000:]  # fmt: skip


def _alarm(_signum, _frame):
    raise Hang


def _timers(cpu: float, wall: float) -> None:
    signal.setitimer(signal.ITIMER_PROF, cpu)  # process CPU time, user + system
    signal.setitimer(signal.ITIMER_REAL, wall)


def run(db: Path, kind: str, path: Path, container: str, skip_invalid: bool) -> str:
    """Import `path`; returns "" when the run was fine, else what went wrong (for the assertion)."""
    figures = FIGURES.setdefault(kind, Counter())
    figures["runs"] += 1
    figures[f"runs {container}"] += 1
    before = row_counts(db)
    argv = ["--db", str(db), "--lang", "en", "import", kind, str(path)] + (["--skip-invalid"] if skip_invalid else [])
    err = io.StringIO()
    started, started_cpu = time.monotonic(), time.process_time()
    old = signal.signal(signal.SIGALRM, _alarm), signal.signal(signal.SIGPROF, _alarm)
    _timers(LIMIT_S * 3, WALL_LIMIT_S)  # a hang is stopped (and counted) rather than waited out
    try:
        with contextlib.redirect_stderr(err):
            code = main(argv)
    except Hang:
        figures["hangs"] += 1
        return (f"hang: {time.process_time() - started_cpu:.1f} s CPU, "
                f"{time.monotonic() - started:.1f} s wall (limits {LIMIT_S * 3:.0f} s CPU, {WALL_LIMIT_S:.0f} s wall)")  # fmt: skip
    except BaseException as exc:  # noqa: BLE001 — whatever escapes is exactly what the fuzz looks for
        figures["tracebacks"] += 1
        figures[f"traceback {type(exc).__name__}"] += 1
        return "traceback:\n" + _shortened("".join(traceback.format_exception(exc)))
    finally:
        _timers(0, 0)
        signal.signal(signal.SIGALRM, old[0])
        signal.signal(signal.SIGPROF, old[1])
    cpu, elapsed = time.process_time() - started_cpu, time.monotonic() - started
    figures[f"exit {code}"] += 1
    if cpu > SLOWEST.get(kind, (-1.0,))[0]:
        SLOWEST[kind] = (cpu, elapsed, f"{container} {path.suffix or 'no suffix'}, {path.stat().st_size:,} bytes")
    if cpu > LIMIT_S:
        figures["hangs"] += 1
        return f"slow: {cpu:.1f} s CPU ({elapsed:.1f} s wall)"
    if code not in (0, 1, 2):
        return f"exit {code}"
    if "Traceback" in err.getvalue():
        figures["tracebacks"] += 1
        return "traceback in stderr:\n" + _shortened(err.getvalue())
    if code != 0 and row_counts(db) != before:
        figures["partial writes"] += 1
        return f"exit {code} but the workspace changed:\n{err.getvalue()[-2000:]}"
    return ""


def summary() -> list[str]:
    lines = []
    for kind, c in sorted(FIGURES.items()):
        per = ", ".join(f"{k.split(' ', 1)[1]} {v}" for k, v in sorted(c.items()) if k.startswith("runs "))
        exits = ", ".join(f"{k} ×{v}" for k, v in sorted(c.items()) if k.startswith("exit "))
        cpu, wall, what = SLOWEST.get(kind, (0.0, 0.0, "-"))
        lines.append(f"{kind}: {c['runs']} runs ({per}); {exits}; tracebacks {c['tracebacks']}, "
                     f"hangs {c['hangs']}, partial writes {c['partial writes']}; slowest {cpu:.2f} s CPU "
                     f"({wall:.2f} s wall): {what}")  # fmt: skip
    total = sum(c["runs"] for c in FIGURES.values())
    bad = sum(c["tracebacks"] + c["hangs"] + c["partial writes"] for c in FIGURES.values())
    lines.append(f"fuzz total: {total} files, {bad} failures")
    if SLOWEST:
        kind, (cpu, wall, what) = max(SLOWEST.items(), key=lambda item: item[1][0])
        lines.append(f"slowest run: {kind} {what}: {cpu:.2f} s CPU, {wall:.2f} s wall (limit {LIMIT_S:.0f} s CPU)")
    return lines
