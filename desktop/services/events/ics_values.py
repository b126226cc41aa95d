"""The values .ics export writes, escaped by Beehive's own rules (transfer.content_lines) rather than
icalendar's: icalendar's TEXT escaping turns a typed backslash-N ("C:\\New") into a line break and
writes control characters as they are; its URIs and parameters take a lone CR or a LF unescaped. Here
a TEXT value escapes \\ ; , and writes every line break (CRLF, CR, LF) as \\n, a control character
as its picture (NUL → ␀); a URI percent-encodes them and a backslash; a CN parameter keeps its line
breaks as LF, which icalendar writes as ^n (RFC 6868), and a backslash as ＼. Folding stays
icalendar's (75 octets, whole characters).
"""

from __future__ import annotations

from icalendar import vCalAddress, vCategory, vText, vUri

from desktop.services.transfer.content_lines import escape_text, escape_uri, exportable


class Text(vText):
    def to_ical(self) -> bytes:
        return escape_text(str(self)).encode("utf-8")


class Uri(vUri):
    def __new__(cls, value: str, *args, **kwargs):  # vUri refuses a CR or LF (a traceback on export)
        return super().__new__(cls, escape_uri(value), *args, **kwargs)


class Address(vCalAddress):
    def __new__(cls, value: str, *args, **kwargs):
        return super().__new__(cls, escape_uri(value), *args, **kwargs)


def categories(*names: str) -> vCategory:
    return vCategory([Text(n) for n in names])


def address(uri: str, name: str) -> Address:
    """A mailto:/urn:uuid: address with its CN: the person's name as exportable() gives it, trimmed, a backslash
    as ＼ (U+FF3C). RFC 5545 gives parameters no backslash escape, yet icalendar (and others) unescape
    one there (CN=\\;x reads as ";x"), so no spelling of \\ reads back the same everywhere."""
    out = Address(uri)
    # a tab as a space: icalendar drops a tab inside a parameter when it reads one back
    out.params["CN"] = exportable(name).replace("\t", " ").strip().replace("\\", "\uff3c")
    return out
