"""Pinyin keys for sorting and searching Chinese names (张三 → "zhang san", initials "zs").

pypinyin's character table is read on first use and asked once per distinct character: a 100k-member import
touches a few thousand characters, not a few hundred thousand names.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

# Surnames whose reading differs from the character's most common one.
_SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "翟": "zhai",
    "乐": "yue",
    "覃": "qin",
    "缪": "miao",
    "盖": "ge",
    "尉": "yu",
    "黑": "he",
    "种": "chong",
    "秘": "bi",
    "折": "she",
    "员": "yun",
    "召": "shao",
    "长": "chang",
    "重": "chong",
}
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[a-z0-9]+")


@cache
def _char_table() -> dict[str, str]:
    """pypinyin's per-character table (code point → readings), read without importing the package:
    its __init__ loads the phrase dictionary too, which costs a third of a second."""
    spec = importlib.util.find_spec("pypinyin")
    for folder in spec.submodule_search_locations or () if spec else ():
        table = Path(folder) / "pinyin_dict.json"
        if table.exists():
            return json.loads(table.read_text(encoding="utf-8"))
    from pypinyin.pinyin_dict import pinyin_dict  # e.g. inside a bundle without the JSON beside it

    return {str(k): v for k, v in pinyin_dict.items()}


@cache
def char_pinyin(ch: str) -> str:
    """Most common toneless reading of one character (ü written v, as people type it)."""
    readings = _char_table().get(str(ord(ch)))
    if not readings:
        return ch
    first = unicodedata.normalize("NFD", readings.split(",")[0]).replace("u\u0308", "v")
    return "".join(c for c in first if not unicodedata.combining(c))


def syllables(name: str) -> list[str]:
    """Pinyin syllables for Han characters, lower-cased words for everything else."""
    out: list[str] = []
    latin: list[str] = []
    for i, ch in enumerate(name.strip()):
        if _HAN.match(ch):
            if latin:
                out.extend(_WORD.findall("".join(latin).lower()))
                latin = []
            out.append(_SURNAME_READINGS[ch] if i == 0 and ch in _SURNAME_READINGS else char_pinyin(ch))
        else:
            latin.append(ch)
    if latin:
        out.extend(_WORD.findall("".join(latin).lower()))
    return [s for s in out if s]


@lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, str, str]:
    """(sort key, full pinyin without spaces, initials) for a display name."""
    parts = syllables(name)
    return " ".join(parts), "".join(parts), "".join(p[0] for p in parts)
