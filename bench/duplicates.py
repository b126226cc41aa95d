"""The duplicate scan on the 100k-member workspace (≤ 10 s in the background task, cancellable), with
2,000 planted duplicates: the same phone under the pinyin spelling of the name (张三 → "Zhang San"),
and 500 typed twice with a typo in a shared organisation."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import threading
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
N_PLANTED, N_TYPOS = 2000, 500


def build(big: Path, out: Path) -> Path:
    """Generated with the driver (not timed)."""
    import random

    target = out / "duplicates.beehive"
    if target.exists():
        return target
    shutil.copy(big, out / "duplicates.tmp")
    con = sqlite3.connect(out / "duplicates.tmp")
    rnd = random.Random(3)
    members = con.execute("SELECT id, name, sort_key, city FROM member ORDER BY id").fetchall()
    phones = dict(con.execute("SELECT member_id, value FROM member_identity WHERE kind = 'phone'").fetchall())
    for original, _name, sort_key, city in rnd.sample(members, N_PLANTED):
        latin = sort_key.title()
        cur = con.execute(
            "INSERT INTO member (community_id, name, sort_key, search_text, city, organisation, title, interests,"
            " specialties, tags, joined_on, status, status_on, status_reason, notes, uuid)"
            " VALUES (1, ?, ?, ?, ?, '', '', '', '', '', '', 'active', '', '', '', ?)",
            (latin, sort_key, latin.lower(), city, uuid.uuid4().hex),
        )
        mid = cur.lastrowid
        phone = phones.get(original)
        if phone:
            con.execute("INSERT INTO member_identity (member_id, kind, value, uuid) VALUES (?, 'phone', ?, ?)",
                        (mid, phone, uuid.uuid4().hex))  # fmt: skip
    for n in range(N_TYPOS):
        org = f"Company {n:04d}"
        for spelling in ("Jonathan Miller", "Jonathon Miller"):
            con.execute(
                "INSERT INTO member (community_id, name, sort_key, search_text, city, organisation, title,"
                " interests, specialties, tags, joined_on, status, status_on, status_reason, notes, uuid)"
                " VALUES (1, ?, ?, ?, '', ?, '', '', '', '', '', 'active', '', '', '', ?)",
                (f"{spelling} {n}", spelling.lower(), spelling.lower(), org, uuid.uuid4().hex),
            )
    con.commit()
    con.close()
    (out / "duplicates.tmp").rename(target)
    return target


def main(big: Path, out: Path) -> list[tuple]:
    from desktop.services.core.database import Database
    from desktop.services.core.progress import Progress
    from desktop.services.members.duplicates import find_duplicates

    target = build(big, out)
    db = Database(target)
    find_duplicates(db, 1)  # warm-up: file cache and pinyin table, not our code
    start = time.perf_counter()
    found = find_duplicates(db, 1, Progress())
    scan = time.perf_counter() - start
    planted = sum(1 for c in found if "same_phone" in c.reasons)
    progress = Progress()
    stopped_at: list[float] = []

    def run() -> None:
        try:
            find_duplicates(db, 1, progress)
        except Exception:  # Cancelled
            stopped_at.append(time.perf_counter())

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(min(scan / 2, 2.0))
    asked = time.perf_counter()
    progress.cancel()
    worker.join()
    stopped = (stopped_at[0] if stopped_at else time.perf_counter()) - asked
    db.close()
    return [
        ("duplicate scan, 100k members (s)", scan, 10.0, scan / 10.0, 1.0),
        (f"  pairs found ({planted} by planted phone)", float(len(found)), None, None, None),
        ("  cancel -> scan stopped (s)", stopped, 1.0, stopped, 1.0),
    ]
