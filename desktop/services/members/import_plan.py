"""Member import: parse every row, match to existing members, resolve inviters, write all or nothing.

plan_import() reads and decides (no writes); apply_import() writes the plan as one undo step.
Matching order: the row's UUID, then email/phone/WeChat ID, then (for rows with none of those)
an existing member of the same name not yet claimed by this import.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.progress import Progress
from desktop.services.members.column_matching import (
    CUSTOM,
    NAMING_FIELDS,
    match_columns,
    member_header_score,
    override_columns,
)
from desktop.services.members.custom_values_import import fill_custom
from desktop.services.members.import_conflicts import (
    DECISIONS,
    KEEP,
    MERGE,
    SKIP,
    Conflict,
    Decisions,
    member_names,
    same_person,
)
from desktop.services.members.import_row import ParsedRow, layout_of, parse_row
from desktop.services.members.import_sheets import LINE_BASE, SheetInfo, choose_sheets, where
from desktop.services.members.preset_values import choose_source
from desktop.services.members.presets import AUTO, BY_KEY, NONE
from desktop.services.transfer.limits import column_fields, row_problem
from desktop.services.transfer.results import Rejected
from desktop.services.transfer.tabular import read_sheets
from models.contact import reference_keys
from models.errors import DomainError, ValidationError
from models.members import check_inviter
from models.schema import MATCHING_KINDS, Member, MemberIdentity

SAMPLE_ROWS = 20
M = Member.__table__
I = MemberIdentity.__table__  # noqa: E741


@dataclass
class Target:
    """One member the import writes: an existing one (member_id) or a new one."""

    member_id: int | None
    uuid: str = ""
    values: dict = field(default_factory=dict)
    identities: list[tuple[str, str]] = field(default_factory=list)
    inviter: tuple | None = None  # ("db", id) or ("new", index)
    lines: list[int] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)  # custom field name → cleaned value


@dataclass
class ImportPlan:
    community_id: int
    path: str
    encoding: str
    mapping: dict[str, str]  # header → field
    unknown_columns: list[str]
    total_rows: int
    rejected: list[Rejected]
    targets: list[Target]
    merged_lines: list[tuple[int, int]]  # (line, merged into line)
    custom_columns: dict[str, tuple[str, str]] = field(default_factory=dict)  # header → (field, kind)
    ignored_columns: list[str] = field(default_factory=list)  # unknown columns dropped (by choice or preset)
    preset: str = ""  # the recognised or chosen source (presets.BY_KEY), "" for none
    known_as: dict[str, str] = field(default_factory=dict)  # a localised header → the tool's English one
    by_layout: int = 0  # columns of a localised export read by their place in the tool's layout
    names_built: Counter = field(default_factory=Counter)  # field → rows whose name was built from it
    conflicts: list[Conflict] = field(default_factory=list)  # shared identity, other name: decided, not silent
    sheets: list[SheetInfo] = field(default_factory=list)  # every sheet of a workbook, read or not

    def where(self, line: int) -> str:
        """A row's line as the organiser finds it ("已退群!5" when several sheets were read)."""
        return where(line, self.sheets)
    headers: list[str] = field(default_factory=list)  # the file's header row as read
    sample: list[list[str]] = field(default_factory=list)  # its first rows, for the preview

    def source_own_columns(self) -> list[str]:
        """The ignored columns that are the source tool's own bookkeeping (order numbers, fees, IPs)."""
        preset = BY_KEY.get(self.preset)
        return [h for h in self.unknown_columns
                if preset and h not in self.custom_columns and preset.ignores(self.known_as.get(h, h))]  # fmt: skip

    @property
    def new_count(self) -> int:
        return sum(1 for t in self.targets if t.member_id is None)

    @property
    def matched_count(self) -> int:
        return sum(1 for t in self.targets if t.member_id is not None)


@dataclass
class Existing:
    """What matching needs from the workspace, loaded once per import."""

    identities: dict[tuple[str, str], int]
    uuids: dict[str, int]
    all_uuids: set[str]
    names: dict[str, list[int]] | None = None
    inviters: dict[int, int | None] | None = None
    member_names: dict[int, str] | None = None  # id → name, loaded when a row matches by identity


