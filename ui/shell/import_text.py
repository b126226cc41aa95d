"""The import preview's summary: rows, encoding, what each becomes, the columns kept as custom fields and those ignored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services.members.presets import BY_KEY


class ImportText(QObject):
    def _sources(self) -> dict[str, str]:
        return {"remark": self.tr("the WeChat remark (备注)"), "group_nickname": self.tr("the group nickname"),
                "nickname": self.tr("the WeChat nickname"), "email": self.tr("the email address")}  # fmt: skip

    def _sheets(self, sheets) -> str:
        read = [s for s in sheets if s.imported]
        named = ", ".join(self.tr("{name} (%n row(s))", "", s.rows).format(name=s.name) for s in read)
        text = self.tr("Sheets read: {sheets}.").format(sheets=named)
        if statuses := [s for s in read if s.status]:
            text += " " + self.tr("Rows of {sheets} take the status its name says.").format(
                sheets=", ".join(s.name for s in statuses))  # fmt: skip
        if other := [s.name for s in sheets if not s.imported]:
            text += " " + self.tr("Not read: {sheets} (choose one under Sheet).").format(sheets=", ".join(other))
        return text

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
        if preset := BY_KEY.get(getattr(plan, "preset", "")):
            lines.append(self.tr("Recognised: {source}").format(source=QCoreApplication.translate("Presets", preset.title)))
        if moved := getattr(plan, "by_layout", 0):  # a localised export, read by the tool's column order
            lines.append(self.tr("Headers in another language: %n column(s) read by their place in the "
                                 "source's layout (see Columns).", "", moved))  # fmt: skip
        for source, n in sorted(getattr(plan, "names_built", {}).items()):
            if source in self._sources():
                lines.append(self.tr("%n name(s) built from {source}, as the rows have no name.", "", n).format(
                    source=self._sources()[source]))  # fmt: skip
        sheets = getattr(plan, "sheets", [])
        if len(sheets) > 1:
            lines.append(self._sheets(sheets))
        if found := getattr(plan, "conflicts", []):
            lines.append(self.tr("%n row(s) share an email, phone or WeChat ID with someone of another name: "
                                 "decide in Possible duplicates.", "", len(found)))  # fmt: skip
        kept = getattr(plan, "custom_columns", {})
        if kept:
            lines.append(self.tr("Kept as custom fields: {names}").format(names=", ".join(kept)))
        ignored = [h for h in plan.unknown_columns if h not in kept]
        if own := (plan.source_own_columns() if kind == "members" else []):
            lines.append(self.tr("Ignored %n column(s) the source keeps for itself (see Columns).", "", len(own)))
            ignored = [h for h in ignored if h not in own]
        if ignored:
            lines.append(self.tr("Ignored unknown columns: {names}").format(names=", ".join(ignored)))
        return "\n".join(lines)
