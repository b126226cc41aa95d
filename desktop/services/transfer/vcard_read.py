"""Contacts files (.vcf) as a Table: one row per card, under the English headers the member import knows.

Phones and mail programs write three generations: 2.1 (Android, old Nokia: QUOTED-PRINTABLE values with
CHARSET=UTF-8 and soft line breaks, bare parameters like TEL;CELL), 3.0 (Apple: item1.TEL with its
item1.X-ABLabel, folded lines) and 4.0 (tel: URIs, quoted parameters). vobject parses 3.0 well but
stops at the first 2.1 quoted-printable name and gives no line numbers, so this small reader parses
all three line by line: a broken card becomes a rejected row at its line, never a traceback.
"""

from __future__ import annotations

import quopri
import re
from pathlib import Path

from desktop.services.transfer.header_row import Table
from desktop.services.transfer.results import Rejected
from desktop.services.transfer.text_encoding import read_text_file
from models.errors import ValidationError

# the member import's own field names, in the order the preview shows them
COLUMNS = ("uuid", "name", "nickname", "email", "phone", "wechat", "qq", "organisation", "title",
           "city", "country", "tags", "birthday", "url", "notes")  # fmt: skip
JOIN = "; "  # several emails or phones in one cell
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_IM = {"wechat": "wechat", "weixin": "wechat", "微信": "wechat", "qq": "qq"}


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(line number, property line) with folded lines and quoted-printable soft breaks joined."""
    out: list[tuple[int, str]] = []
    qp_open = False  # the previous line was quoted-printable and ended in "=": it goes on
    for n, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):  # not splitlines: \x0b, U+2028 are data
        if qp_open and out:
            out[-1] = (out[-1][0], out[-1][1][:-1] + raw.lstrip(" \t"))
        elif raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])  # RFC 6350 folding: one space or tab
        elif raw.strip():
            out.append((n, raw))
        else:
            continue
        head = out[-1][1].split(":", 1)[0].upper()
        qp_open = "QUOTED-PRINTABLE" in head and out[-1][1].endswith("=")
    return out


def _split(value: str, sep: str) -> list[str]:
    """Split on sep not escaped with a backslash (after an escaped backslash "\\\\" it does split)."""
    parts, start, i = [], 0, 0
    while i < len(value):
        if value[i] == "\\":
            i += 2
            continue
        if value[i] == sep:
            parts.append(value[start:i])
            start = i + 1
        i += 1
    return [*parts, value[start:]]


def _unescape(value: str) -> str:
    return re.sub(r"\\([nN,;:\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _parse_property(line: str, fallback: str) -> tuple[str, dict[str, list[str]], str]:
    """(NAME, params, value): group prefixes (item1.) dropped, 2.1 bare parameters read as TYPE."""
    quoted, cut = False, -1
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            cut = i
            break
    if cut < 0:
        raise ValueError("no colon")
    left, value = line[:cut], line[cut + 1 :]
    name, *raw_params = left.split(";")
    name = name.rsplit(".", 1)[-1].strip().upper()
    params: dict[str, list[str]] = {}
    for p in raw_params:
        key, eq, val = p.partition("=")
        key, vals = (key.strip().upper(), val) if eq else ("TYPE", key)
        params.setdefault(key, []).extend(v.strip('"').upper() for v in vals.split(","))
    if "QUOTED-PRINTABLE" in params.get("ENCODING", []) + params.get("TYPE", []):
        charset = (params.get("CHARSET") or [fallback])[0]
        value = quopri.decodestring(value.encode("utf-8")).decode(charset)
    return name, params, value


def _name(props: dict[str, list[str]]) -> str:
    if fn := next((v for v in props.get("FN", []) if _unescape(v)), ""):
        return _unescape(fn)
    if not props.get("N"):
        return ""
    parts = [_unescape(p) for p in _split(props["N"][0], ";")] + [""] * 5
    family, given, additional, prefix, suffix = parts[:5]
    if _CJK.search(family + given):
        return family + given  # 陈大文: family name first, no space
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _row(props: dict[str, list[str]], ims: dict[str, list[str]]) -> dict[str, str]:
    def joined(key: str) -> str:
        values = [_unescape(v) for v in props.get(key, [])]
        return JOIN.join(dict.fromkeys(v for v in values if v))

    phones = [re.sub(r"^tel:", "", _unescape(v), flags=re.I) for v in props.get("TEL", [])]
    adr = ([_unescape(p) for p in _split(props["ADR"][0], ";")] if props.get("ADR") else []) + [""] * 7
    org = " ".join(p for p in (_unescape(p) for p in _split(props["ORG"][0], ";")) if p) if props.get("ORG") else ""
    bday = _unescape(props["BDAY"][0]) if props.get("BDAY") else ""
    if re.fullmatch(r"\d{8}", bday):
        bday = f"{bday[:4]}-{bday[4:6]}-{bday[6:]}"
    uid = re.sub(r"^urn:uuid:", "", _unescape(props["UID"][0]), flags=re.I) if props.get("UID") else ""
    tags = [_unescape(t) for v in props.get("CATEGORIES", []) for t in _split(v, ",")]
    return {
        "uuid": uid, "tags": JOIN.join(t for t in tags if t),
        "name": _name(props), "nickname": joined("NICKNAME"), "email": joined("EMAIL"),
        "phone": JOIN.join(dict.fromkeys(p for p in phones if p)),
        "wechat": JOIN.join(dict.fromkeys(ims.get("wechat", []))), "qq": JOIN.join(dict.fromkeys(ims.get("qq", []))),
        "organisation": org, "title": joined("TITLE"), "city": adr[3], "country": adr[6],
        "birthday": bday[:10], "url": joined("URL"), "notes": joined("NOTE"),
    }  # fmt: skip


def _im(name: str, params: dict[str, list[str]], value: str) -> tuple[str, str] | None:
    """A WeChat or QQ id from IMPP, X-WECHAT, X-QQ (how Chinese phones and exports write them)."""
    if name in ("X-WECHAT", "X-WEIXIN", "X-QQ"):
        return _IM[name[2:].lower()], _unescape(value)
    if name != "IMPP":
        return None
    service = (params.get("X-SERVICE-TYPE") or params.get("TYPE") or [""])[0].lower()
    scheme, _, handle = value.partition(":")
    kind = _IM.get(service) or _IM.get(scheme.lower())
    return (kind, _unescape(handle or value)) if kind else None


def read_vcards(path: Path, encoding: str | None = None) -> Table:
    text, used_encoding = read_text_file(path, encoding)
    fallback = "utf-8" if used_encoding.startswith("utf") else used_encoding
    rows: list[tuple[int, dict[str, str]]] = []
    rejected: list[Rejected] = []
    card_line, props, ims, broken = 0, {}, {}, ""
    for line, prop in _logical_lines(text):
        upper = prop.strip().upper()
        if upper == "BEGIN:VCARD":
            if card_line:
                rejected.append(Rejected(card_line, "broken_vcard", "line", "END:VCARD"))
            card_line, props, ims, broken = line, {}, {}, ""
            continue
        if not card_line:
            continue  # text between cards
        if upper == "END:VCARD":
            if broken:
                rejected.append(Rejected(card_line, "broken_vcard", "line", broken))
            else:
                rows.append((card_line, _row(props, ims)))
            card_line = 0
            continue
        try:
            name, params, value = _parse_property(prop, fallback)
        except (ValueError, LookupError):  # no colon, bad quoted-printable, an unknown CHARSET
            broken = broken or str(line)
            continue
        if "B" in params.get("ENCODING", []) or "BASE64" in params.get("ENCODING", []):
            continue  # a photo or a key: nothing a member list keeps
        if im := _im(name, params, value):
            ims.setdefault(im[0], []).append(im[1])
        props.setdefault(name, []).append(value)
    if card_line:
        rejected.append(Rejected(card_line, "broken_vcard", "line", "END:VCARD"))  # the file was cut off
    if not rows and not rejected:
        raise ValidationError("not_a_vcard", "file", Path(path).name)
    used = [c for c in COLUMNS if c == "name" or any(r[c] for _l, r in rows)]
    return Table(used, [(line, [r[c] for c in used]) for line, r in rows], encoding=used_encoding,
                 sheet="", header_score=len(used), rejected=rejected)  # fmt: skip
