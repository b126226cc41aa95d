"""On-screen colours by meaning (ui.common.ink) where the review found fixed ones unreadable on the
dark palette: dialog errors and notes, stalled outputs, the health lists and scorecard, the outputs
board; charts stay a white figure with dark text; printouts keep their own colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from desktop.services.drafts import MemberDraft, OutputDraft
from ui.common import ink
from ui.shell import palette


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    palette.apply(qapp, palette.SCHEMES[request.param])
    yield request.param
    palette.apply(qapp, Qt.ColorScheme.Light)  # the next test starts light


def side(pair, scheme):
    return pair[1] if scheme == "dark" else pair[0]


def test_dialog_error_and_audience_note_follow_the_palette(scheme, qtbot):
    from ui.common.audience_dialog import AudienceDialog
    from ui.common.forms import error_label

    assert ink.dark() == (scheme == "dark")
    assert side(ink.ALERT, scheme) in error_label().styleSheet()
    dialog = AudienceDialog("Print")
    qtbot.addWidget(dialog)
    notes = [
        w.styleSheet() for w in dialog.findChildren(type(error_label())) if "margin-left" in w.styleSheet()
    ]
    assert notes and all(side(ink.MUTED, scheme) in s for s in notes)
    assert "#666" not in "".join(notes)


@pytest.fixture
def stalled(services, community_id):
    zs = services.member_writes.create(community_id, MemberDraft(name="张三"))
    services.output_writes.create(community_id, OutputDraft(title="旧稿", kind="article", created_on="2020-01-01",
                                  contributors=((zs, "author"),)))  # fmt: skip
    return services.outputs.outputs(community_id)


def test_stalled_outputs_are_red_in_the_palettes_red(scheme, stalled):
    from ui.outputs.model import OutputsModel

    model = OutputsModel()
    model.set_outputs(stalled, 30)
    colour = model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(side(ink.ALERT, scheme))


def test_the_board_paints_in_the_palette(scheme, stalled, qtbot):
    from ui.outputs.board import OutputBoard

    board = OutputBoard()
    qtbot.addWidget(board)
    board.resize(900, 300)
    board.set_outputs(stalled, 30)
    image = board.grab().toImage()
    card = board.card_rects()[stalled[0].id]
    inside = image.pixelColor(int(card.left()) + 40, int(card.center().y()))  # the card, between lines
    base = board.palette().color(QPalette.ColorRole.Base)
    assert inside.name() == base.name()
    assert (inside.lightness() < 100) == (scheme == "dark")  # a dark card on dark, not a white one
    edge = [image.pixelColor(int(card.left()) + 20, int(card.top()) + dy) for dy in (-1, 0, 1)]
    red = QColor(ink.alert())
    assert min(abs(c.red() - red.red()) + abs(c.green() - red.green()) for c in edge) < 40  # the stalled edge


def test_health_lists_and_scorecard_use_ink_on_screen_and_keep_paper_colours(scheme, services, community_id):
    from ui.health.fill import PRINTED_MUTED, scorecard_html
    from ui.health.text import HealthText

    services.member_writes.create(community_id, MemberDraft(name="张三"))
    report = services.health_reports.report(community_id, with_names=True)
    screen = scorecard_html(report, HealthText(), ink.muted())
    assert f"color:{side(ink.MUTED, scheme)}" in screen
    assert f"color:{PRINTED_MUTED}" in scorecard_html(report, HealthText())  # the printed page: as it was


def test_charts_are_a_white_figure_with_dark_text_on_both_palettes(scheme):
    import pyqtgraph as pg

    from ui.health.charts import INK, make_plot

    for data in ({"activity": [("2026-11-02", 3.0), ("2026-11-09", 5.0)]}, {"activity": []}):
        plot = make_plot(data, "activity")
        assert plot.backgroundBrush().color() == QColor("white")
        for axis in ("left", "bottom"):
            assert plot.getAxis(axis).textPen().color() == QColor(INK)
        notes = [i for i in plot.getPlotItem().items if isinstance(i, pg.TextItem)]
        for note in notes:  # the empty chart's note: dark enough on white
            assert note.color.lightness() < 110
        assert bool(notes) == (not data["activity"])
        plot.deleteLater()
