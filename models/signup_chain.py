"""A WeChat 接龙 (group sign-up chain) as pasted from the chat: its title and numbered entries.

The chain is one message, often pasted as one line:
`#接龙 周日读书会 12月7日 1. 张三 2. 李四 +1 3. 王五（请假） 4、Amy Chen 带2人 5. 赵六 13800138000`.
An entry holds a name, and what people add after it: a +N or 带N人 for guests they bring, a word for
not coming (请假) or not sure (待定), a phone, a remark (晚到). Numbers count up from 1; a number that
does not follow the last one ("12.5 元", "2024.3.5") is text, not a new entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,3})\s*[.、．:：)）]\s*(?!\d)")
_MARK = re.compile(r"#\s*接龙")
_DECLINED = ("请假", "来不了", "不来了", "不来", "不参加", "取消", "有事", "缺席", "退出", "can't come", "cancel")
_MAYBE = ("待定", "可能", "看情况", "尽量", "争取", "不确定", "maybe", "tbc")
_CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_PLUS = re.compile(r"\+\s*(\d{1,2})(?!\d)|带\s*([0-9一两二三四五])\s*(?:个|位)?\s*(?:人|朋友|家属|小孩|孩子)?"
                   r"|带(?:朋友|家属|老婆|老公|孩子|小孩|娃)|携友")  # fmt: skip
_PHONE = re.compile(r"(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}")
_BRACKETS = re.compile(r"[（(【\[]([^）)】\]]*)[）)】\]]")
_NOISE = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]|\[[^\]]{1,6}\]")  # emoji, [微笑]
_EDGE = " \t,，;；。.、:：~～!！?？-—_|/"


@dataclass(frozen=True)
class ChainEntry:
    number: int
    written: str  # the entry as in the chat, for the preview
    name: str
    status: str  # going | declined | maybe
    guests: int  # people they bring besides themselves
    phone: str
    remark: str


@dataclass(frozen=True)
class Chain:
    title: str
    entries: tuple[ChainEntry, ...]


def _has(text: str, words: tuple[str, ...]) -> str | None:
    low = text.casefold()
    return next((w for w in words if w in low), None)


def _guests(match: re.Match) -> int:
    if match.group(1):
        return int(match.group(1))
    if match.group(2):
        d = match.group(2)
        return int(d) if d.isdigit() else _CN_DIGITS[d]
    return 1


def parse_entry(number: int, written: str) -> ChainEntry:
    text = _NOISE.sub(" ", written)
    status = "declined" if _has(text, _DECLINED) else "maybe" if _has(text, _MAYBE) else "going"
    guests = sum(_guests(m) for m in _PLUS.finditer(text))
    text = _PLUS.sub(" ", text)
    phone = ""
    if found := _PHONE.search(text):
        phone = re.sub(r"[\s-]", "", found.group(0))
        text = text[: found.start()] + " " + text[found.end() :]
    remarks = [b.strip() for b in _BRACKETS.findall(text) if b.strip() and not _has(b, (*_DECLINED, *_MAYBE))]
    text = _BRACKETS.sub(" ", text)
    for word in (*_DECLINED, *_MAYBE):
        text = re.sub(re.escape(word), " ", text, flags=re.IGNORECASE)
    text = text.strip(_EDGE + " ")
    words = text.split()
    if words and re.search(r"[\u3400-\u9fff]", words[0]):
        name, rest = words[0], " ".join(words[1:])  # 张三 晚点到: the name, then a remark
    else:
        latin = re.match(r"[^\u3400-\u9fff]*", text).group(0).strip()  # Amy Chen 晚到
        name, rest = latin or text, text[len(latin) :].strip() if latin else ""
    remark = " ".join(x for x in (*remarks, rest.strip(_EDGE)) if x)
    return ChainEntry(number, written.strip(), name.strip(_EDGE), status, guests, phone, remark)


def parse_chain(text: str) -> Chain:
    """The chain's title (what comes before entry 1, #接龙 removed) and its entries in order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    cuts: list[tuple[int, int, int]] = []  # (number, start of its mark, start of its text)
    expected = 1
    for m in _NUMBER.finditer(text):
        if int(m.group(1)) == expected:
            cuts.append((expected, m.start(), m.end()))
            expected += 1
    head = _MARK.sub(" ", text[: cuts[0][1]] if cuts else text)
    title = next((" ".join(line.split()) for line in head.split("\n") if line.strip()), "")  # its first line
    entries = []
    for i, (number, _start, begin) in enumerate(cuts):
        end = cuts[i + 1][1] if i + 1 < len(cuts) else len(text)
        body = text[begin:end]
        if i + 1 == len(cuts):
            body = body.split("\n\n", 1)[0]  # a closing line after a blank line is not the last entry's
        entry = parse_entry(number, body.replace("\n", " "))
        if entry.name:
            entries.append(entry)
    return Chain(title, tuple(entries))
