"""The duplicate scan: candidate pairs of one community, scored by models.duplicates.

Never all n² pairs: pairs come from blocks — members sharing an identity value (one SQL query), members
whose name keys are equal (buckets), and members whose names are close (rapidfuzz `cdist` inside a
block of one surname and length, or one Latin word). Only those pairs are scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.services.core.database import Database
from desktop.services.core.progress import Progress
from desktop.services.core.step_labels import LABELS
from models.duplicates import (
    IDENTITY_REASONS,
    MIN_SCORE,
    SIMILAR_AT,
    ceiling,
    name_keys,
    pair_reasons,
    plain,
    score,
)
from models.errors import ValidationError

# A value (or a name) shared by more members than this names no one person — a placeholder phone
# like 13800000000, or 王伟 in a city: every pair of them would bury the real candidates.
MAX_SHARED = 40
CDIST_ROWS = 400  # rows of one rapidfuzz cdist call: bounds memory and keeps Cancel responsive


@dataclass(frozen=True)
class Candidate:
    a_id: int  # the lower id
    b_id: int
    a_name: str
    b_name: str
    score: int
    reasons: tuple[str, ...]


@dataclass
class _Members:
    ids: list[int]
    names: list[str]
    places: list[tuple[str, str]]  # (city, organisation)
    cities: list[str]  # compared as models.duplicates.plain spells them; "" for none
    organisations: list[str]


def _load(db: Database, community_id: int) -> _Members:
    rows = db.query(
        "SELECT id, name, city, organisation FROM member WHERE community_id = ? ORDER BY id", (community_id,)
    )
    return _Members([r[0] for r in rows], [r[1] for r in rows], [(r[2], r[3]) for r in rows],
                    [plain(r[2]) for r in rows], [plain(r[3]) for r in rows])  # fmt: skip


def shared_identities(db: Database, community_id: int) -> dict[tuple[int, int], set[str]]:
    """(lower id, higher id) → identity kinds whose value both members have. The values held more than
    once are found on the (kind, value) index alone; only their few rows come back to be paired here."""
    kinds = tuple(IDENTITY_REASONS)
    rows = db.query(
        "WITH shared AS (SELECT kind, value FROM member_identity"
        f"   WHERE kind IN ({','.join('?' * len(kinds))}) GROUP BY kind, value HAVING count(*) > 1)"
        " SELECT i.kind, i.value, i.member_id FROM shared s"
        " JOIN member_identity i ON i.kind = s.kind AND i.value = s.value"
        " JOIN member m ON m.id = i.member_id WHERE m.community_id = ?",
        (*kinds, community_id),
    )
    groups: dict[tuple[str, str], set[int]] = defaultdict(set)
    for kind, value, mid in rows:
        groups[(kind, value)].add(mid)
    out: dict[tuple[int, int], set[str]] = defaultdict(set)
    for (kind, _value), members in groups.items():
        if 1 < len(members) <= MAX_SHARED:
            ordered = sorted(members)
            for x, a in enumerate(ordered):
                for b in ordered[x + 1 :]:
                    out[(a, b)].add(kind)
    return out


def _bucket_pairs(buckets: Iterable[list[int]], pairs: set[tuple[int, int]]) -> None:
    for members in buckets:
        if 1 < len(members) <= MAX_SHARED:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    pairs.add((i, j) if i < j else (j, i))


def _name_pairs(keys: list, pairs: set[tuple[int, int]]) -> None:
    """Pairs (as indexes) whose exact name or pinyin is equal, or a Chinese name read given name first."""
    exact, sound, latin = defaultdict(list), defaultdict(list), defaultdict(list)
    for i, k in enumerate(keys):
        if k.exact:
            exact[k.exact].append(i)
        if k.pinyin:
            sound[k.pinyin].append(i)
            if not k.han:
                latin[k.pinyin].append(i)
    _bucket_pairs(exact.values(), pairs)
    _bucket_pairs(sound.values(), pairs)
    for i, k in enumerate(keys):  # 张三 and "San Zhang"
        found = latin.get(k.pinyin_alt) if k.han and k.pinyin_alt else None
        if found and len(found) <= MAX_SHARED:
            pairs.update((min(i, j), max(i, j)) for j in found)


def _fuzzy_pairs(keys: list, pairs: set[tuple[int, int]], progress: Progress, done: int, total: int) -> None:
    """Close names inside each block, compared once per distinct spelling with rapidfuzz."""
    import numpy as np
    from rapidfuzz import fuzz, process

    blocks: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, k in enumerate(keys):
        for block in k.blocks:
            blocks[block][k.fuzzy].append(i)
    for n, spellings in enumerate(blocks.values()):
        if n % 200 == 0:
            progress.step(done + n * (total - done) // max(len(blocks), 1), 100)
        if len(spellings) < 2:
            continue
        texts = list(spellings)
        groups = list(spellings.values())
        for start in range(0, len(texts), CDIST_ROWS):
            found = process.cdist(texts[start : start + CDIST_ROWS], texts[start:], scorer=fuzz.ratio,
                                  score_cutoff=SIMILAR_AT, dtype=np.uint8, workers=-1)  # fmt: skip
            for r, c in zip(*np.nonzero(found), strict=True):
                x, y = start + int(r), start + int(c)
                if y > x and len(groups[x]) * len(groups[y]) <= MAX_SHARED * MAX_SHARED:
                    pairs.update((min(i, j), max(i, j)) for i in groups[x] for j in groups[y])
            progress.step(done + n * (total - done) // max(len(blocks), 1), 100)


def not_duplicates(db: Database, community_id: int) -> set[tuple[int, int]]:
    rows = db.query("SELECT a_id, b_id FROM not_duplicate WHERE community_id = ?", (community_id,))
    return {(a, b) for a, b in rows}


def find_duplicates(db: Database, community_id: int, progress: Progress | None = None) -> list[Candidate]:
    """Candidate pairs, best first; pairs marked "not a duplicate" never come back."""
    progress = progress or Progress()
    progress.step(0, 100)
    with db.cancellable(progress):
        members = _load(db, community_id)
        progress.step(10, 100)
        shared = shared_identities(db, community_id)
        refused = not_duplicates(db, community_id)
    progress.step(25, 100)
    keys = [name_keys(n) for n in members.names]
    index = {mid: i for i, mid in enumerate(members.ids)}
    pairs = {(index[a], index[b]) for a, b in shared}
    _name_pairs(keys, pairs)
    progress.step(40, 100)
    _fuzzy_pairs(keys, pairs, progress, 40, 90)
    out = []
    ids, names, places = members.ids, members.names, members.places
    cities, orgs = members.cities, members.organisations
    names_only = {(c, o): ceiling((), c, o) for c in (False, True) for o in (False, True)}
    for n, (i, j) in enumerate(pairs):
        if n % 50000 == 0:
            progress.step(90 + 10 * n // max(len(pairs), 1), 100)
        a, b = ids[i], ids[j]
        kinds = shared.get((a, b), ())
        same = (cities[i] == cities[j] != "", orgs[i] == orgs[j] != "")
        if (ceiling(kinds, *same) if kinds else names_only[same]) < MIN_SCORE:
            continue  # cheaper than comparing the names: most name-bucket pairs stop here
        if (a, b) in refused:
            continue
        reasons = pair_reasons(names[i], names[j], kinds, places[i], places[j])
        value = score(reasons)
        if value >= MIN_SCORE:
            out.append(Candidate(a, b, names[i], names[j], value, reasons))
    progress.step(100, 100)
    out.sort(key=lambda c: (-c.score, c.a_name, c.a_id, c.b_id))
    return out


def mark_not_duplicate(db: Database, a_id: int, b_id: int) -> None:
    """Remember that two members are different people (one undo step)."""
    a, b = min(a_id, b_id), max(a_id, b_id)
    found = db.query("SELECT DISTINCT community_id FROM member WHERE id IN (?, ?)", (a, b))
    if a == b or len(found) != 1:
        raise ValidationError("not_a_pair", "member", f"{a_id} {b_id}")
    community_id = found[0][0]
    if (a, b) in not_duplicates(db, community_id):
        return
    with db.write(LABELS.not_duplicate()) as uow:
        uow.insert_one("not_duplicate", community_id=community_id, a_id=a, b_id=b)


class Duplicates:
    """What the window asks of the duplicate finder and merge, with the database filled in."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def find(self, community_id: int, progress: Progress | None = None) -> list[Candidate]:
        return find_duplicates(self.db, community_id, progress)

    def not_duplicate(self, a_id: int, b_id: int) -> None:
        mark_not_duplicate(self.db, a_id, b_id)

    def merge(self, survivor_id: int, other_id: int, chosen: dict | None = None) -> None:
        from desktop.services.members.merge import merge

        merge(self.db, survivor_id, other_id, chosen)

    def merge_identical(self, community_id: int) -> int:
        from desktop.services.members.merge import bulk_merge_identical

        return bulk_merge_identical(self.db, community_id)
