"""Pure rules of the duplicate finder: how names compare and what a candidate pair scores.

A pair's score is the sum of the weights of its reasons, capped at 100. The weights are chosen so that
one shared identity (email, phone, WeChat ID) is enough, while a name needs one more fact: two 王伟 in
one community are usually two people, two 王伟 in the same city deserve a look.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from models.pinyin import syllables

WEIGHTS = {
    "same_email": 60,
    "same_phone": 60,
    "same_wechat_id": 60,
    "same_qq": 50,
    "same_name": 45,
    "same_name_pinyin": 45,
    "similar_name": 35,
    "same_city": 10,
    "same_organisation": 15,
}
IDENTITY_REASONS = {
    "email": "same_email",
    "phone": "same_phone",
    "wechat_id": "same_wechat_id",
    "qq": "same_qq",
}
NAME_REASONS = ("same_name", "same_name_pinyin", "similar_name")  # at most one of them per pair
MIN_SCORE = 50  # a pair below this is not proposed
SIMILAR_AT = 90  # rapidfuzz ratio (0-100) of the sorted pinyin tokens from which names are "similar"

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PUNCT = re.compile(r"[^\w\s]+")  # dots, hyphens, brackets, full-width commas…


@dataclass(frozen=True)
class NameKeys:
    """What a name compares by. `exact`: the name as the same person writes it twice ("Smith, John" =
    "john smith", 张 三 = 张三); `pinyin`: the sound, surname first (张三 = Zhang San = 章三);
    `pinyin_alt`: a Chinese name read given-name first, as Western forms write it ("San Zhang");
    `fuzzy`: the tokens for rapidfuzz (Latin ones sorted); `block`: where similar names are looked for."""

    exact: str
    pinyin: str
    pinyin_alt: str
    fuzzy: str
    han: bool
    blocks: tuple[str, ...]


def _western_order(text: str) -> str:
    """ "Smith, John" → "John Smith" (one comma, Latin letters only)."""
    if text.count(",") == 1 and not _HAN.search(text):
        family, given = (p.strip() for p in text.split(","))
        if family and given:
            return f"{given} {family}"
    return text


@lru_cache(maxsize=131072)
def name_keys(name: str) -> NameKeys:
    text = unicodedata.normalize("NFKC", name).strip()
    han = bool(_HAN.search(text))
    text = _western_order(text)
    cleaned = _PUNCT.sub(" ", text).casefold()
    if han:
        exact = "".join(cleaned.split())  # 张 三 is 张三
    else:
        exact = " ".join(sorted(cleaned.split()))  # word order does not make another person
    tokens = syllables(cleaned)
    pinyin = "".join(tokens)
    pinyin_alt = "".join(tokens[1:] + tokens[:1]) if han and len(tokens) > 1 else ""
    fuzzy = " ".join(tokens if han else sorted(tokens))  # 三张 is not 张三; "Smith John" is "John Smith"
    if han:
        # Surname (first syllable) and length: a ratio of 90 needs names of about the same length.
        blocks = (f"{tokens[0] if tokens else ''}/{len(tokens)}",)
    else:
        blocks = tuple(sorted({t for t in tokens if len(t) > 1}))[:4]  # "Jon Smith" meets "John Smith"
    return NameKeys(exact, pinyin, pinyin_alt, fuzzy, han, blocks)


def pinyin_match(a: NameKeys, b: NameKeys) -> bool:
    """Same sound: both surname first, or a Chinese name against a Latin one written given name first."""
    if not a.pinyin or not b.pinyin:
        return False
    if a.pinyin == b.pinyin:
        return True
    if a.han != b.han:
        han, latin = (a, b) if a.han else (b, a)
        return han.pinyin_alt == latin.pinyin
    return False


def similarity(a: NameKeys, b: NameKeys) -> float:
    return fuzz.ratio(a.fuzzy, b.fuzzy)


def name_reason(a_name: str, b_name: str) -> str | None:
    """The strongest name reason of a pair, or None."""
    a, b = name_keys(a_name), name_keys(b_name)
    if a.exact and a.exact == b.exact:
        return "same_name"
    if pinyin_match(a, b):
        return "same_name_pinyin"
    if a.fuzzy and b.fuzzy and similarity(a, b) >= SIMILAR_AT:
        return "similar_name"
    return None


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """City and organisation compared without case, spaces or width ("Shanghai " = "shanghai")."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def score(reasons: tuple[str, ...] | list[str]) -> int:
    return min(100, sum(WEIGHTS[r] for r in reasons))


def ceiling(shared_kinds, same_city: bool, same_organisation: bool) -> int:
    """The most a pair can score, whatever its names: pairs below MIN_SCORE are skipped unread."""
    reasons = [IDENTITY_REASONS[k] for k in shared_kinds if k in IDENTITY_REASONS]
    reasons += ["same_city"] * same_city + ["same_organisation"] * same_organisation
    return score(reasons) + max(WEIGHTS[r] for r in NAME_REASONS)


def pair_reasons(
    a_name: str, b_name: str, shared_kinds: set[str] | frozenset[str], a_place: tuple[str, str],
    b_place: tuple[str, str],
) -> tuple[str, ...]:  # fmt: skip
    """Every reason of one pair; `*_place` is (city, organisation), `shared_kinds` the identity kinds
    whose value both have. Reasons come in WEIGHTS order, so the list reads the same everywhere."""
    found = {IDENTITY_REASONS[k] for k in shared_kinds if k in IDENTITY_REASONS}
    name = name_reason(a_name, b_name)
    if name:
        found.add(name)
    for reason, x, y in (
        ("same_city", a_place[0], b_place[0]),
        ("same_organisation", a_place[1], b_place[1]),
    ):
        if plain(x) and plain(x) == plain(y):
            found.add(reason)
    return tuple(r for r in WEIGHTS if r in found)
