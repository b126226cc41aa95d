"""Deciding a text file's encoding: never accept a decode that only succeeds into garbage.

Bytes of one legacy encoding often decode without error in another (Big5 as GB18030, GBK as cp1252),
so a successful decode is scored for plausibility on a sample: Chinese text read right is mostly
common characters (GB2312 level 1 or Big5 level 1); read wrong it turns into kana, rare characters,
private-use and control characters, or runs of accented Latin letters. No maintained detector is a
dependency here (charset-normalizer guesses per file, and its guesses are what we must not trust);
the scorer only chooses among the encodings organisers' files really come in.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from models.errors import ValidationError

CANDIDATES = ("utf-8", "gb18030", "big5", "cp1252")
SAMPLE = 200_000  # characters scored; enough for any header and thousands of names
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LATIN_RUN = re.compile(r"[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]{2,}")
_PRIVATE = re.compile(r"[\ue000-\uf8ff\ufffd]")


def _common_cjk(ch: str) -> bool:
    try:
        b = ch.encode("gb2312")
        if 0xB0 <= b[0] <= 0xD7:  # GB2312 level 1: the 3,755 most used Simplified characters
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
        return 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E  # Big5 level 1: the common Traditional ones
    except UnicodeEncodeError:
        return False


def implausibility(text: str, utf8: bool = False) -> float:
    """Share of suspicious characters (0 = clean text); above ~0.1 the decode is garbage.

    Runs of accented Latin letters, rare Han characters, kana, Hangul and box drawing are what one
    legacy encoding read as another looks like. Bytes of a legacy encoding are almost never valid
    UTF-8, so in a valid UTF-8 reading (utf8=True) those are real text (Vietnamese, 王堃, Japanese,
    the zero-width joiners of emoji 👩‍👩‍👧 as format characters): there only control, private-use,
    unassigned characters and U+FFFD count (double-encoded mojibake shows as C1 controls)."""
    sample = text[:SAMPLE]
    bad = len(_CONTROL.findall(sample)) + 3 * len(_PRIVATE.findall(sample))
    bad += 0 if utf8 else sum(len(m) for m in _LATIN_RUN.findall(sample))
    letters = 0
    for ch, n in Counter(sample).items():
        if ch.isascii():
            letters += n if ch.isalpha() else 0
            continue
        letters += n
        if utf8:
            category = unicodedata.category(ch)
            bad += n if category == "Cn" or category == "Co" and not _PRIVATE.match(ch) else 0
        elif "\u4e00" <= ch <= "\u9fff":
            if not _common_cjk(ch):
                bad += n
        elif "\u3040" <= ch <= "\u30ff" or "\u2500" <= ch <= "\u257f" or "\uac00" <= ch <= "\ud7af":
            bad += n  # kana, box drawing, Hangul: what GBK bytes of Big5 text look like
        elif unicodedata.category(ch).startswith("C"):
            bad += n
    return bad / max(1, letters)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read in; ValidationError when no reading is plausible."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text": UTF-16 with a BOM
        return _strict(data, "utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if encoding:
        text = _strict(data, encoding)
        if implausibility(text) > 0.1:
            raise ValidationError("implausible_encoding", "file", encoding)
        return text, encoding
    best: tuple[float, str, str] | None = None
    for enc in CANDIDATES:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = implausibility(text, utf8=enc == "utf-8")
        if enc == "utf-8" and score <= 0.1:
            return text, enc  # bytes that are valid UTF-8 and read as sense are UTF-8
        if best is None or score < best[0]:
            best = (score, text, enc)
    if best is None or best[0] > 0.1:
        raise ValidationError("unknown_encoding", "file", "UTF-8, UTF-16, GBK/GB18030, Big5, cp1252")
    return best[1], best[2]


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ValidationError("implausible_encoding", "file", encoding) from None


def read_text_file(path, encoding: str | None = None) -> tuple[str, str]:
    """A text file's text and encoding (see decode); refused with a reason when unreadable or empty."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("unreadable", "file", str(path)) from exc
    if not data.strip():
        raise ValidationError("empty_file", "file", str(path))
    return decode(data, encoding)
