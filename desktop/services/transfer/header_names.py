"""Column headers compared by meaning, not spelling.

Survey tools number their questions (`1、您的姓名：`, `Q2. Your email?`), Taiwanese and Hong Kong
files write 電話 for 电话, forms mix languages (`Your name 你的名字`), and spreadsheets use full-width
letters. A header's key drops all of that so one synonym list serves every spelling.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_NUMBERING = re.compile(r"^\s*(?:(?:q|no\.?)?\s*\d+|[一二三四五六七八九十]+)\s*[、.:)\]]\s*|^\s*[(\[]\d+[)\]]\s*"
                        r"|^\s*第\s*\d+\s*题\s*[、.:]?\s*", re.IGNORECASE)  # fmt: skip
_REQUIRED = re.compile(r"\s*[(\[](?:必填|选填|必选|可选|required|optional)[)\]]\s*$", re.IGNORECASE)
_TRAILING = re.compile(r"[\s:?*!。]+$")
_POLITE = re.compile(r"^(?:请(?:输入|填写|选择)?(?:您的|你的)?|您的|你的|您|你|what(?:'s| is) your|please (?:enter|give) your|your)\s*",
                     re.IGNORECASE)  # fmt: skip
_SPACES = re.compile(r"[\s_\-()\[\]]+")
_PARTS = re.compile(r"\s+|/|(?=[(\[])")  # where a bilingual title puts its second language
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


@functools.cache
def _to_simplified():
    import opencc  # its dictionaries load once, on the first Chinese header

    return opencc.OpenCC("t2s").convert


def strip_numbering(text: str) -> str:
    """A survey question's header without its number: `2、您的手机号码：` → `您的手机号码：`."""
    return _NUMBERING.sub("", text, count=1).strip() or text.strip()


def header_key(text: str) -> str:
    """The header as compared: NFKC (full-width → ASCII), Simplified, no numbering, no polite prefix
    (您的/your), no trailing ：/?/(必填), no spaces, dashes, underscores or brackets, case-folded."""
    t = unicodedata.normalize("NFKC", text or "")
    if _CJK.search(t):
        t = _to_simplified()(t)
    t = _NUMBERING.sub("", t, count=1)
    for pattern in (_TRAILING, _REQUIRED, _TRAILING):  # `手机号码（必填）：`: the colon, then the mark
        t = pattern.sub("", t)
    t = _POLITE.sub("", t.strip(), count=1)
    return _SPACES.sub("", t).casefold()


def header_keys(text: str) -> list[str]:
    """The key of the whole header, then (for `Your name 你的名字`, `姓名/Name`) of each language's part.
    Only a title that sets its languages apart is split: 会员ID is one word, not 会员 and ID."""
    keys = [header_key(text)]
    t = _NUMBERING.sub("", unicodedata.normalize("NFKC", text or "").strip(), count=1)
    if not (_CJK.search(t) and _LATIN.search(t)):
        return keys
    chunks = [c for c in _PARTS.split(t) if c and c.strip()]
    chinese = " ".join(c for c in chunks if _CJK.search(c))
    latin = " ".join(c for c in chunks if not _CJK.search(c))
    if chinese and latin:
        keys += [k for k in (header_key(chinese), header_key(latin)) if k and k not in keys]
    return keys
