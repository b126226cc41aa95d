"""Translated labels of undo steps ("Delete 3 members").

A QObject so that lupdate sees `self.tr(text, "", n)` and records plural forms; module-level
translate() calls lose their plural flag in pyside6-lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class StepLabels(QObject):
    def add_member(self) -> str:
        return self.tr("Add member")

    def edit_member(self) -> str:
        return self.tr("Edit member")

    def delete_members(self, n: int) -> str:
        return self.tr("Delete %n member(s)", "", n)

    def tag_members(self, n: int) -> str:
        return self.tr("Tag %n member(s)", "", n)

    def untag_members(self, n: int) -> str:
        return self.tr("Untag %n member(s)", "", n)

    def set_status(self, n: int) -> str:
        return self.tr("Set status of %n member(s)", "", n)

    def import_members(self) -> str:
        return self.tr("Import members")

    def add_custom_field(self) -> str:
        return self.tr("Add custom field")

    def rename_custom_field(self) -> str:
        return self.tr("Rename custom field")

    def change_custom_field(self) -> str:
        return self.tr("Change custom field")

    def delete_custom_field(self) -> str:
        return self.tr("Delete custom field")

    def set_custom_values(self) -> str:
        return self.tr("Edit custom fields")

    def new_community(self) -> str:
        return self.tr("New community")

    def edit_community(self) -> str:
        return self.tr("Edit community")

    def new_unit(self) -> str:
        return self.tr("New unit")

    def edit_unit(self) -> str:
        return self.tr("Edit unit")

    def delete_unit(self) -> str:
        return self.tr("Delete unit")

    def move_unit(self) -> str:
        return self.tr("Move unit")

    def add_to_unit(self, n: int) -> str:
        return self.tr("Add %n member(s) to unit", "", n)

    def move_member(self) -> str:
        return self.tr("Move member")

    def change_lead(self) -> str:
        return self.tr("Change lead")

    def assign_role(self) -> str:
        return self.tr("Assign role")

    def end_role(self) -> str:
        return self.tr("End role")

    def connect(self) -> str:
        return self.tr("Connect members")

    def split_unit(self) -> str:
        return self.tr("Split unit")

    def new_chapter(self) -> str:
        return self.tr("New chapter")

    def import_kind(self, kind: str) -> str:
        return self.tr("Import {kind}").format(kind=kind)

    def new_event(self) -> str:
        return self.tr("New event")

    def new_series(self, n: int) -> str:
        return self.tr("New series of %n event(s)", "", n)

    def edit_event(self) -> str:
        return self.tr("Edit event")

    def delete_event(self) -> str:
        return self.tr("Delete event")

    def save_template(self) -> str:
        return self.tr("Save as template")

    def delete_template(self) -> str:
        return self.tr("Delete template")

    def edit_plan(self) -> str:
        return self.tr("Edit event plan")

    def duty_done(self) -> str:
        return self.tr("Mark duty done")

    def invite(self, n: int) -> str:
        return self.tr("Invite %n member(s)", "", n)

    def uninvite(self, n: int) -> str:
        return self.tr("Remove %n from the guest list", "", n)

    def rsvp(self) -> str:
        return self.tr("Change RSVP")

    def record_chain(self, n: int) -> str:
        return self.tr("Record %n sign-up(s) from a WeChat chain", "", n)

    def check_in(self) -> str:
        return self.tr("Check in")

    def walk_in(self) -> str:
        return self.tr("Add walk-in")

    def undo_check_in(self) -> str:
        return self.tr("Undo check-in")

    def close_check_in(self) -> str:
        return self.tr("Close check-in")

    def new_output(self) -> str:
        return self.tr("New output")

    def edit_output(self) -> str:
        return self.tr("Edit output")

    def move_output(self) -> str:
        return self.tr("Move output")

    def delete_outputs(self, n: int) -> str:
        return self.tr("Delete %n output(s)", "", n)

    def review_levels(self) -> str:
        return self.tr("Monthly level review")

    def override_level(self) -> str:
        return self.tr("Set engagement level")

    def health_settings(self) -> str:
        return self.tr("Change health settings")

    def record_activity(self) -> str:
        return self.tr("Record activity")

    def merge_members(self) -> str:
        return self.tr("Merge members")

    def merge_identical(self, n: int) -> str:
        return self.tr("Merge %n identical pair(s)", "", n)

    def not_duplicate(self) -> str:
        return self.tr("Mark as not a duplicate")


LABELS = StepLabels()
