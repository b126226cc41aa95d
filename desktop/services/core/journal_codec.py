"""How a step's changes are kept in journal_step.changes (no SQLAlchemy, no Qt: the window reads
the journal through the plain driver). The text is one of:
  "[…]"   the JSON list of [table, key, before, after] (plain, searchable by the History's filter)
  "z:…"   the same list, zlib-compressed and base64 (a step whose JSON passes COMPRESS_FROM)
  "{…}"   a summary, not undoable after a restart: {"kept": "big" | "forgotten", "count": N,
          "changes": the first SUMMARY_CHANGES entries (values wiped, {} or null, when forgotten)}
Measured on a 100,000-row members import (399,598 changes): the full JSON is 92 MB and costs 2.4 s,
zlib 0.5 s more, on an 8.6 s import. So steps past BIG_STEP keep a summary only; such an import can
be undone until the window closes, and after that through the backup taken before every import.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterable, Sequence

from desktop.services.core.changeset import MEMBER_LINKS, Change

BIG_STEP = 20_000  # changes; bigger steps keep a summary only (about 0.15 s of JSON at this size)
SUMMARY_CHANGES = 300  # changes a summary keeps for the History
COMPRESS_FROM = 64 * 1024  # characters of JSON
FORGOTTEN = '{"kept":"forgotten"'


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode(changes: Sequence[Change]) -> str:
    if len(changes) > BIG_STEP:
        head = [list(c) for c in changes[:SUMMARY_CHANGES]]
        return _dumps({"kept": "big", "count": len(changes), "changes": head})
    text = _dumps([list(c) for c in changes])
    if len(text) >= COMPRESS_FROM:
        return "z:" + base64.b64encode(zlib.compress(text.encode("utf-8"), 1)).decode("ascii")
    return text


def _plain(text: str) -> str:
    return zlib.decompress(base64.b64decode(text[2:])).decode("utf-8") if text.startswith("z:") else text


def undoable(text: str) -> bool:
    return text.startswith(("[", "z:"))


def decode(text: str) -> tuple[Change, ...] | None:
    """The step's changes, or None when only a summary was kept (a big step, or forgotten)."""
    if not undoable(text):
        return None
    return tuple(Change(t, k, b, a) for t, k, b, a in json.loads(_plain(text)))


def summary(text: str, limit: int) -> tuple[list[Change], int]:
    """The first `limit` changes for the History and how many the step has in all."""
    if undoable(text):
        plain = _plain(text)
        entries = json.loads(plain)
        return [Change(*e) for e in entries[:limit]], len(entries)
    kept = json.loads(text) if text else {"count": 0, "changes": []}
    return [Change(*e) for e in kept["changes"][:limit]], kept["count"]


def members_of(changes: Iterable[Change]) -> str:
    """The members a step touched, as " 12 15 " (their rows or rows linked to them), for the filter."""
    out: set[int] = set()
    for c in changes:
        if c.table == "member":
            out.add(c.key)
        elif (columns := MEMBER_LINKS.get(c.table)) is not None:
            for rec in (c.before, c.after):
                if rec:
                    out.update(rec.get(col) for col in columns)
    out.discard(None)
    return " " + " ".join(str(m) for m in sorted(out)) + " " if out else ""


def forgotten_text(text: str) -> str:
    """The summary kept once a step's values are wiped: which rows changed, not what they held."""
    head, count = summary(text, SUMMARY_CHANGES)
    entries = [
        [c.table, c.key, None if c.before is None else {}, None if c.after is None else {}] for c in head
    ]
    return _dumps({"kept": "forgotten", "count": count, "changes": entries})
