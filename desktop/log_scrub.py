"""Personal data out of log lines and tracebacks: pure text functions, no logging, no Qt.

`scrub(text)` removes by pattern what can be recognised anywhere: SQLAlchemy's "[parameters: …]",
string literals in a logged "[SQL: …]", a DomainError's value (`code: field='value'`), e-mail
addresses, phone-like digit runs (7+ digits, with +, spaces, dashes, brackets; ID card numbers too),
WeChat IDs (wxid_…) and the repr of a row dict.

`exception_text(type, exc, tb)` is the traceback as Python prints it, except that each exception's own
text (the "Type: message" lines, not the frames: those are our source code) is scrubbed harder: the
values the exception chain is known to carry (a DomainError's value and extras, a failed statement's
parameters) are removed wherever they appear, and so is every quoted literal that is not a code name
('phone_region', 'member.email' stay; '张三' and 'secret note' go).
"""

from __future__ import annotations

import re
import traceback

HIDDEN = "…"
PARAMETERS = re.compile(r"\[parameters: [^\n]*")
SQL_LINE = re.compile(r"\[SQL: [^\n]*")
QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
DOMAIN_VALUE = re.compile(r"\b([a-z][a-z0-9_]*: [a-z][a-z0-9_]*=)(" + QUOTED.pattern + ")")
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])\+?\d(?:[ \-()]{0,2}\d){6,}(?!\w)")
DATE = re.compile(r"(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?:[ T-]?\d\d(?::?\d\d){0,2})?")
WXID = re.compile(r"wxid_[A-Za-z0-9_-]+")
ROW_DICT = re.compile(r"\{['\"][^'\"\n]*['\"]: [^{}\n]*\}")
CODE_NAME = re.compile(r"['\"][A-Za-z_][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+['\"]")  # one _ or . at least


def _phone(match: re.Match) -> str:
    text = match.group(0)
    return text if DATE.fullmatch(text) else "<phone>"


def scrub(text: str) -> str:
    text = PARAMETERS.sub("[parameters: hidden]", text)
    text = SQL_LINE.sub(lambda m: QUOTED.sub("'?'", m.group(0)), text)
    text = DOMAIN_VALUE.sub(lambda m: m.group(1) + repr(HIDDEN), text)
    text = ROW_DICT.sub("{" + HIDDEN + "}", text)
    text = EMAIL.sub("<email>", text)
    text = WXID.sub("wxid_" + HIDDEN, text)
    return PHONE.sub(_phone, text)


def _strings(value, found: set[str]) -> None:
    if isinstance(value, str):
        if len(value) >= 3 or (len(value) == 2 and not value.isascii()):
            found.add(value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, found)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            _strings(v, found)


def _chain(exc: BaseException | None) -> list[BaseException]:
    """The exception and those it was raised from or during, newest first (as Python walks them)."""
    seen: list[BaseException] = []
    while exc is not None and all(exc is not s for s in seen):
        seen.append(exc)
        exc = (
            exc.__cause__
            if exc.__cause__ is not None
            else (None if exc.__suppress_context__ else exc.__context__)
        )
    return seen


def carried_values(exc: BaseException | None) -> set[str]:
    """The data an exception chain is known to carry: DomainError values/extras, statement parameters."""
    from models.errors import DomainError

    found: set[str] = set()
    for e in _chain(exc):
        if isinstance(e, DomainError):
            _strings([e.value, *e.extra.values()], found)
        params = getattr(e, "params", None)  # sqlalchemy.exc.StatementError, without importing it
        if params is not None and hasattr(e, "statement"):
            _strings(params, found)
    return found


def scrub_exception_line(text: str, values: set[str]) -> str:
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, HIDDEN)
    text = scrub(text)
    return QUOTED.sub(lambda m: m.group(0) if CODE_NAME.fullmatch(m.group(0)) else repr(HIDDEN), text)


def exception_text(exc_type, exc: BaseException | None, tb) -> str:
    """The whole traceback, chain included, each exception's text scrubbed; frames kept as they are."""
    values = carried_values(exc)
    te = traceback.TracebackException(exc_type, exc, tb, compact=True)
    links = []
    while te is not None:
        links.append(te)
        te = (
            te.__cause__
            if te.__cause__ is not None
            else (None if te.__suppress_context__ else te.__context__)
        )
    parts: list[str] = []
    for i, link in enumerate(reversed(links)):
        if i:
            older = links[len(links) - i]
            parts.append(
                "\nThe above exception was the direct cause of the following exception:\n\n"
                if link.__cause__ is older
                else "\nDuring handling of the above exception, another exception occurred:\n\n"
            )
        if link.stack:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(link.stack.format())
        parts.append(scrub_exception_line("".join(link.format_exception_only()), values))
    return "".join(parts)
