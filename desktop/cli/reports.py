"""`beehive report NAME`: report data gathered by Qt-free services, printed as JSON (REPORTS), or
drawn to a file by the ui renderers (ALSO_DRAWN, DRAWN: PDF, SVG, PNG, CSV).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication

from desktop import i18n, settings
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from desktop.messages import message
from models.errors import DomainError, ValidationError


def structure_report(db, community_id: int, args) -> dict:
    from desktop.services.structure.queries import StructureQueries

    return StructureQueries(db).report(community_id)


def split_report(db, community_id: int, args) -> dict:
    from desktop.services.structure.queries import StructureQueries

    queries = StructureQueries(db)
    unit = queries.unit_named(community_id, args.unit)
    if unit is None:
        raise ValidationError("unknown_unit", "unit", args.unit)
    names = {m: n for m, n, _ in queries.unit_members(unit.id)}
    p = queries.propose_split(community_id, unit.id, args.parts)
    return {
        "unit": unit.name, "size": unit.size, "cap": unit.cap, "under_cap": p.under_cap,
        "groups": [{"members": [names[m] for m in g], "lead": names.get(lead)}
                   for g, lead in zip(p.groups, p.leads, strict=True)],
        "kept": p.kept, "cut": p.cut,
    }  # fmt: skip


def attendance_report(db, community_id: int, args) -> list:
    from desktop.services.events.queries import EventQueries

    return EventQueries(db).attendance_report(community_id)


def outputs_report(db, community_id: int, args) -> dict:
    from desktop.services.outputs.queries import OutputQueries

    return OutputQueries(db).report(community_id)


def health_report(db, community_id: int, args) -> dict:
    from desktop.services.health.report import HealthReports

    return HealthReports(db).report(community_id, active_days=args.window).as_dict()  # the JSON shape


def introductions_report(db, community_id: int, args) -> list:
    from desktop.services.health.queries import HealthQueries

    return HealthQueries(db).introductions(community_id)


def render_activity_chart(db, community_id: int, args) -> None:
    """`report chart NAME`: the same chart the window draws, to PNG or SVG, and its data to CSV."""
    from desktop.services.health.series import FIRST_COLUMN, series, to_csv
    from desktop.services.structure.queries import StructureQueries

    unit_id = None
    if args.unit:
        unit = StructureQueries(db).unit_named(community_id, args.unit)
        if unit is None:
            raise DomainError("unknown_unit", "unit", args.unit)
        unit_id = unit.id
    data = series(db, community_id, args.chart or "activity", args.by, unit_id, args.from_, args.to)
    if args.csv:
        to_csv(data, args.csv, FIRST_COLUMN.get(args.chart, "period"))
    if args.png or args.svg:
        from desktop.services.health.settings import load
        from ui.health.charts import cohort_sizes, export_chart, make_plot

        names = load(db, community_id).level_names
        joins = (
            series(db, community_id, "growth", "month", unit_id, args.from_, args.to)
            if args.chart == "cohorts"
            else {}
        )
        sizes = cohort_sizes(joins)  # the heat map's rows named with their sizes, as in the window
        export_chart(make_plot(data, args.chart or "activity", names=names, sizes=sizes), args.png, args.svg)


def duplicates_report(db, community_id: int, args) -> list:
    """Candidate pairs, best first: ids, names, score and reason codes (for `beehive merge A B`)."""
    from dataclasses import asdict

    from desktop.services.members.duplicates import find_duplicates

    return [asdict(c) for c in find_duplicates(db, community_id)]


REPORTS = {"structure": structure_report, "split": split_report, "attendance": attendance_report,
           "outputs": outputs_report, "health": health_report, "introductions": introductions_report,
           "duplicates": duplicates_report}  # fmt: skip
PRINTOUTS = ("plan", "signin", "badges", "roster", "certificates")  # events.printouts.PRINTOUTS, unimported at start
WITH_AUDIENCE = ("signin", "badges")  # the lists of people: --audience members leaves out the private


def render_compilation(db, community_id: int, args) -> None:
    """The data from the Qt-free service, then the ui renderer paints it."""
    from desktop.services.outputs.compilation import Compilations
    from ui.outputs.compilation import export_compilation

    compilations = Compilations(db)
    ids = compilations.chosen(community_id, args.kind, args.from_, args.to)
    if not ids:
        raise DomainError("no_outputs", "report", "compilation")
    export_compilation(compilations.booklet(community_id, ids, args.from_, args.to), args.pdf, args.paper)


def render_event_printout(db, community_id: int, args) -> None:
    from desktop.services.container import Services
    from ui.events.printing import export_pdf

    services = Services(db)
    event = services.events.find(community_id, args.event, args.date)
    printout = services.printouts.printout(args.name, event.id, args.audience)
    export_pdf(args.name, printout, args.pdf, args.paper, args.grid)


def chart_outputs(args) -> bool:
    return any(getattr(args, k, None) for k in ("pdf", "svg", "png"))


def render_structure_chart(db, community_id: int, args) -> None:
    """The same chart the window exports (scene painted onto PDF, SVG or PNG)."""
    from desktop.services.container import Services
    from ui.structure import chart_export
    from ui.structure.scene import StructureScene

    services = Services(db)
    scene = StructureScene(services, community_id)
    chart_export.export_chart(scene, services.communities.get(community_id), args.pdf, args.svg, args.png,
                                 args.page, not args.portrait, not args.paginate)  # fmt: skip


def render_health_pdf(db, community_id: int, args) -> None:
    """`report health --pdf`: the dashboard's one-page report."""
    from desktop.services.communities import Communities
    from desktop.services.health.report import HealthReports
    from ui.common import pages
    from ui.health.printing import health_painter

    reports = HealthReports(db)
    report = reports.report(community_id, active_days=args.window)
    names = reports.queries.settings(community_id).level_names
    pages.write_pdf(
        health_painter(report, Communities(db).get(community_id).name, names), args.pdf, args.paper
    )


