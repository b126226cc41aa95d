"""`beehive person-export MEMBER --to DIR` (everything about one person, JSON and PDF) and
`beehive erase MEMBER [--yes]` (one undo step; sealed at the next backup).

MEMBER is a member's UUID (or a merged member's old one) or their exact name; a name several members
share is refused with their UUIDs listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from desktop.messages import message
from models.errors import DomainError, ValidationError


class PrivacyText(QObject):
    def exported(self, json_path: Path, pdf_path: Path, pages: int) -> str:
        return self.tr("Everything about this person: {json} and {pdf} (%n page(s)).", "", pages).format(
            json=json_path, pdf=pdf_path
        )

    def will_erase(self, name: str) -> str:
        return self.tr("Erase “{name}”?").format(name=name)

    def removed(self, s) -> str:
        return self.tr("Removed: the name, contacts and accounts ({identities}), custom fields ({custom}), "
                       "consents ({consents}), merged records ({aliases}), city, organisation, title, tags, "
                       "interests, notes and the reason for leaving.").format(
            identities=s.identities, custom=s.custom_values, consents=s.consents, aliases=s.aliases)  # fmt: skip

    def kept(self, s) -> str:
        return self.tr("Kept, as an anonymous placeholder: attendance ({attendance}), contributions "
                       "({contributions}), roles ({roles}), activity ({activity}), units ({units}) and the "
                       "people they invited ({invited}); status, dates and specialties.").format(
            attendance=s.attendance, contributions=s.contributions, roles=s.roles, activity=s.activity,
            units=s.units, invited=s.invited)  # fmt: skip

    def ask(self) -> str:
        return self.tr("Type yes to erase: ")

    def erased(self, name: str, placeholder: str) -> str:
        return self.tr("Erased “{name}”: the record is now “{placeholder}”.").format(
            name=name, placeholder=placeholder
        )

    def until(self) -> str:
        return self.tr("Who they were stays in the undo history until the next backup "
                       "(beehive backup takes one now); after it the erasure is final, "
                       "in the workspace and in every backup.")  # fmt: skip

    def already(self, name: str) -> str:
        return self.tr("“{name}” was erased already; nothing written.").format(name=name)


def find_member(db, community_id: int, text: str) -> int:
    """A member by UUID (also a merged member's old one) or exact name; refused when none or several."""
    from desktop.cli.merge import by_uuid

    if (found := by_uuid(db, community_id, text)) is not None:
        return found
    text = text.strip()
    named = db.query("SELECT id, uuid, joined_on FROM member WHERE community_id = ? AND name = ? ORDER BY joined_on, id",
                     (community_id, text))  # fmt: skip
    if not named:
        raise ValidationError("unknown_member", "member", text)
    if len(named) > 1:
        choices = "; ".join(f"{u} ({j})" if j else u for _, u, j in named)
        raise ValidationError("same_name_members", "member", f"“{text}”", count=len(named), choices=choices)
    return named[0][0]


def _open(args):
    from desktop.services.communities import Communities
    from desktop.services.core.database import Database

    path = settings.workspace_for(args)
    db = Database(path)
    return db, Communities(db).ensure(args.community)


def run_person_export(args) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop.cli.argparse_i18n import make_app

    # the PDF is drawn with fonts: a GUI application, offscreen when headless
    app = QCoreApplication.instance() or make_app(True)
    i18n.install(app, i18n.pick_language(args.lang))
    try:
        db, community = _open(args)
        try:
            from desktop.services.members.person_export import file_stem, person_export, write_json
            from ui.members.person_printing import write_person_pdf

            export = person_export(db, find_member(db, community.id, args.member))
            folder = Path(args.to)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                stem = folder / file_stem(export)
                json_path = write_json(export, stem.with_suffix(".json"))
                pdf_path = stem.with_suffix(".pdf")
                pages = write_person_pdf(export, pdf_path)
            except OSError as e:
                raise ValidationError(
                    "export_folder_unusable", "to", str(folder), reason=type(e).__name__
                ) from None
        finally:
            db.close()
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    print(PrivacyText().exported(json_path, pdf_path, pages))
    return EXIT_OK


def run_erase(args) -> int:
    i18n.install_for_console(args.lang)
    text = PrivacyText()
    try:
        db, community = _open(args)
        try:
            from desktop.services.members.erase import Erasure

            erasure = Erasure(db)
            member = find_member(db, community.id, args.member)
            name, erased_on = db.query("SELECT name, erased_on FROM member WHERE id = ?", (member,))[0]
            if erased_on:
                from ui.members.erased import shown_name

                print(text.already(shown_name(name)))
                return EXIT_OK
            summary = erasure.summary([member])
            print(text.will_erase(name), text.removed(summary), text.kept(summary), sep="\n")
            if not args.yes:
                if not sys.stdin.isatty():
                    print(message(DomainError("erase_needs_yes", "member", f"“{name}”")), file=sys.stderr)
                    return EXIT_USAGE
                if input(text.ask()).strip().lower() not in ("yes", "y", "是"):
                    print(message(DomainError("erase_not_confirmed", "member", f"“{name}”")), file=sys.stderr)
                    return EXIT_REFUSED
            erasure.erase([member])
            from ui.members.erased import shown_name

            placeholder = shown_name(db.query("SELECT name FROM member WHERE id = ?", (member,))[0][0])
        finally:
            db.close()
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    print(text.erased(name, placeholder))
    print(text.until())
    return EXIT_OK