def load_existing(conn, community_id: int) -> Existing:
    ids = {}
    stmt = (
        select(I.c.kind, I.c.value, I.c.member_id)
        .join(M, M.c.id == I.c.member_id)
        .where(M.c.community_id == community_id, I.c.kind.in_(MATCHING_KINDS))
    )
    for kind, value, mid in conn.execute(stmt):
        ids.setdefault((kind, value), mid)
    uuids, all_uuids = {}, set()
    for mid, uuid, cid in conn.execute(select(M.c.id, M.c.uuid, M.c.community_id)):
        all_uuids.add(uuid)
        if cid == community_id:
            uuids[uuid] = mid
    from models.schema import MemberAlias

    A = MemberAlias.__table__  # a merged member's old UUID finds the survivor (an export from before)
    for old, mid in conn.execute(select(A.c.old_uuid, A.c.member_id).join(M, M.c.id == A.c.member_id)
                                 .where(M.c.community_id == community_id)):  # fmt: skip
        uuids.setdefault(old, mid)
    return Existing(ids, uuids, all_uuids)


def _names(conn, community_id: int, ex: Existing) -> dict[str, list[int]]:
    if ex.names is None:
        ex.names = {}
        for mid, name in conn.execute(
            select(M.c.id, M.c.name).where(M.c.community_id == community_id).order_by(M.c.id)
        ):
            ex.names.setdefault(name, []).append(mid)
    return ex.names


