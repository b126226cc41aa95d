"""A team workspace on PostgreSQL at 1,000,000 members (issue 15), on a local server started here:
type-to-filter as the members view runs it (≤ 50 ms median), launch to the first painted members view
(≤ 1.5 s), an edit visible in a second client (≤ 1 s), five clients editing different members at once
(0 lost edits, 0 deadlocks shown to a user). The server and its database stay in bench/out/pg, so only
the first run pays for building it. BENCH_TEAM_MEMBERS and BENCH_TEAM_SECONDS shrink it for a try."""

from __future__ import annotations

import multiprocessing
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
N = int(os.environ.get("BENCH_TEAM_MEMBERS", "1000000"))
SECONDS = float(os.environ.get("BENCH_TEAM_SECONDS", "60"))
CLIENTS = 5
POOL = 3000  # distinct names; each member gets one and a number of its own


def server(out: Path):
    from tests.pg_server import Cluster, binaries

    bindir = binaries()
    if bindir is None:
        return None, None
    cluster = Cluster(out / "pg", bindir)
    base = cluster.start(throwaway=False)  # fsync on: the edits are measured as a real server writes
    return cluster, base.rsplit("/", 1)[0] + f"/bench{N}"


def build(url: str) -> None:
    import psycopg

    from desktop.services.core.database import Database
    from models.members import search_text
    from models.pinyin import name_keys
    from tests.pg_server import autocommit

    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as con:
        exists = con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (url.rsplit("/", 1)[1],)).fetchone()
    if exists:
        with psycopg.connect(url) as con:
            if con.execute("SELECT count(*) FROM member").fetchone()[0] == N:
                return
        autocommit(admin, f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    autocommit(admin, f'CREATE DATABASE "{url.rsplit("/", 1)[1]}"')
    Database(url).close()  # the migrations, the search index
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", ["子涵", "雨桐", "浩然", "欣怡", "梓萱", "俊杰", "思远", "嘉怡",
                                                               "明", "伟", "芳", "静", "磊", "洋", "艳"]  # fmt: skip
    western = ["Anna Lee", "Tom Chen", "Mary Wang", "David Zhang", "Lucy Liu"]
    names = [s + g for s in surnames for g in given] + western
    pool = [(i, names[i % len(names)] + ("" if i < len(names) else str(i // len(names))))
            for i in range(POOL)]  # fmt: skip
    with psycopg.connect(url) as con:
        con.execute("CREATE TEMP TABLE pool (i int, name text, sort_key text, search_text text)")
        with con.cursor().copy("COPY pool FROM STDIN") as copy:
            for i, name in pool:
                copy.write_row((i, name, name_keys(name)[0], search_text(name, [], "")))
        con.execute("INSERT INTO community (id, uuid, name, purpose, values_text, rule_entry, rule_removal,"
                    " rule_activity, management_mode, created_on, wanted_specialties, event_kinds, output_kinds,"
                    " output_roles, stalled_days, attendance_words, health_settings, private_fields)"
                    " VALUES (1, md5('c'), '万人读书会', '', '', '', '', '', 'centralised', '', '', '', '', '', 30,"
                    " '', '', '')")  # fmt: skip
        con.execute(
            "INSERT INTO member (id, uuid, community_id, name, sort_key, search_text, city, organisation, title,"
            " interests, specialties, tags, joined_on, status, status_on, status_reason, notes, erased_on)"
            " SELECT g, md5(g::text), 1, p.name, p.sort_key || ' ' || lpad(g::text, 7, '0'),"
            " p.search_text || ' 138' || lpad(g::text, 8, '0'), '上海', '', '', '', '', '', '2025-01-01',"
            " 'active', '', '', '', '' FROM generate_series(1, %s) g JOIN pool p ON p.i = g %% %s",
            (N, POOL),
        )
        con.execute("INSERT INTO member_identity (id, uuid, member_id, kind, value)"
                    " SELECT id, md5('i' || id), id, 'phone', '+86138' || lpad(id::text, 8, '0') FROM member")
        for seq in ("member", "member_identity", "community"):
            con.execute(f"SELECT setval(pg_get_serial_sequence('{seq}', 'id'), (SELECT max(id) FROM {seq}))")
    autocommit(url, "VACUUM ANALYZE")


def bench_filter(url: str) -> list[tuple]:
    from desktop.services.container import open_services

    services = open_services(url)
    rows = []
    try:
        for term in ("zs", "wang", "13800012345", "读书", "zhang zi"):
            times = []
            for _ in range(15):
                start = time.perf_counter()
                services.members.count(1, term)  # the view's first screen: the count and the first rows
                services.members.ordered_ids(1, term, limit=100)
                times.append(time.perf_counter() - start)
            ms = statistics.median(times) * 1000
            rows.append((f"team {N // 1000}k: filter '{term}' median (ms)", ms, 50.0, ms / 50.0, 1.0))
    finally:
        services.db.close()
    return rows


def bench_launch(url: str, out: Path) -> list[tuple]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BEEHIVE_DATA_DIR": str(out / "data")}
    exe = [sys.executable, "-m", "desktop", "--db", url, "--view", "members", "--screenshot", str(out / "team.png")]

    def once() -> float:
        start = time.perf_counter()
        subprocess.run(exe, env=env, check=True, capture_output=True, cwd=ROOT)
        return time.perf_counter() - start

    seconds = statistics.median(once() for _ in range(3))
    return [(f"team {N // 1000}k: launch to first paint (s)", seconds, 1.5, seconds / 1.5, 1.0)]


def bench_second_client(url: str) -> list[tuple]:
    """From the first client's write to the second client's change signal (its ChangeHub, as the open
    window receives it: LISTEN/NOTIFY, then the hub's 200 ms timer)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.services.container import open_services
    from desktop.services.drafts import MemberDraft

    app = QCoreApplication.instance() or QCoreApplication([])
    a, b = open_services(url), open_services(url)
    seen: set[int] = set()
    b.changes.changed.connect(lambda changes: seen.update(changes.keys("member")))
    delays = []
    try:
        b.db.remote_changes()  # listening
        for i in range(10):
            mid = 1000 + i
            name = a.members.get(mid).name
            start = time.perf_counter()
            a.member_writes.update(mid, MemberDraft(name=name, city=f"杭州{time.time_ns()}"))  # a new value each run
            while mid not in seen and time.perf_counter() - start < 5:
                app.processEvents()
                time.sleep(0.002)
            delays.append(time.perf_counter() - start)
    finally:
        a.db.close()
        b.db.close()
    s = statistics.median(delays)
    return [(f"team {N // 1000}k: edit seen by 2nd window (s)", s, 1.0, s, 1.0)]


def _client(url: str, k: int, seconds: float, results) -> None:
    os.environ["QT_LOGGING_RULES"] = "*.warning=false"  # no event loop here: the hub's timer complains
    from desktop.errors import DomainError
    from desktop.services.container import open_services
    from desktop.services.drafts import MemberDraft

    services = open_services(url)
    written, errors, n = {}, [], 0
    ids = list(range(10_000 + k * 100, 10_000 + k * 100 + 100))
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        mid = ids[n % len(ids)]
        city = f"c{k}-{n}"
        try:
            services.member_writes.update(mid, MemberDraft(name=f"成员{mid}", city=city))
            written[mid] = city
        except DomainError as e:  # what a user would be shown
            errors.append(e.code)
        n += 1
    services.db.close()
    results.put((written, errors, n))


def bench_five_clients(url: str) -> list[tuple]:
    import psycopg

    results = multiprocessing.get_context("spawn").Queue()
    procs = [multiprocessing.get_context("spawn").Process(target=_client, args=(url, k, SECONDS, results))
             for k in range(CLIENTS)]  # fmt: skip
    for p in procs:
        p.start()
    done = [results.get(timeout=SECONDS + 120) for _ in procs]
    for p in procs:
        p.join()
    written = {m: c for w, _e, _n in done for m, c in w.items()}
    shown = sum(len(e) for _w, e, _n in done)
    edits = sum(n for _w, _e, n in done)
    with psycopg.connect(url) as con:
        stored = dict(con.execute("SELECT id, city FROM member WHERE id = ANY(%s)", (list(written),)).fetchall())
    lost = sum(1 for m, c in written.items() if stored.get(m) != c)
    return [
        (f"team: {CLIENTS} clients, {SECONDS:.0f} s: edits made", float(edits), None, None, None),
        (f"team: {CLIENTS} clients: lost edits", float(lost), 0.0, float(lost), 0.0),
        (f"team: {CLIENTS} clients: errors shown", float(shown), 0.0, float(shown), 0.0),
    ]


def main(_big: Path, out: Path) -> list[tuple]:
    cluster, url = server(out)
    if cluster is None:
        return [("team workspace (PostgreSQL not installed)", 0.0, None, None, None)]
    try:
        start = time.perf_counter()
        build(url)
        built = time.perf_counter() - start
        rows = [(f"team {N // 1000}k: database built (s)", built, None, None, None)]
        return rows + bench_filter(url) + bench_launch(url, out) + bench_second_client(url) + bench_five_clients(url)
    finally:
        cluster.stop()


if __name__ == "__main__":
    import json

    print(json.dumps(main(Path(), ROOT / "bench" / "out")))
