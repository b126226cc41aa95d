"""The main window's File ▸ Print and the community's chart and members list printouts. Functions of
the window, translated in its context ("MainWindow")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

LONG_LIST = 5000  # members; beyond this printing asks first


class PrintTexts(QObject):
    """Words with a count: lupdate marks plural forms only in self.tr()."""

    def long_list(self, rows: int) -> str:
        return self.tr(
            "The list holds %n member(s), about {pages} pages. Filter it first, or print it all?", "", rows
        )


def print_view(window) -> None:
    """Ctrl+P prints what is on screen."""
    name = window.views.current_name()
    if name == "structure":
        print_chart(window)
    elif name == "events":
        window.events_view.print_("plan")
    elif name == "outputs":
        window.outputs_view.print_compilation()
    elif name == "health":
        window.health_view.print_report()
    elif name == "today":
        window.views.get("today").card.print_requested.emit("plan")
    elif name == "members":
        print_members(window)


def print_chart(window) -> None:
    from ui.structure import chart_export
    from ui.structure.scene import StructureScene

    scene = StructureScene(window.services, window.community_id, window)
    chart_export.print_preview(scene, window.services.communities.get(window.community_id), window)
    scene.deleteLater()


def export_chart(window) -> None:
    """Community ▸ Export structure chart…: PDF (with page options), SVG or PNG, from the last folder,
    named by the date and community; the status bar says where, with Open and Show in folder."""
    from ui.common import pdf_files
    from ui.structure import chart_export
    from ui.structure.scene import StructureScene

    info = window.services.communities.get(window.community_id)
    start = str(pdf_files.last_folder() / chart_export.pdf_name(info))
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "Export structure chart"),
                                          start, "PDF (*.pdf);;SVG (*.svg);;PNG (*.png)")  # fmt: skip
    if not path:
        return
    suffix = Path(path).suffix.lower()
    kind = suffix.lstrip(".") if suffix in (".svg", ".png") else "pdf"
    options = {}
    if kind == "pdf":
        from ui.structure.page_options_dialog import ChartOptions

        dialog = ChartOptions(window)
        if not dialog.exec():
            return
        options = dialog.options()
    scene = StructureScene(window.services, window.community_id, window)
    chart_export.export_chart(scene, info, **{kind: path}, **options)
    scene.deleteLater()
    pdf_files.remember_folder(Path(path).parent)
    pdf_files.announce(window, Path(path))


def members_html(window, audience: str = "organisers") -> str:
    from ui.members import printing as member_printing

    model = window.members_view.model
    ids = [model.id_at(r) for r in range(model.rowCount())]
    return member_printing.members_html(
        window.services.member_lists.member_list(window.community_id, ids, audience)
    )


def long_list_ok(window) -> bool:
    """A list of tens of thousands of members makes hundreds of pages: ask before building it."""
    rows = window.members_view.model.rowCount()
    if rows <= LONG_LIST:
        return True
    text = PrintTexts().long_list(rows)
    answer = QMessageBox.question(window, QCoreApplication.translate("MainWindow", "Print members list"),
                                  text.format(pages=rows // 40 + 1))  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def print_members(window) -> None:
    from ui.common.audience_dialog import ask_audience
    from ui.members import printing as member_printing

    window.go("members")
    title = QCoreApplication.translate("MainWindow", "Print members list")
    if long_list_ok(window) and (audience := ask_audience(title, window)):
        member_printing.preview(members_html(window, audience), window, window.community_box.currentText())


def pdf_members(window) -> None:
    """File ▸ Members list as PDF…: the dialog in the last folder, named by the date and community."""
    from ui.common.audience_dialog import ask_audience
    from ui.members import printing as member_printing

    window.go("members")
    title = QCoreApplication.translate("MainWindow", "Save PDF")
    if long_list_ok(window) and (audience := ask_audience(title, window)):
        member_printing.save_pdf(members_html(window, audience), window, window.community_box.currentText())