def _plan_import(
    db: Database,
    community_id: int,
    path: Path,
    progress: Progress | None = None,
    region: str = "CN",
    day_first: bool = False,
    encoding: str | None = None,
    columns: dict[str, str] | None = None,
    keep_unknown: bool = True,
    preset: str = AUTO,
    split_remarks: bool = False,
    conflicts: dict[int, str] | None = None,
    on_conflict: str = KEEP,
    sheet: str | None = None,
) -> ImportPlan:
    progress = progress or Progress()
    table, sheets = choose_sheets(read_sheets(path, encoding, member_header_score()), sheet)
    preset = AUTO if preset == "auto" else preset
    if preset not in (AUTO, NONE) and preset not in BY_KEY:
        raise ValidationError("unknown_preset", "preset", preset)
    source = choose_source(table.headers, [cells for _line, cells in table.rows[:SAMPLE_ROWS]], preset)
    chosen, known_as = (source.preset, source.known_as) if source else (None, table.headers)
    mapping, _ = match_columns(known_as, chosen)
    unknown = [h for i, h in enumerate(table.headers) if h and i not in mapping]
    if columns:
        mapping, unknown = override_columns(table.headers, mapping, columns)
    if not NAMING_FIELDS & {f.partition("+")[0] for f in mapping.values()}:
        error = ValidationError("no_name_column", "file", str(path))
        error.headers = table.headers  # the preview still lists the columns, so one can be made the name
        raise error
    if not table.rows:
        raise ValidationError("no_rows", "file", str(path))
    rejected: list[Rejected] = list(table.rejected)  # a broken vCard, refused by the reader
    fields = column_fields(table.headers, mapping)
    refused = [bad for line, cells in table.rows if (bad := row_problem(line, cells, fields))]
    if refused:  # a control character, an oversized cell, a row thousands of cells wide (transfer.limits)
        rejected += refused
        skipped = {r.line for r in refused}
        table = replace(table, rows=[(line, cells) for line, cells in table.rows if line not in skipped])
    parsed: list[ParsedRow] = []
    total = len(table.rows)
    layout = layout_of(mapping)
    for n, (line, cells) in enumerate(table.rows):
        if n % 2000 == 0:
            progress.step(n, total * 2)
        try:
            parsed.append(parse_row(line, cells, layout, region, day_first, split_remarks))
        except DomainError as e:
            rejected.append(Rejected(line, e.code, e.field, e.value))
    statuses = [s.status for s in sheets if s.imported]
    if any(statuses):  # rows of a sheet named 已退群 are members who left, unless the row says otherwise
        for p in parsed:
            p.values["status"] = p.values["status"] or statuses[p.line // LINE_BASE]
    with db.read() as conn:
        existing = load_existing(conn, community_id)
    excluded: set[int] = set()
    if on_conflict not in DECISIONS:
        raise ValidationError("bad_conflict_decision", "on_conflict", on_conflict)
    decisions = Decisions(conflicts or {}, on_conflict)
    targets, merged, found = _match_until_settled(db, community_id, parsed, existing, excluded, rejected, decisions)
    progress.step(total * 2, total * 2)
    header_map = {table.headers[i]: f for i, f in mapping.items()}
    plan = ImportPlan(
        community_id, str(path), table.encoding, header_map, unknown, total, rejected, targets, merged
    )
    plan.headers = table.headers
    plan.sheets = sheets
    plan.sample = [cells for _line, cells in table.rows[:SAMPLE_ROWS]]
    plan.preset = chosen.key if chosen else ""
    plan.known_as = {h: k for h, k in zip(table.headers, known_as, strict=True) if h != k}
    plan.by_layout = source.by_layout if source else 0
    plan.names_built = Counter(p.name_from for p in parsed if p.name_from != "name")
    chosen_for = columns or {}
    plan.ignored_columns = [h for h in unknown if not keep_unknown or chosen_for.get(h) == ""
                            or (chosen and chosen.ignores(plan.known_as.get(h, h)) and chosen_for.get(h) != CUSTOM)]  # fmt: skip
    if len(plan.ignored_columns) < len(unknown):
        bad = fill_custom(db, plan, table.rows, day_first)
        if bad:  # a cell that does not fit its field refuses its row, as a bad phone does
            rejected.extend(bad)
            excluded.update(r.line for r in bad)
            plan.targets, plan.merged_lines, found = _match_until_settled(
                db, community_id, parsed, existing, excluded, rejected, decisions
            )
            fill_custom(db, plan, table.rows, day_first)
    plan.conflicts = found
    rejected.sort(key=lambda r: r.line)
    return plan


def _match_until_settled(db, community_id, parsed, existing, excluded: set[int], rejected: list, decisions):
    """Match the parsed rows, re-running without rows a later check rejected until nothing changes."""
    with db.read() as conn:
        while True:
            targets, merged, late, conflicts = _match(
                conn, community_id, [p for p in parsed if p.line not in excluded], existing, decisions
            )
            if not late:
                return targets, merged, conflicts
            rejected.extend(late)
            excluded.update(r.line for r in late)


@functools.wraps(_plan_import)  # the dialog and the CLI read the options it takes from its signature
def plan_import(*args, **kwargs) -> ImportPlan:
    """Read `path` and decide, row by row, what an import would write (nothing is written)."""
    with gc_paused():
        return _plan_import(*args, **kwargs)


def _match(conn, community_id: int, rows: list[ParsedRow], ex: Existing, decisions: Decisions):
    targets: list[Target] = []
    where: dict[tuple, int] = {}  # ("db", id) / ("new", i) → index in targets
    keys: dict[tuple[str, str], tuple] = {k: ("db", v) for k, v in ex.identities.items()}
    claimed_names: set[int] = set()
    late: list[Rejected] = []
    merged: list[tuple[int, int]] = []
    row_target: dict[int, tuple] = {}
    conflicts: list[Conflict] = []
    for row in rows:
        shared = {keys[p]: p for p in row.identities if p[0] in MATCHING_KINDS and p in keys}
        found = set(shared)
        if row.uuid in ex.uuids:
            found.add(("db", ex.uuids[row.uuid]))
        if len(found) > 1:
            late.append(Rejected(row.line, "matches_several", "identity", ""))
            continue
        if found and row.uuid not in ex.uuids:  # matched by identity alone: does the name agree?
            ref = next(iter(found))
            other, other_line = _name_of(conn, community_id, ex, targets, where, ref)
            if not same_person(row.values["name"], other):
                decision = decisions.of(row.line)
                conflicts.append(Conflict(row.line, row.values["name"], other, other_line, shared[ref], decision))
                if decision == SKIP:
                    continue
                if decision == KEEP:
                    found = set()
        if not found and not row.uuid and not any(k in MATCHING_KINDS for k, _ in row.identities):
            free = [
                m
                for m in _names(conn, community_id, ex).get(row.values["name"], [])
                if m not in claimed_names
            ]
            if free:
                found.add(("db", free[0]))
        if found:
            ref = found.pop()
        else:
            ref = ("new", len(targets))
        if ref[0] == "db":
            claimed_names.add(ref[1])
        if ref not in where:
            where[ref] = len(targets)
            uuid = row.uuid if ref[0] == "new" and row.uuid not in ex.all_uuids else ""
            targets.append(Target(ref[1] if ref[0] == "db" else None, uuid))
        elif ref[0] == "new":
            merged.append((row.line, targets[where[ref]].lines[0]))
        target = targets[where[ref]]
        _merge(target, row)
        if conflicts and conflicts[-1].line == row.line and conflicts[-1].decision == MERGE:  # the other's name stays
            target.values["name"] = conflicts[-1].other
        for p in row.identities:
            if p[0] in MATCHING_KINDS:
                keys.setdefault(p, ref)
        row_target[row.line] = ref
    late += _resolve_inviters(conn, community_id, rows, targets, where, keys, row_target, ex)
    return targets, merged, late, conflicts


def _name_of(conn, community_id, ex: Existing, targets, where, ref) -> tuple[str, int]:
    """The name (and line, 0 for the workspace) of what `ref` stands for."""
    if ref[0] == "new":
        target = targets[where[ref]]
        return target.values["name"], target.lines[0]
    if ex.member_names is None:
        ex.member_names = member_names(conn, community_id)
    return ex.member_names.get(ref[1], ""), 0


def _merge(target: Target, row: ParsedRow) -> None:
    from models.lists import merge_lists

    target.lines.append(row.line)
    if not target.values:  # the common case: one row, one member
        target.values = dict(row.values)
        target.identities = list(row.identities)
        return
    for k, v in row.values.items():
        if k in ("interests", "specialties", "tags"):
            target.values[k] = merge_lists(target.values.get(k, ""), v)
        elif v or k not in target.values:
            target.values[k] = v
    for p in row.identities:
        if p not in target.identities:
            target.identities.append(p)


def _resolve_inviters(conn, community_id, rows, targets, where, keys, row_target, ex) -> list[Rejected]:
    late = []
    file_names: dict[str, list[tuple]] = {}
    for ref, i in where.items():
        file_names.setdefault(targets[i].values["name"], []).append(ref)
    for row in rows:
        text = row.inviter.strip()
        if not text or row.line not in row_target:
            continue
        candidates: set[tuple] = set()
        for key in reference_keys(text):
            if key in keys:
                candidates.add(keys[key])
        if not candidates:
            candidates = {("db", m) for m in _names(conn, community_id, ex).get(text, [])}
            candidates |= set(file_names.get(text, []))
        if len(candidates) != 1:
            late.append(
                Rejected(
                    row.line, "unknown_inviter" if not candidates else "ambiguous_inviter", "inviter", text
                )
            )
            continue
        targets[where[row_target[row.line]]].inviter = candidates.pop()
    if not late:
        late = _check_cycles(conn, community_id, targets, where, ex)
    return late


def _check_cycles(conn, community_id, targets, where, ex) -> list[Rejected]:
    if not any(t.inviter for t in targets):
        return []
    if ex.inviters is None:
        ex.inviters = dict(
            conn.execute(select(M.c.id, M.c.inviter_id).where(M.c.community_id == community_id)).all()
        )
    graph: dict[tuple, tuple | None] = {("db", k): (("db", v) if v else None) for k, v in ex.inviters.items()}
    for ref, i in where.items():
        if targets[i].inviter:
            graph[ref] = targets[i].inviter
    late = []
    for ref, i in where.items():
        if targets[i].inviter:
            try:
                check_inviter(ref, targets[i].inviter, graph.get)
            except DomainError as e:
                late.append(Rejected(targets[i].lines[0], e.code, "inviter", ""))
    return late
