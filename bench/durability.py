"""What synchronous=FULL costs over NORMAL (WAL either way): the time of one small edit's commit (200
member renames, each its own `db.write`; the median) and of a 5,000-row members import (plan + apply,
the backup before it included; the best of the rounds: the load of a shared machine varies an import by
±40%, far more than the one sync FULL adds to its commit), each under both settings on copies of the same
file, the runs interleaved.

FULL syncs the log at every commit: a finished action then survives a power cut or an OS crash, not
only a crash of Beehive. It is worth it while it costs a few ms per action and under 10% on an import.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MODES = ("NORMAL", "FULL")
RENAMES, IMPORT_ROWS, ROUNDS = 200, 5_000, 7
EXTRA_MS_LIMIT, IMPORT_RATIO_LIMIT = 5.0, 1.10  # a few ms per user action; under 10% on an import


def synchronous(mode: str) -> None:
    """Every connection opened from now on uses `mode` (the pragma list is read at each connect)."""
    from desktop.services.core import storage

    storage.PRAGMAS = tuple(
        f"PRAGMA synchronous={mode}" if p.startswith("PRAGMA synchronous") else p for p in storage.PRAGMAS
    )


def build(out: Path) -> tuple[Path, Path]:
    from desktop.app import ensure_demo

    workspace, csv = out / "durability.beehive", out / "durability_members.csv"
    if not workspace.exists():
        ensure_demo(out / "durability.tmp", 2_000).rename(workspace)
    if not csv.exists():
        with csv.open("w", encoding="utf-8") as f:
            f.write("name,phone,email,city\n")
            f.writelines(
                f"Bench Sync {i:05d},1370{i:07d},sync{i}@bench.example,成都\n" for i in range(IMPORT_ROWS)
            )
    return workspace, csv


def fresh(workspace: Path, out: Path, name: str) -> Path:
    target = out / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(workspace, target)
    return target


def commits_ms(workspace: Path) -> float:
    """Median time of one rename's `db.write`, commit included (ms)."""
    from desktop.services.core.database import Database
    from desktop.services.core.step_labels import LABELS

    db = Database(workspace)
    ids = [r[0] for r in db.query("SELECT id FROM member ORDER BY id LIMIT ?", (RENAMES,))]
    times = []
    for n, key in enumerate(ids):
        start = time.perf_counter()
        with db.write(LABELS.edit_member()) as uow:
            uow.update("member", {key: {"name": f"Bench Rename {n}"}})
        times.append(time.perf_counter() - start)
    db.close()
    return statistics.median(times) * 1000


def import_s(workspace: Path, csv: Path) -> float:
    from desktop.services.core.database import Database
    from desktop.services.kinds import KINDS

    db = Database(workspace)
    kind = KINDS["members"]
    start = time.perf_counter()
    plan = kind.plan(db, 1, csv)
    result = kind.apply(db, plan)
    elapsed = time.perf_counter() - start
    db.close()
    assert result.created == IMPORT_ROWS, result
    return elapsed


def main(_big: Path, out: Path) -> list[tuple]:
    os.environ.setdefault("BEEHIVE_DATA_DIR", str(out / "data"))
    workspace, csv = build(out)
    edits: dict[str, list[float]] = {m: [] for m in MODES}
    imports: dict[str, list[float]] = {m: [] for m in MODES}
    for mode in MODES:  # warm-up: file caches and imports, not the setting
        synchronous(mode)
        commits_ms(fresh(workspace, out, "durability_run.beehive"))
    for _ in range(ROUNDS):
        for mode in MODES:
            synchronous(mode)
            edits[mode].append(commits_ms(fresh(workspace, out, "durability_run.beehive")))
            imports[mode].append(import_s(fresh(workspace, out, "durability_run.beehive"), csv))
    edit = {m: statistics.median(v) for m, v in edits.items()}
    load = {m: min(v) for m, v in imports.items()}
    extra = edit["FULL"] - edit["NORMAL"]
    return [
        ("edit commit, synchronous=NORMAL (ms)", edit["NORMAL"], None, None, None),
        (
            "edit commit, synchronous=FULL (ms)",
            edit["FULL"],
            edit["NORMAL"],
            edit["FULL"] / edit["NORMAL"],
            None,
        ),
        ("  FULL's extra per commit (ms)", extra, EXTRA_MS_LIMIT, extra / EXTRA_MS_LIMIT, 1.0),
        (
            f"import {IMPORT_ROWS // 1000}k members, NORMAL, best of {ROUNDS} (s)",
            load["NORMAL"],
            None,
            None,
            None,
        ),
        (
            f"import {IMPORT_ROWS // 1000}k members, FULL vs NORMAL, best (s)",
            load["FULL"],
            load["NORMAL"],
            load["FULL"] / load["NORMAL"],
            IMPORT_RATIO_LIMIT,
        ),  # fmt: skip
    ]


if __name__ == "__main__":
    OUT = ROOT / "bench" / "out"
    OUT.mkdir(parents=True, exist_ok=True)
    for row in main(OUT / "unused", OUT):
        print(row)
