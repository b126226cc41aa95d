"""Reading a take-out file (read-only): its marker, baseline and the rows the door holds now."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.services.core import storage
from desktop.services.core.cipher import driver
from models.errors import ValidationError


@dataclass
class DoorFile:
    path: Path
    marker: dict
    baseline: dict
    event: dict
    attendance: dict[str, dict]  # uuid → row (with "member": the member's uuid)
    members: dict[str, dict]  # uuid → row
    identities: dict[str, list[tuple[str, str, str]]]  # member uuid → (uuid, kind, value)


def read_door(path: Path) -> DoorFile:
    path = Path(path)
    storage.read_revision(path)  # not a workspace, a newer Beehive's, damaged: WorkspaceError
    con = driver.connect(path, read_only=True)
    con.row_factory = sqlite3.Row
    try:
        try:
            marker = con.execute("SELECT * FROM offline_take_out ORDER BY id LIMIT 1").fetchone()
        except driver.ERRORS:
            marker = None
        if marker is None:
            raise ValidationError("offline_not_a_take_out", "file", str(path))
        marker = dict(marker)
        event = con.execute("SELECT * FROM event WHERE uuid = ?", (marker["event_uuid"],)).fetchone()
        if event is None:
            raise ValidationError("offline_not_a_take_out", "file", str(path))
        members = {r["uuid"]: dict(r) for r in con.execute("SELECT * FROM member")}
        by_id = {m["id"]: u for u, m in members.items()}
        attendance = {r["uuid"]: {**dict(r), "member": by_id[r["member_id"]]}
                      for r in con.execute("SELECT * FROM attendance WHERE event_id = ?", (event["id"],))}  # fmt: skip
        identities: dict[str, list[tuple[str, str, str]]] = {}
        for r in con.execute("SELECT uuid, member_id, kind, value FROM member_identity ORDER BY id"):
            identities.setdefault(by_id[r["member_id"]], []).append((r["uuid"], r["kind"], r["value"]))
    finally:
        con.close()
    return DoorFile(
        path, marker, json.loads(marker["baseline"]), dict(event), attendance, members, identities
    )
