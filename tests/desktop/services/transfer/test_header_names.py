"""Headers compared by meaning: survey numbering, polite prefixes, Traditional Chinese, full-width
letters and bilingual titles all reach the same key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.transfer.header_names import header_key, header_keys, strip_numbering
from desktop.services.transfer.tabular import match_headers


@pytest.mark.parametrize(
    "header,key",
    [
        ("1、您的姓名：", "姓名"),
        ("3、您的手机号码：（必填）", "手机号码"),
        ("3、您的手机号码（必填）：", "手机号码"),  # the mark before the colon
        ("Q2. Your email? (required)", "email"),
        ("Q2. Your email?", "email"),
        ("第4题 兴趣", "兴趣"),
        ("(1) 城市", "城市"),
        ("電話", "电话"),
        ("電子郵件", "电子邮件"),
        ("Ｅｍａｉｌ", "email"),
        ("What is your phone number?", "phonenumber"),
        ("请填写您的微信号", "微信号"),
        ("E-mail 1 - Value", "email1value"),
        ("Order #", "order#"),
    ],
)
def test_header_key(header, key):
    assert header_key(header) == key


def test_bilingual_titles_are_tried_by_each_language_but_one_word_is_not_split():
    assert header_keys("Your name 你的名字")[1:] == ["名字", "name"]
    assert header_keys("姓名/Name")[1:] == ["姓名", "name"]
    assert header_keys("会员ID") == ["会员id"]  # not "id", which is the record's UUID column


def test_matching_uses_the_keys_and_repeats_identity_columns():
    mapping, unknown = match_headers(
        ["1、您的姓名：", "電話", "Phone", "鞋码"], {"name": ("姓名",), "phone": ("电话",)}, repeatable=("phone",)
    )
    assert mapping == {0: "name", 1: "phone", 2: "phone+2"} and unknown == ["鞋码"]


def test_strip_numbering_keeps_the_question():
    assert strip_numbering("6、您从哪里知道我们？") == "您从哪里知道我们？"
    assert strip_numbering("2024年计划") == "2024年计划"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_header_gives_a_key_and_never_raises(text):
    keys = header_keys(text)
    assert keys[0] == header_key(text) and all(isinstance(k, str) for k in keys)
