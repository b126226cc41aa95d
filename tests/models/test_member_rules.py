import pytest

from models.errors import ConflictError, ValidationError
from models.lists import add_items, merge_lists, remove_items, split_list
from models.member_draft import MemberDraft, clean_draft
from models.members import check_inviter, search_text


def test_lists_split_on_chinese_and_ascii_separators():
    assert split_list("读书；跑步、摄影|写作, 读书") == ["读书", "跑步", "摄影", "写作"]
    assert merge_lists("a; b", "B; c") == "a; b; c"
    assert add_items("a", ["b"]) == "a; b"
    assert remove_items("a; b; c", ["B"]) == "a; c"


def test_search_text_holds_pinyin_initials_and_local_phone():
    text = search_text("张三", ["+8613812345678", "ZS@x.com"], "读书")
    for needle in ("张三", "zhangsan", "zs", "13812345678", "zs@x.com", "读书"):
        assert needle in text


def test_inviter_cycle_is_refused():
    inviters = {1: None, 2: 1, 3: 2}
    with pytest.raises(ConflictError):
        check_inviter(1, 3, inviters.get)  # 1 invited 2 who invited 3: 3 cannot have invited 1
    with pytest.raises(ConflictError):
        check_inviter(2, 2, inviters.get)
    check_inviter(3, 1, inviters.get)


def test_clean_draft_normalises_and_refuses():
    d = clean_draft(
        MemberDraft(
            name="  张  三 ",
            identities=(("phone", "138 1234 5678"), ("email", "")),
            tags="a;b;a",
            joined_on="2024年3月5日",
        )
    )
    assert d.name == "张 三" and d.identities == (("phone", "+8613812345678"),)
    assert d.tags == "a; b" and d.joined_on == "2024-03-05"
    with pytest.raises(ValidationError) as e:
        clean_draft(MemberDraft(name=""))
    assert e.value.code == "name_required"
    with pytest.raises(ValidationError) as e:
        clean_draft(MemberDraft(name="x", identities=(("email", "bad@"),)))
    assert e.value.code == "bad_email"
