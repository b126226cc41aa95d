"""Parsing a pasted WeChat 接龙: entries, guests brought, who cannot come, phones and remarks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.signup_chain import parse_chain

CHAIN = """#接龙
周日读书会 12月7日 19:00 望京书房
报名请接龙，限30人，费用12.5元

1. 张三
2. 李四+1
3. 王五（请假）
4、Amy Chen 带2人
5. 北京-赵六-设计 138 0013 8000
6. 小明🌟[微笑] 晚点到
7. zhangsan 待定
8. 孙七 带朋友

以上，周六晚截止
"""


def test_the_issue_example_on_one_line():
    chain = parse_chain("#接龙 周日读书会 1. 张三 2. 李四 +1 3. 王五（请假）")
    assert chain.title == "周日读书会"
    assert [(e.name, e.status, e.guests) for e in chain.entries] == [
        ("张三", "going", 0), ("李四", "going", 1), ("王五", "declined", 0)]  # fmt: skip


def test_a_chain_as_pasted_from_the_group():
    chain = parse_chain(CHAIN)
    assert chain.title == "周日读书会 12月7日 19:00 望京书房"
    got = [(e.number, e.name, e.status, e.guests, e.phone, e.remark) for e in chain.entries]
    assert got == [
        (1, "张三", "going", 0, "", ""),
        (2, "李四", "going", 1, "", ""),
        (3, "王五", "declined", 0, "", ""),
        (4, "Amy Chen", "going", 2, "", ""),
        (5, "北京-赵六-设计", "going", 0, "13800138000", ""),
        (6, "小明", "going", 0, "", "晚点到"),
        (7, "zhangsan", "maybe", 0, "", ""),
        (8, "孙七", "going", 1, "", ""),
    ]  # the closing line after the blank line is not part of entry 8


def test_numbers_inside_text_are_not_entries():
    chain = parse_chain("#接龙 3.15 活动 费用 12.5 元 2024.3.5\n1. 张三 2. 李四 5. 错号 3. 王五")
    assert [e.name for e in chain.entries] == ["张三", "李四", "王五"]  # "5." does not follow 2: text


@given(st.text(max_size=300))
def test_any_text_parses_without_error(text):
    chain = parse_chain(text)
    assert all(e.name and e.status in ("going", "declined", "maybe") and e.guests >= 0 for e in chain.entries)
