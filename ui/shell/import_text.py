"""The import preview's summary: rows, encoding, what each becomes, the columns kept as custom fields and those ignored."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ImportText(QObject):
    def summary(self, kind: str, plan) -> str:
        lines = []
        if kind == "members":
            lines.append(self.tr(
                "{rows} rows ({encoding}): {new} new members, {matched} matching existing members, {bad} rejected."
            ).format(rows=plan.total_rows, encoding=plan.encoding, new=plan.new_count, matched=plan.matched_count,
                     bad=len(plan.rejected)))  # fmt: skip
        else:
            lines.append(self.tr("{rows} rows ({encoding}): {ok} ready to import, {bad} rejected.").format(
                rows=plan.total_rows, encoding=plan.encoding, ok=len(plan.targets), bad=len(plan.rejected)))  # fmt: skip
        kept = getattr(plan, "custom_columns", {})
        if kept:
            lines.append(self.tr("Kept as custom fields: {names}").format(names=", ".join(kept)))
        ignored = [h for h in plan.unknown_columns if h not in kept]
        if ignored:
            lines.append(self.tr("Ignored unknown columns: {names}").format(names=", ".join(ignored)))
        return "\n".join(lines)
