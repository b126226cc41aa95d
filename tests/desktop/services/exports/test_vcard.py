"""vCard 3.0 / 4.0 export of members, parsed back with vobject."""

from __future__ import annotations

import pytest
import vobject

from desktop.cli.main import main
from desktop.services.members.export import export_members, member_table
from desktop.services.members.vcard_export import card_lines, split_name, vcard_text
from models.errors import ValidationError


def _cards(path):
    return {c.fn.value: c for c in vobject.readComponents(path.read_text(encoding="utf-8"))}


@pytest.mark.parametrize(("name", "parts"), [("张三", ("张", "三")), ("欧阳娜娜", ("欧阳", "娜娜")),
                                             ("Alice O'Brien", ("O'Brien", "Alice")), ("王", ("", "王")),
                                             ("Mary Ann Lee", ("Lee", "Mary Ann"))])  # fmt: skip
def test_names_split_as_written(name, parts):
    assert split_name(name) == parts


def test_vcard_3_carries_every_identity_and_the_pinyin(members, tmp_path):
    db, cid = members
    path = tmp_path / "members.vcf"
    assert export_members(db, cid, path) == 4
    data = path.read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert data.count(b"BEGIN:VCARD") == 4 and b"\nVERSION:3.0\r\n" in data
    cards = _cards(path)
    zs = cards["张三"]
    uuid = next(r[0] for r in member_table(db, cid) if r[1] == "张三")
    assert zs.uid.value == uuid
    assert (zs.n.value.family, zs.n.value.given) == ("张", "三")
    assert zs.x_phonetic_last_name.value == "Zhang" and zs.x_phonetic_first_name.value == "San"
    assert [t.value for t in zs.tel_list] == ["+86 138 0013 8000"] and zs.tel.params["TYPE"] == ["CELL"]
    assert zs.email.value == "zhangsan@example.com" and zs.x_wechat.value == "zhangsan_88"
    assert zs.impp.value == "x-apple:zhangsan_88" and zs.nickname.value == "三哥"
    assert zs.org.value == ["北京某科技有限公司"] and zs.title.value == "产品经理"
    assert zs.categories.value == ["读书会", "志愿者"]
    assert zs.note.value == "喜欢, 历史;\n也爱跑步"
    nana = cards["欧阳娜娜"]
    assert nana.x_phonetic_last_name.value == "Ouyang" and nana.x_phonetic_first_name.value == "Nana"
    assert sorted(t.value for t in nana.tel_list) == ["+86 10 6552 9988", "+86 139 1234 5678"]
    alice = cards["Alice O'Brien"]
    assert [e.value for e in alice.email_list] == ["alice@example.com", "alice.work@example.org"]
    assert alice.org.value == ["Acme, Inc."] and not hasattr(alice, "x_phonetic_last_name")
    assert alice.categories.value == ["=HYPERLINK"] and alice.note.value == "@SUM(A1)"  # no guards here


def test_vcard_4_uses_uris_and_sort_as(members, tmp_path):
    db, cid = members
    path = tmp_path / "members.vcf"
    export_members(db, cid, path, version="4.0")
    text = path.read_text(encoding="utf-8")
    assert "VERSION:4.0" in text and "VERSION:3.0" not in text
    assert 'N;SORT-AS="Zhang,San":张;三;;;' in text
    assert "TEL;VALUE=uri;TYPE=cell:tel:+86-138-0013-8000" in text
    cards = _cards(path)
    assert cards["张三"].uid.value.startswith("urn:uuid:") and cards["张三"].n.params["SORT-AS"] == ["Zhang,San"]


def test_long_lines_fold_between_utf8_characters():
    member = {"uuid": "u", "name": "张三", "notes": "很长的备注，" * 40}
    text = vcard_text([member])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert next(vobject.readComponents(text)).note.value == "很长的备注，" * 40


def test_unknown_version_is_refused():
    with pytest.raises(ValidationError):
        vcard_text([{"uuid": "u", "name": "x"}], "2.1")
    assert card_lines({"uuid": "u", "name": "x"})[1] == "VERSION:3.0"


def test_cli_exports_vcf_by_extension(tmp_path, capsys):
    db = tmp_path / "w.beehive"
    src = tmp_path / "m.csv"
    src.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    assert main(["--db", str(db), "import", "members", str(src)]) == 0
    assert main(["--db", str(db), "export", "members", str(tmp_path / "out.vcf")]) == 0
    (card,) = vobject.readComponents((tmp_path / "out.vcf").read_text(encoding="utf-8"))
    assert card.fn.value == "张三" and card.tel.value == "+86 138 0013 8000"


def test_round_trip_through_the_vcard_reader(members, tmp_path):
    from desktop.services.communities import Communities
    from desktop.services.core.database import Database
    from desktop.services.members.import_apply import apply_import
    from desktop.services.members.import_plan import plan_import

    db, cid = members
    path = tmp_path / "members.vcf"
    export_members(db, cid, path)
    dst = Database(tmp_path / "dst.beehive")
    did = Communities(dst).ensure("").id
    plan = plan_import(dst, did, path)
    assert plan.rejected == []
    apply_import(dst, plan)
    columns = ("uuid", "tags", "name", "nickname", "wechat", "phone", "email", "organisation", "title", "city", "notes")
    from desktop.services.members.export import HEADERS

    def pick(rows):
        return sorted(tuple(r[HEADERS.index(c)] for c in columns) for r in rows)

    assert pick(member_table(dst, did)) == pick(member_table(db, cid))
    dst.close()
