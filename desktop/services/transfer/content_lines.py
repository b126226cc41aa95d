"""Content lines of vCard (RFC 6350) and iCalendar (RFC 5545): TEXT escaping and line folding.

Both writers use these (the .ics one through icalendar's property types, events/ics_values.py), so a value
reads back as it was stored with two documented exceptions: a control character becomes its picture
(transfer.limits.exportable: NUL → ␀), and a line break in any spelling (CRLF, a lone CR, LF) is
written as \\n, so it reads back as LF. A lone CR never reaches the file, where a reader would take it
for the end of the line.
"""

from __future__ import annotations

import re

from desktop.services.transfer.limits import exportable


def escape_text(value: str) -> str:
    """A TEXT value (or one component of N, ADR, ORG): backslash, semicolon, comma escaped, every line
    break as \\n (RFC 5545 3.3.11, RFC 6350 3.4)."""
    return (
        exportable(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def escape_uri(value: str) -> str:
    """A URI value (mailto:, tel:, url): no escaping rule of its own, so a line break, a control
    character or a backslash is percent-encoded (none can be part of a URI; readers such as icalendar
    would unescape \\, or \\; in it)."""
    value = re.sub("[\ufeff\ufffe\uffff]", "", value)  # left out, as exportable() does
    return re.sub(r"[\x00-\x1f\x7f\\]", lambda m: f"%{ord(m.group()):02X}", value)


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF + space, never splitting a UTF-8 character nor
    a backslash escape (some readers unescape before they unfold)."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            carry = ""
            if current.endswith("\\") and len(current) > 2 and (len(current) - len(current.rstrip("\\"))) % 2:
                current, carry = current[:-1], "\\"  # an escape's backslash goes on with its letter
            out.append(current)
            current, size = " " + carry, 1 + len(carry)
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)
