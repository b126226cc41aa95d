"""The readable PDF of everything held about one person (desktop/services/members/person_export.py),
laid out by ui/common/pages.py with the community's name atop every page. No queries here."""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPagedPaintDevice

from desktop.services.members.person_export import PersonExport
from ui.common import pages
from ui.common.labels import field_names, kind_names, role_names, status_names
from ui.common.output_labels import output_kind_names, output_role_names, output_status_names
from ui.members.erased import shown_name

TABLE = "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse;'>"


class PersonText(QObject):
    def title(self, name: str) -> str:
        return self.tr("Everything Beehive holds about {name}").format(name=name)

    def exported(self, when: str, community: str) -> str:
        return self.tr("Exported {when} from the workspace of {community}.").format(
            when=when, community=community
        )

    def none(self) -> str:
        return self.tr("Nothing recorded.")

    def yes(self) -> str:
        return self.tr("yes")

    def no(self) -> str:
        return self.tr("no")

    def fields(self) -> str:
        return self.tr("Fields")

    def sections(self) -> dict[str, str]:
        return {
            "identities": self.tr("Contacts and accounts"), "custom_values": self.tr("Custom fields"),
            "consents": self.tr("Consents"), "units": self.tr("Units"), "roles": self.tr("Roles"),
            "level": self.tr("Engagement level"), "attendance": self.tr("Attendance"),
            "event_duties": self.tr("Event duties"), "event_tasks": self.tr("Event tasks"),
            "agenda_items": self.tr("Agenda items"), "contributions": self.tr("Contributions"),
            "activity": self.tr("Activity"), "invited": self.tr("People they invited"),
            "aliases": self.tr("Merged records"), "connections": self.tr("Connections"),
        }  # fmt: skip

    def columns(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"), "value": self.tr("Value"), "field": self.tr("Field"),
            "granted": self.tr("Given"), "given_on": self.tr("On"), "source": self.tr("How"),
            "unit": self.tr("Unit"), "primary": self.tr("Primary"), "role": self.tr("Role"),
            "specialty": self.tr("Specialty"), "start_on": self.tr("From"), "end_on": self.tr("Until"),
            "level": self.tr("Level"), "since": self.tr("Since"), "override": self.tr("Set by hand"),
            "event": self.tr("Event"), "start_utc": self.tr("Starts (UTC)"), "rsvp": self.tr("RSVP"),
            "checked_in_at": self.tr("Checked in (UTC)"), "walk_in": self.tr("Walk-in"),
            "no_show": self.tr("No-show"), "guests": self.tr("Guests"), "duty": self.tr("Duty"),
            "done": self.tr("Done"), "task": self.tr("Task"), "due_on": self.tr("Due"), "item": self.tr("Item"),
            "output": self.tr("Output"), "status": self.tr("Status"), "published_on": self.tr("Published"),
            "weight": self.tr("Weight"), "on_date": self.tr("Date"), "count": self.tr("Count"),
            "note": self.tr("Note"), "name": self.tr("Name"), "joined_on": self.tr("Joined"),
            "old_name": self.tr("Former name"), "old_uuid": self.tr("Former record ID"),
            "merged_on": self.tr("Merged on"), "strength": self.tr("Strength"),
        }  # fmt: skip

    def erased_on(self) -> str:
        return self.tr("Erased on")

    def file_word(self) -> str:
        """The printout's name in a PDF's file name."""
        return self.tr("Personal data")


FIELD_KEYS = {"joined_on": "joined", "status_on": "status_date", "invited_by": "inviter"}
# stored codes shown in the reader's words: (section, column) → the code's names
WORDS = {("identities", "kind"): kind_names, ("roles", "role"): role_names, ("invited", "status"): status_names,
         ("contributions", "kind"): output_kind_names, ("contributions", "status"): output_status_names,
         ("contributions", "role"): output_role_names}  # fmt: skip


def _cell(value, text: PersonText) -> str:
    if isinstance(value, bool):
        return text.yes() if value else text.no()
    return escape("" if value is None else str(value))


def person_html(export: PersonExport) -> str:
    text, names, statuses = PersonText(), field_names(), status_names()
    f = export.fields
    shown = {**f, "name": shown_name(f["name"]), "status": statuses.get(f["status"], f["status"])}
    rows = "".join(
        f"<tr><td width='28%'><b>{escape(text.erased_on() if k == 'erased_on' else names.get(FIELD_KEYS.get(k, k), k))}"
        f"</b></td><td>{escape(str(v))}</td></tr>"
        for k, v in shown.items() if v not in ("", None) or k in ("name", "status")
    )  # fmt: skip
    parts = [f"<h2>{escape(text.title(shown['name']))}</h2>",
             f"<p>{escape(text.exported(export.exported_at.replace('T', ' '), export.community))}</p>",
             f"<h3>{escape(text.fields())}</h3>{TABLE}{rows}</table>"]  # fmt: skip
    titles, columns = text.sections(), text.columns()
    words = {k: names() for k, names in WORDS.items()}
    for key, items in export.sections.items():
        parts.append(f"<h3>{escape(titles.get(key, key))}</h3>")
        if not items:
            parts.append(f"<p style='color:#555'>{escape(text.none())}</p>")
            continue
        head = "".join(f"<th align='left'>{escape(columns.get(c, c))}</th>" for c in items[0])
        body = "".join(
            "<tr>"
            + "".join(f"<td>{_cell(words.get((key, c), {}).get(v, v), text)}</td>" for c, v in r.items())
            + "</tr>"
            for r in items
        )
        parts.append(f"{TABLE}<thead><tr>{head}</tr></thead>{body}</table>")
    return f"<html><body style='font-size: 9pt;'>{''.join(parts)}</body></html>"


def person_painter(export: PersonExport):
    return partial(_paint, person_html(export), export.community)


def _paint(html: str, header: str, device: QPagedPaintDevice) -> int:
    return pages.paint_document(html, device, header)


def write_person_pdf(export: PersonExport, path: Path, paper: str = "a4") -> int:
    """The PDF at `path`; returns its page count."""
    return pages.write_pdf(person_painter(export), Path(path), paper)


def pdf_name(export: PersonExport) -> str:
    """`2026-12-04 晨读会 · 张三 — Personal data.pdf`: today, the community and the person."""
    from ui.common.pdf_files import today_name

    return today_name(f"{export.community} · {shown_name(export.fields['name'])}", PersonText().file_word())


def save_person_pdf(export: PersonExport, parent=None) -> Path | None:
    """Save as PDF…: the dialog in the last folder on the proposed name; the status bar says where."""
    from ui.common.pdf_files import save_as

    return save_as(parent, pdf_name(export), lambda path: write_person_pdf(export, path))


def preview_person(export: PersonExport, parent=None) -> None:
    """Print…: the preview, with Save as PDF… in its toolbar."""
    pages.preview(person_painter(export), parent, pdf_name=pdf_name(export))
