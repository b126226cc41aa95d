"""How names compare and what a candidate pair scores (models.duplicates)."""

from __future__ import annotations

import pytest

from models.duplicates import MIN_SCORE, WEIGHTS, name_keys, name_reason, pair_reasons, score

NOWHERE = ("", "")


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("张三", "张 三", "same_name"),
        ("张三", "张三 ", "same_name"),
        ("Smith, John", "John Smith", "same_name"),
        ("john smith", "JOHN  SMITH", "same_name"),
        ("Ｊｏｈｎ Ｓｍｉｔｈ", "John Smith", "same_name"),  # full-width letters from a Chinese keyboard
        ("张三", "Zhang San", "same_name_pinyin"),
        ("张三", "San Zhang", "same_name_pinyin"),  # a Western form: given name first
        ("王伟", "王玮", "same_name_pinyin"),  # homophones: worth a look
        ("張三", "张三", "same_name_pinyin"),  # Traditional and Simplified
        ("Jon Smith", "John Smith", "similar_name"),
        ("王子涵", "王子航", "similar_name"),  # front and back nasals confused
        ("李四", "王五", None),
        ("王伟", "王薇薇", None),
        ("三张", "张三", None),  # a Chinese name is not read backwards against another Chinese name
        ("Mary Jones", "Maria Johnson", None),
    ],
)
def test_name_reasons(a, b, reason):
    assert name_reason(a, b) == reason
    assert name_reason(b, a) == reason


def test_identity_alone_is_enough_a_name_alone_is_not():
    phone = pair_reasons("张三", "三哥", {"phone"}, NOWHERE, NOWHERE)
    assert phone == ("same_phone",) and score(phone) >= MIN_SCORE
    name = pair_reasons("王伟", "王伟", set(), ("北京", ""), ("上海", ""))
    assert name == ("same_name",) and score(name) < MIN_SCORE
    with_city = pair_reasons("王伟", "王伟", set(), ("北京", ""), ("北京 ", ""))
    assert with_city == ("same_name", "same_city") and score(with_city) >= MIN_SCORE


def test_reasons_in_weight_order_and_score_capped():
    reasons = pair_reasons("Li Na", "李娜", {"wechat_id", "email", "phone"}, ("Shanghai", "ACME"),
                           ("shanghai", "acme"))  # fmt: skip
    assert reasons == ("same_email", "same_phone", "same_wechat_id", "same_name_pinyin", "same_city",
                       "same_organisation")  # fmt: skip
    assert score(reasons) == 100


def test_empty_places_and_nicknames_are_not_evidence():
    assert pair_reasons("Anna Lee", "Bob Chan", {"wechat_nickname"}, NOWHERE, NOWHERE) == ()


def test_similar_name_needs_one_more_fact():
    assert WEIGHTS["similar_name"] < MIN_SCORE
    assert score(("similar_name", "same_organisation")) >= MIN_SCORE


def test_blocks_put_typos_together():
    assert set(name_keys("Jon Smith").blocks) & set(name_keys("John Smith").blocks)
    assert name_keys("王子涵").blocks == name_keys("王子航").blocks


@pytest.mark.parametrize(("a", "b"), [("张三", "Zhang San"), ("Jon Smith", "John Smith"), ("王伟", "王伟")])
@pytest.mark.parametrize("kinds", [set(), {"phone"}, {"email", "wechat_id"}])
def test_ceiling_is_never_below_a_real_score(a, b, kinds):
    from models.duplicates import ceiling

    for place in (("北京", "ACME"), ("北京", ""), ("", "")):
        reasons = pair_reasons(a, b, kinds, place, place)
        assert score(reasons) <= ceiling(kinds, bool(place[0]), bool(place[1]))
    assert ceiling(set(), False, False) < MIN_SCORE  # a name alone: the scan skips such pairs unread
