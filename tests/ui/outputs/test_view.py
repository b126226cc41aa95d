"""The outputs board: a real mouse drag moves a card along the pipeline (one undo step); filters; editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.services.drafts import MemberDraft, OutputDraft
from tests.helpers import snapshot


@pytest.fixture
def works(services, community_id):
    zs = services.member_writes.create(community_id, MemberDraft(name="张三"))
    ls = services.member_writes.create(community_id, MemberDraft(name="李四"))
    w = services.output_writes
    book = w.create(community_id, OutputDraft(title="合写的书", kind="book", status="drafting",
                                              contributors=((zs, "author"), (ls, "editor"))))  # fmt: skip
    talk = w.create(community_id, OutputDraft(title="分享", kind="talk", created_on="2020-01-01",
                                              contributors=((ls, "speaker"),)))  # fmt: skip
    return book, talk, zs, ls


def test_dragging_a_card_moves_it_and_undo_restores(qtbot, services, community_id, works):
    from ui.outputs.view import OutputsView

    book, *_ = works
    steps = []
    services.db.on_step.append(steps.append)
    view = OutputsView(services, community_id)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.tabs.setCurrentIndex(1)
    board = view.board
    qtbot.waitUntil(lambda: board.width() > 500)
    before = snapshot(services.path)
    start = board.card_rects()[book].center().toPoint()
    target = board.column_rect(2).center().toPoint()  # review
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, QPoint((start.x() + target.x()) // 2, start.y()))
    qtbot.mouseMove(board, target)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)
    assert services.outputs.output(book).status == "review" and len(steps) == 1
    assert [s for s, _ in services.outputs.history(book)] == ["idea", "drafting", "review"]
    assert board.card_rects()[book].center().x() > board.column_rect(2).left()  # the card moved
    services.db.undo(steps[0])
    assert snapshot(services.path) == before
    assert services.outputs.output(book).status == "drafting"
    assert "Drafting 1" in view.counts.text()


def test_filters_and_the_stalled_flag(qtbot, services, community_id, works):
    from ui.outputs.view import OutputsView

    book, talk, zs, _ = works
    view = OutputsView(services, community_id)
    qtbot.addWidget(view)
    assert {o.title for o in view.model.outputs} == {"合写的书", "分享"}
    view.kind.setCurrentIndex(view.kind.findData("talk"))
    assert [o.title for o in view.model.outputs] == ["分享"]
    assert "stalled" in view.model.data(view.model.index(0, 2))  # an idea since 2020
    view.kind.setCurrentIndex(0)
    view.person.setText("张三")
    view.person.editingFinished.emit()
    assert [o.title for o in view.model.outputs] == ["合写的书"]


def test_editor_offers_to_add_a_stranger_as_a_member(qtbot, services, community_id, works, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.outputs.output_dialog import OutputDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    d = OutputDialog(services, community_id)
    qtbot.addWidget(d)
    d.title.setText("新文章")
    d.add_person("陌生人", "author")
    before = snapshot(services.path)
    d.accept()
    assert "not a member" in d.error.text() and snapshot(services.path) == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    d.accept()
    new = [o for o in services.outputs.outputs(community_id) if o.title == "新文章"][0]
    assert [(n, r) for _, n, r in new.contributors] == [("陌生人", "author")]