# JSON reports that can also be drawn to a file (--pdf, and --svg/--png for the structure chart).
ALSO_DRAWN = {"structure": render_structure_chart, "health": render_health_pdf}
# Reports drawn to files only: (the options they need, the usage message if missing, the renderer).
DRAWN = {
    **{name: (lambda a: a.pdf and a.event, "printout_needs", render_event_printout) for name in PRINTOUTS},
    "compilation": (lambda a: a.pdf, "pdf_only", render_compilation),
    "chart": (lambda a: a.png or a.svg or a.csv, "chart_files", render_activity_chart),
}


def run_report(args) -> int:
    from desktop.cli.argparse_i18n import make_app

    wants_chart = chart_outputs(args)
    app = QCoreApplication.instance() or make_app(wants_chart)
    i18n.install(app, i18n.pick_language(args.lang))
    drawn = DRAWN.get(args.name)
    if getattr(args, "audience", "organisers") != "organisers" and args.name not in WITH_AUDIENCE:
        print(message(DomainError("audience_printouts_only", "audience", args.name)), file=sys.stderr)
        return EXIT_USAGE
    if drawn is not None and not drawn[0](args):
        print(message(DomainError(drawn[1], "report", args.name)), file=sys.stderr)
        return EXIT_USAGE
    if drawn is None and not args.json and not (wants_chart and args.name in ALSO_DRAWN):
        print(message(DomainError("json_only", "report", args.name)), file=sys.stderr)
        return EXIT_USAGE
    path = settings.workspace_for(args)
    try:
        from desktop.services.communities import Communities
        from desktop.services.core.database import Database

        db = Database(path)
        community = Communities(db).ensure(args.community)
        if drawn is not None:
            drawn[2](db, community.id, args)
        elif wants_chart and args.name in ALSO_DRAWN:
            ALSO_DRAWN[args.name](db, community.id, args)
        data = REPORTS[args.name](db, community.id, args) if args.json and drawn is None else None
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    if data is not None:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return EXIT_OK
