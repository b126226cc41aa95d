"""Checks shared by the writer tests and the writer fuzz: a content-line file's structure (.ics and
.vcf), and a member written as a vCard read back by our reader and by vobject, compared with what the
writer promises (transfer.content_lines: line breaks as LF, control characters as their pictures)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.members.vcard_export import vcard_text
from desktop.services.transfer.content_lines import exportable
from desktop.services.transfer.vcard_read import JOIN, read_vcards
from models.lists import split_list

# the member export's columns a vCard carries as text, and what our reader calls them
TEXT_FIELDS = ("name", "nickname", "email", "wechat", "qq", "organisation", "title", "city", "tags", "notes")


def structure_problems(text: str) -> list[str]:
    """What breaks the content-line structure: a CR or LF outside CRLF, a line over 75 octets, a fold
    inside a UTF-8 character, a control character other than tab."""
    data = text.encode("utf-8")
    problems = []
    bare = data.replace(b"\r\n", b"")
    if b"\r" in bare or b"\n" in bare:
        problems.append("a CR or LF outside CRLF")
    for line in data.split(b"\r\n"):
        if len(line) > 75:
            problems.append(f"{len(line)} octets: {line[:40]!r}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"a character split by folding: {line[:40]!r}")
        if any(b < 0x20 and b != 0x09 or b == 0x7F for b in line):
            problems.append(f"a control character: {line[:40]!r}")
    return problems


def written(value: str) -> str:
    """A value as the writers promise to give it back (our reader also trims it)."""
    return exportable(value).strip()


def _parts(value: str) -> list[str]:  # the export's multi-valued columns, joined by "; "
    return [p.strip() for p in value.split("; ") if p.strip()]


def expected_row(member: dict) -> dict[str, str]:
    out = {}
    for field in TEXT_FIELDS:
        value = member.get(field, "")
        if field == "tags":
            out[field] = JOIN.join(written(t) for t in split_list(value))
        elif field in ("email", "wechat", "qq"):
            out[field] = JOIN.join(dict.fromkeys(written(p) for p in _parts(value)))
        elif field == "nickname":  # one nickname: several are written as one NICKNAME list
            out[field] = ",".join(written(p) for p in _parts(value))
        else:
            out[field] = written(value)
    return out


def vcard_mismatches(member: dict, version: str, folder: Path) -> list[str]:
    """Where the written card breaks the structure or reads back other than promised (empty: fine)."""
    text = vcard_text([member], version)
    problems = structure_problems(text)
    path = folder / "out.vcf"
    path.write_bytes(text.encode("utf-8"))
    table = read_vcards(path)
    if table.rejected or len(table.rows) != 1:
        return [*problems, f"our reader: {table.rejected} {len(table.rows)} rows"]
    got = dict(zip(table.headers, table.rows[0][1], strict=True))
    for field, want in expected_row(member).items():
        if got.get(field, "") != want:
            problems.append(f"our reader, {field}: {got.get(field, '')!r} != {want!r}")
    problems += _vobject_mismatches(text, member, version)
    return problems


def _vobject_mismatches(text: str, member: dict, version: str) -> list[str]:
    """vobject (a test dependency, not the app's) reads 3.0: FN, NOTE, TITLE, EMAIL unescaped."""
    try:
        import vobject
    except ImportError:
        return []
    if version != "3.0":
        return []  # vobject stamps and parses everything as 3.0; 4.0's URIs it leaves raw
    card = vobject.readOne(text)
    problems = []
    pairs = [("fn", "name"), ("note", "notes"), ("title", "title")]
    for attr, field in pairs:
        if member.get(field, "") and written(member[field]):
            value = getattr(card, attr).value if hasattr(card, attr) else None
            if value is None or value.strip() != written(member[field]):
                problems.append(f"vobject, {attr}: {value!r} != {written(member[field])!r}")
    emails = [written(p) for p in _parts(member.get("email", ""))]
    if [e.value.strip() for e in getattr(card, "email_list", [])] != emails:
        problems.append(
            f"vobject, email: {[e.value for e in getattr(card, 'email_list', [])]!r} != {emails!r}"
        )
    return problems
