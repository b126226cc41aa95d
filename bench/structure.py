"""Structure benchmarks: layout + first paint of 2,000 units over 100k members, a split of a
2,000-member unit with 20,000 ties, and the drag round trip (service write + scene update)."""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(big: Path, out: Path) -> Path:
    """Copy the 100k workspace and add a 12-wide tree of 2,000 units, members spread over them."""
    import shutil

    from desktop.services.core.database import Database
    from models.base import new_uuids

    target = out / "structure.beehive"
    if target.exists():
        return target
    shutil.copy(big, target)
    db = Database(target)
    with db.write("bench units") as uow:
        ids = uow.new_ids("unit", 2000)
        uuids = new_uuids(2000)
        uow.insert("unit", [{"id": i, "uuid": u, "community_id": 1, "name": f"unit {n}", "kind": "pyramid",
                             "parent_id": ids[(n - 1) // 12] if n else None, "lead_id": None, "cap": 40,
                             "management_mode": "subgroups", "notes": ""}
                            for n, (i, u) in enumerate(zip(ids, uuids, strict=True))])  # fmt: skip
        members = [r[0] for r in uow.conn.exec_driver_sql("SELECT id FROM member ORDER BY id")]
        keys = uow.new_ids("unit_member", len(members))
        uow.insert("unit_member", [{"id": k, "uuid": u, "unit_id": ids[n % 2000], "member_id": m, "is_primary": True}
                                   for n, (k, u, m) in enumerate(zip(keys, new_uuids(len(members)), members, strict=True))])  # fmt: skip
    db.close()
    return target


def main(big: Path, out: Path) -> list[tuple]:
    from PySide6.QtWidgets import QApplication

    from desktop.services.container import open_services
    from models.structure import propose_split
    from ui.structure.view import StructureView

    app = QApplication.instance() or QApplication([])
    path = build(big, out)
    services = open_services(path)
    start = time.perf_counter()
    view = StructureView(services, 1)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    view.grab()
    first_paint = time.perf_counter() - start

    rnd = random.Random(5)
    members = list(range(2000))
    ties = [(rnd.randrange(2000), rnd.randrange(2000), rnd.randint(1, 10)) for _ in range(20000)]
    splits = []
    for _ in range(3):
        t = time.perf_counter()
        propose_split(members, ties, 40)
        splits.append(time.perf_counter() - t)

    units = services.structure.units(1)
    leaf, parents = units[-1].id, [units[1].id, units[2].id]
    drags = []
    for n in range(9):
        t = time.perf_counter()
        services.structure_writes.move_unit(leaf, parents[n % 2])
        app.processEvents()
        drags.append(time.perf_counter() - t)
    services.close()
    return [
        ("structure: layout + first paint, 2k units (s)", first_paint, 1.0, first_paint / 1.0, 1.0),
        (
            "structure: split 2k members / 20k ties (s)",
            statistics.median(splits),
            2.0,
            statistics.median(splits) / 2.0,
            1.0,
        ),
        (
            "structure: drag round trip (ms)",
            statistics.median(drags) * 1000,
            50.0,
            statistics.median(drags) * 20,
            1.0,
        ),
    ]
