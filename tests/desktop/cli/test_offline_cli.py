"""`beehive offline out` and `beehive offline in`: exit codes, the preview, --json, the conflict flags."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main
from desktop.services.container import open_services
from tests.desktop.services.offline.helpers import source


@pytest.fixture
def src(tmp_path):
    path = tmp_path / "src.beehive"
    s = open_services(path)
    from desktop.services.communities import CommunityInfo

    source(s, s.communities.create(CommunityInfo(name="晨读会")))
    s.close()
    return path


def _at_door(path, work):
    s = open_services(path)
    try:
        (event,) = s.events.events(s.communities.all()[0].id)
        ids = dict(s.db.query("SELECT name, id FROM member"))
        work(s, event, ids)
    finally:
        s.close()


def _rsvp(path, name):
    s = open_services(path)
    try:
        return s.db.query("SELECT a.rsvp, a.checked_in_at FROM attendance a JOIN member m ON m.id = a.member_id"
                          " WHERE m.name = ?", (name,))[0]  # fmt: skip
    finally:
        s.close()


def test_out_then_in_with_a_preview_and_json(src, tmp_path, capsys):
    door = tmp_path / "door.beehive"
    assert main(["--db", str(src), "offline", "out", "--event", "读书会", "--to", str(door)]) == 0
    assert "读书会" in capsys.readouterr().out and door.exists()
    _at_door(door, lambda s, e, m: s.rsvp_writes.check_in(e.id, m["张三"], "door", "2026-12-05T18:50:00Z"))
    assert main(["--db", str(src), "offline", "in", str(door)]) == 0
    out = capsys.readouterr().out
    assert "张三" in out and "Brought back" in out
    assert _rsvp(src, "张三") == ("going", "2026-12-05T18:50:00Z")
    assert main(["--db", str(src), "offline", "in", str(door), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"] is False and report["brought_back_before"] and report["changes"] == []


def test_a_conflict_needs_a_flag_and_nothing_is_written_without(src, tmp_path, capsys):
    door = tmp_path / "door.beehive"
    assert main(["--db", str(src), "offline", "out", "--event", "读书会", "--to", str(door)]) == 0
    _at_door(door, lambda s, e, m: s.rsvp_writes.set_rsvp(e.id, m["李四"], "declined"))
    _at_door(src, lambda s, e, m: s.rsvp_writes.set_rsvp(e.id, m["李四"], "maybe"))
    capsys.readouterr()
    assert main(["--db", str(src), "offline", "in", str(door), "--json"]) == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["counts"]["conflicts"] == 1 and report["conflicts"][0]["name"] == "李四"
    assert "--theirs" in captured.err and _rsvp(src, "李四")[0] == "maybe"
    assert main(["--db", str(src), "offline", "in", str(door), "--ours"]) == 0
    assert _rsvp(src, "李四")[0] == "maybe"
    capsys.readouterr()
    assert main(["--db", str(src), "offline", "in", str(door), "--theirs"]) == 0
    assert _rsvp(src, "李四")[0] == "maybe"
    assert "Nothing to bring back" in capsys.readouterr().out  # decided once: not asked again


def test_theirs_takes_the_doors_value(src, tmp_path):
    door = tmp_path / "door.beehive"
    assert main(["--db", str(src), "offline", "out", "--event", "读书会", "--to", str(door)]) == 0
    _at_door(door, lambda s, e, m: s.rsvp_writes.set_rsvp(e.id, m["李四"], "declined"))
    _at_door(src, lambda s, e, m: s.rsvp_writes.set_rsvp(e.id, m["李四"], "maybe"))
    assert main(["--db", str(src), "offline", "in", str(door), "--theirs"]) == 0
    assert _rsvp(src, "李四")[0] == "declined"


def test_refusals_exit_1_with_a_message(src, tmp_path, capsys):
    door = tmp_path / "door.beehive"
    assert main(["--db", str(src), "offline", "out", "--event", "无此活动", "--to", str(door)]) == 1
    assert not door.exists()
    assert main(["--db", str(src), "offline", "out", "--event", "读书会", "--to", str(door)]) == 0
    assert main(["--db", str(src), "offline", "out", "--event", "读书会", "--to", str(door)]) == 1
    other = tmp_path / "other.beehive"
    capsys.readouterr()
    assert main(["--db", str(other), "offline", "in", str(door)]) == 1
    assert "This file was taken out of 晨读会, not of this workspace." in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["--db", str(src), "offline", "in", str(door), "--ours", "--theirs"])
    assert e.value.code == 2
