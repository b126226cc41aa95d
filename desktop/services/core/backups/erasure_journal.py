"""The undo journal on disk (journal_step) told what an erased member's rows held, in the journal's own
format (desktop/services/core/journal_codec.py: plain JSON, "z:" compressed, or a "{…}" summary).
Used by the seal (erasure.py) on the workspace and on every backup copy."""

from __future__ import annotations

from desktop.services.core import journal_codec
from desktop.services.core.changeset import Change
from models import erasure


def _decode(text: str) -> list | None:
    """The step's [table, key, before, after] entries; None when only a summary is kept."""
    changes = journal_codec.decode(text)
    return None if changes is None else [list(c) for c in changes]


def redact_journal(con, placeholders: dict[int, dict]) -> int:
    """Rewrite the journal_step rows that say anything about these members; returns the rows rewritten.
    The erasure's own step is wiped (journal_codec's "forgotten": its undo refused, after a restart too);
    other steps keep their undo with the erased member's values replaced by the placeholder's."""
    if "journal_step" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}:
        return 0
    erased = set(placeholders)
    values = {k: {c: v for c, v in p.items() if c != "uuid"} for k, p in placeholders.items()}
    rewritten = 0
    for step_id, text, members in con.execute("SELECT id, changes, members FROM journal_step").fetchall():
        text = text or ""
        changes = _decode(text)
        if changes is None:  # a summary (a big step, or forgotten): its values may name the person
            if not any(f" {m} " in (members or "") for m in erased):
                continue
            new = journal_codec.forgotten_text(text)
        elif not any(
            erasure.touches(t, b, erased) or erasure.touches(t, a, erased) for t, _k, b, a in changes
        ):
            continue
        elif any(erasure.is_erasing(t, b, a, erased) for t, _k, b, a in changes):
            new = journal_codec.forgotten_text(text)
        else:
            new = journal_codec.encode([Change(t, k, erasure.redact_row(t, b, erased, values), erasure.redact_row(t, a, erased, values))
                                         for t, k, b, a in changes])  # fmt: skip
        if new != text:
            con.execute("UPDATE journal_step SET changes = ? WHERE id = ?", (new, step_id))
            rewritten += 1
    return rewritten
