"""`make bench`: the speeds named in the issues, as ratios against their limits, printed as a table.

Generated data lives in bench/out/ (ignored by git). Whole-process timings are medians of several runs.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
N_MEMBERS = int(os.environ.get("BENCH_MEMBERS", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BEEHIVE_DATA_DIR": str(OUT / "data")}
sys.path.insert(0, str(ROOT))


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(fn, runs: int = RUNS) -> float:
    fn()  # warm-up: the first run pays for cold file caches, not for our code
    return statistics.median(fn() for _ in range(runs))


def peak_rss_mb(cmd: list[str]) -> float:
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *cmd], env=ENV, capture_output=True, text=True, check=True
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def prepare() -> tuple[Path, Path, Path]:
    """A 100k-member workspace, its CSV export, and an empty workspace to import into."""
    from desktop.services.core.database import Database
    from desktop.services.demo import create_demo
    from desktop.services.members.export import export_members

    OUT.mkdir(parents=True, exist_ok=True)
    big, csv, empty = OUT / f"big{N_MEMBERS}.beehive", OUT / f"members{N_MEMBERS}.csv", OUT / "empty.beehive"
    if not big.exists():
        print(f"generating {N_MEMBERS} members…", flush=True)
        db = Database(big)
        cid = create_demo(db, N_MEMBERS)
        export_members(db, cid, csv)
        db.close()
    for path in (big, empty):  # bring cached files to the current schema before anything is timed
        if path.exists():
            Database(path).close()
    if not empty.exists():
        from desktop.services.communities import Communities

        db = Database(empty)
        Communities(db).ensure("")
        db.close()
    return big, csv, empty


def bench_launch(big: Path) -> list[tuple]:
    png = OUT / "shot.png"
    bare = median_of(lambda: timed([sys.executable, str(ROOT / "bench" / "bare_window.py"), str(png)]))
    ours = median_of(lambda: timed([str(BIN / "beehive"), "--db", str(big), "--screenshot", str(png)]))
    bare_mem = peak_rss_mb([sys.executable, str(ROOT / "bench" / "bare_window.py"), str(png)])
    our_mem = peak_rss_mb([str(BIN / "beehive"), "--db", str(big), "--screenshot", str(png)])
    return [
        ("launch to first paint, 100k members (s)", ours, bare, ours / bare, 2.5),
        ("peak memory over bare window (MB)", our_mem - bare_mem, 150.0, (our_mem - bare_mem) / 150.0, 1.0),
    ]


def bench_import(csv: Path, empty: Path) -> list[tuple]:
    def sqlite_import() -> float:
        target = OUT / "plain.sqlite"
        target.unlink(missing_ok=True)
        return timed(["sqlite3", str(target), ".mode csv", f".import {csv} t"])

    def beehive_import() -> float:
        target = OUT / "import.beehive"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(empty, target)
        return timed([str(BIN / "beehive"), "--db", str(target), "import", "members", str(csv)])

    base = median_of(sqlite_import)
    ours = median_of(beehive_import, max(3, RUNS // 2))
    return [("import 100k-row CSV (s)", ours, base, ours / base, 5.0)]


def bench_write_floor(big: Path, empty: Path, baseline: float) -> list[tuple]:
    """The same 100k members and their contacts written straight into the real schema with the
    driver (no parsing, validation, matching or journal): the floor any import of them has here."""
    src = sqlite3.connect(big)
    members = src.execute("SELECT * FROM member").fetchall()
    idents = src.execute("SELECT * FROM member_identity").fetchall()
    indexes = src.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ('member', 'member_identity')"
        " AND name NOT IN ('ix_member_inviter_id', 'ix_member_identity_member_id')"
    ).fetchall()
    src.close()

    def once() -> float:
        target = OUT / "floor.beehive"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(empty, target)
        con = sqlite3.connect(target, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "cache_size=-65536", "foreign_keys=ON"):
            con.execute(f"PRAGMA {pragma}")
        start = time.perf_counter()
        con.execute("BEGIN")
        con.execute("PRAGMA defer_foreign_keys=ON")
        for name, _ in indexes:
            con.execute(f"DROP INDEX {name}")
        con.executemany(f"INSERT INTO member VALUES ({','.join('?' * len(members[0]))})", members)
        con.executemany("INSERT INTO member_identity VALUES (?,?,?,?,?)", idents)
        for _, sql in indexes:
            con.execute(sql)
        con.execute("COMMIT")
        con.close()
        return time.perf_counter() - start

    floor = median_of(once, 3)
    return [("  of which: bare SQLite writes of those rows (s)", floor, baseline, floor / baseline, 5.0)]


def bench_filter(big: Path) -> list[tuple]:
    from desktop.services.core.database import Database
    from desktop.services.members.queries import MemberQueries, like_pattern

    db = Database(big)
    queries = MemberQueries(db)
    raw = sqlite3.connect(big)
    sql = (
        "SELECT id FROM member WHERE community_id = ? AND search_text LIKE ? ESCAPE '\\' "
        "ORDER BY sort_key, id"
    )
    rows = []
    for term in ("zs", "wang", "wx_0123", "读书"):
        ours = statistics.median(_clock(lambda t=term: queries.ordered_ids(1, t)) for _ in range(15))
        base = statistics.median(
            _clock(lambda t=term: raw.execute(sql, (1, like_pattern(t))).fetchall()) for _ in range(15)
        )
        rows.append((f"filter '{term}' vs raw SQL (ms)", ours * 1000, base * 1000, ours / base, 1.5))
        rows.append((f"filter '{term}' median (ms)", ours * 1000, 50.0, ours * 1000 / 50.0, 1.0))
    db.close()
    return rows


def bench_structure(big: Path, module: str = "structure") -> list[tuple]:
    """In a child process: it needs a QApplication, and its timings should not share this one's heap."""
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import {module}, json; from pathlib import Path; print(json.dumps({module}.main(Path({str(big)!r}), Path({str(OUT)!r}))))"
    done = subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, text=True, check=True)
    import json

    return [tuple(r) for r in json.loads(done.stdout.strip().splitlines()[-1])]


def _clock(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    big, csv, empty = prepare()
    imports = bench_import(csv, empty)
    rows = bench_launch(big) + imports + bench_write_floor(big, empty, imports[0][2]) + bench_filter(big)
    rows += bench_structure(big)
    rows += bench_structure(big, "events")
    rows += bench_structure(big, "health")
    rows += bench_structure(big, "duplicates")
    rows += bench_structure(big, "durability")
    rows += bench_structure(big, "team")  # PostgreSQL at 1,000,000 members (bench/team.py)
    print(f"\n{'measure':44} {'ours':>10} {'baseline':>10} {'ratio':>7} {'limit':>6}  ok")
    for name, ours, base, ratio, limit in rows:
        if limit is None:  # a figure for context, under no limit of its own (a ratio to its baseline, if any)
            base_s, ratio_s = ("", "") if ratio is None else (f"{base:10.3f}", f"{ratio:7.2f}")
            print(f"{name:44} {ours:10.3f} {base_s:>10} {ratio_s:>7} {'—':>6}  (context)")
            continue
        print(
            f"{name:44} {ours:10.3f} {base:10.3f} {ratio:7.2f} {limit:6.2f}  {'yes' if ratio <= limit else 'NO'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
