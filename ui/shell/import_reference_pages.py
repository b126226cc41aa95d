"""The pages of Help ▸ Import column reference: for each import kind the columns Beehive reads, every header name
each answers to and the words a coded column accepts — read from the import code's own tables
(desktop.services.*.import_plan SYNONYMS, members' presets), so the page cannot drift from what an
import does — plus the spellings of dates and phones, the encodings and the file types."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ui.common.labels import field_names
from ui.shell.import_reference_words import FIELD_NAMES, KIND_TITLES, description, shown

# Shown as the dates Beehive reads; tests/ui/shell/test_help_reference.py reads each one through models.dates.
DATE_EXAMPLES = ("2024-03-28", "2024-03-28T10:30:00Z", "2024/3/19 19:00", "2024年3月26日 19:00", "2024年3月26日 下午7点半",
                 "3/28/2024 6:30 PM", "28/03/2024 10:00", "Mar 28, 2024 6:30 PM", "Thursday, March 28, 2024 6:30 PM",
                 "28 Mar 2024", "2024.3.28", "20240328")  # fmt: skip
# (as written, the row's country) each read by models.phones.read_phone with CN as the default region (the test).
PHONE_EXAMPLES = (("13800138000", ""), ("138 0013 8000", ""), ("+86 138-0013-8000", ""), ("0086 13800138000", ""),
                  ("１３８００１３８０００", ""), ("13800138000.0", ""), ("(415) 555-0132", "US"),
                  ("+44 20 7946 0018", ""))  # fmt: skip
DIGITS_LOST = "1.38001E+10"  # Excel's scientific notation: refused, never guessed
HEADER_EXAMPLES = (
    "手机号",
    "電話",
    "3、您的手机号码：",
    "手机号码（必填）",
    "請輸入您的電話",
    "Q2. Your phone number?",
    "手机 Mobile",
    "ＴＥＬ",
)  # the test: each is a phone


def kind_columns(kind: str) -> tuple[dict[str, tuple[str, ...]], str]:
    """(field → synonyms, the column a row needs) as the kind's import plan reads them."""
    if kind == "members":
        from desktop.services.members.import_row import SYNONYMS

        return SYNONYMS, "name"
    if kind in ("units", "memberships", "roles", "connections"):
        from desktop.services.structure.import_plan import REQUIRED, SYNONYMS

        return SYNONYMS[kind], REQUIRED[kind]
    if kind in ("events", "attendance"):
        from desktop.services.events.import_plan import REQUIRED, SYNONYMS

        return SYNONYMS[kind], REQUIRED[kind]
    if kind == "outputs":
        from desktop.services.outputs.import_plan import SYNONYMS

        return SYNONYMS, "title"
    from desktop.services.health.import_plan import SYNONYMS

    return SYNONYMS, "member"


def value_words(kind: str) -> dict[str, tuple[str, ...]]:
    """The words a coded column of the kind understands (status, kind, mode…), as the plans read them."""
    if kind == "members":
        from desktop.services.members.import_row import STATUS_WORDS

        return {"status": tuple(STATUS_WORDS)}
    if kind in ("units", "memberships", "connections"):
        from desktop.services.structure.import_plan import WORDS, YES

        return {"kind": tuple(WORDS["kind"]), "mode": tuple(WORDS["mode"]), "source": tuple(WORDS["source"]),
                "primary": tuple(YES)} if kind != "memberships" else {"primary": tuple(YES)}  # fmt: skip
    if kind == "events":
        from desktop.services.events.import_plan import KINDS

        return {"kind": tuple(KINDS)}
    if kind == "attendance":
        from desktop.services.events.attendance_words import WORDS

        return {"rsvp": tuple(w for w, (rsvp, _came) in WORDS.items() if rsvp),
                "attended": tuple(w for w, (_rsvp, came) in WORDS.items() if came is not None)}  # fmt: skip
    if kind == "outputs":
        from desktop.services.outputs.import_plan import KINDS, ROLES, STATUSES

        return {"kind": tuple(KINDS), "status": tuple(STATUSES), "contributors": tuple(ROLES)}
    return {}


def preset_headers() -> dict[str, dict[str, list[str]]]:
    """field → the title of an export (preset) → the headers by which that export names the field."""
    from desktop.services.members.presets import PRESETS

    found: dict[str, dict[str, list[str]]] = {}
    for preset in PRESETS:
        title = QCoreApplication.translate("Presets", preset.title)
        for header, field in preset.columns.items():
            found.setdefault(field, {}).setdefault(title, []).append(header)
    return found


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{escape(text)}</{tag}>"


def _names(items) -> str:
    return " · ".join(f"<code>{escape(i)}</code>" for i in items)


def kind_html(kind: str) -> str:
    synonyms, required = kind_columns(kind)
    words, presets = value_words(kind), (preset_headers() if kind == "members" else {})
    names = {**field_names(), **{f: shown(n) for f, n in FIELD_NAMES.items()}}
    if kind in (
        "events",
        "outputs",
        "activity",
    ):  # members' "title" is a job title, units' "kind" pyramid/ring
        names["kind"] = QCoreApplication.translate("ImportReference", "Kind")
        names["title"] = QCoreApplication.translate("ImportReference", "Title")
    rest = (QCoreApplication.translate("ImportReference", "Other columns are kept as custom member fields, or ignored: you choose in the import preview.")
            if kind == "members" else QCoreApplication.translate("ImportReference", "Other columns are ignored."))  # fmt: skip
    html = [f"<h2>{escape(shown(KIND_TITLES[kind]))}</h2>",
            "<p>" + escape(QCoreApplication.translate("ImportReference", "A row needs the column marked *. {rest} Headers are compared by "
                                                 "meaning: case, spaces, numbering and 您的/your do not matter.")
                           .format(rest=rest)) + "</p>",
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
            "<tr>" + _tag("th", QCoreApplication.translate("ImportReference", "Column"))
            + _tag("th", QCoreApplication.translate("ImportReference", "Header names recognised"))
            + _tag("th", QCoreApplication.translate("ImportReference", "What it holds")) + "</tr>"]  # fmt: skip
    for field, spellings in synonyms.items():
        headers = _names(dict.fromkeys((field, *spellings)))
        for title, own in presets.get(field, {}).items():
            headers += "<br><small>" + escape(
                QCoreApplication.translate("ImportReference", "In {export}:").format(export=title)
            )
            headers += " " + _names(own) + "</small>"
        what = escape(description(kind, field))
        if field in words:
            what += (
                "<br><small>"
                + escape(QCoreApplication.translate("ImportReference", "Words read:"))
                + " "
                + _names(words[field])
                + "</small>"
            )
        mark = " *" if field == required else ""
        html.append(
            f"<tr><td><b>{escape(names.get(field, field))}</b>{mark}</td><td>{headers}</td><td>{what}</td></tr>"
        )
    html.append("</table>")
    return "\n".join(html)


def exports_html() -> str:
    from desktop.services.members.presets import PRESETS

    html = [_tag("h2", QCoreApplication.translate("ImportReference", "Exports recognised (members)")),
            "<p>" + escape(QCoreApplication.translate("ImportReference", "A members file from one of these tools is recognised by its header row "
                                                 "(or choose it under Source in the import preview). Its own columns are read "
                                                 "as below; its bookkeeping columns (order numbers, IP addresses, QR links) "
                                                 "are left out, not kept as custom fields.")) + "</p>"]  # fmt: skip
    for p in PRESETS:
        html.append(_tag("h3", QCoreApplication.translate("Presets", p.title)) + "<p>")
        either = " <i>" + escape(QCoreApplication.translate("ImportReference", "or")) + "</i> "
        html.append(
            escape(QCoreApplication.translate("ImportReference", "Recognised by the headers:"))
            + " "
            + either.join("(" + ", ".join(f"<code>{escape(h)}</code>" for h in s) + ")" for s in p.signatures)
        )
        if p.columns:
            html.append(
                "<br>"
                + escape(QCoreApplication.translate("ImportReference", "Its columns:"))
                + " "
                + ", ".join(
                    f"<code>{escape(h)}</code> → {escape(field_label(f))}" for h, f in p.columns.items()
                )
            )
        if p.ignore:
            html.append(
                "<br><small>"
                + escape(QCoreApplication.translate("ImportReference", "Left out:"))
                + " "
                + _names(p.ignore)
                + "</small>"
            )
        html.append("</p>")
    return "\n".join(html)


def field_label(field: str) -> str:
    return {**field_names(), **{f: shown(n) for f, n in FIELD_NAMES.items()}}.get(field, field)


def spellings_html() -> str:
    """Dates, phones, encodings, file types and header spellings: the examples are read by the code in a test."""
    from desktop.services.transfer.tabular import TEXT_SUFFIXES, WORKBOOK_SUFFIXES
    from desktop.services.transfer.text_encoding import CANDIDATES

    def items(rows) -> str:
        return "<ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"

    phones = [f"<code>{escape(text)}</code>" + (" " + escape(QCoreApplication.translate("ImportReference", "(a row whose country is {country})")
                                                             .format(country=country)) if country else "")
              for text, country in PHONE_EXAMPLES]  # fmt: skip
    files = [_names(s for s in TEXT_SUFFIXES if s) + " " + escape(QCoreApplication.translate("ImportReference", "(text: comma, semicolon or tab separated)")),
             _names(WORKBOOK_SUFFIXES) + " " + escape(QCoreApplication.translate("ImportReference", "(workbooks: the sheet is chosen in the preview)")),
             "<code>.vcf</code> " + escape(QCoreApplication.translate("ImportReference", "(contact cards, read as a members table)")),
             "<code>.ics</code> " + escape(QCoreApplication.translate("ImportReference", "(calendars, read as an events table)"))]  # fmt: skip
    encodings = [_names(CANDIDATES) + " " + escape(QCoreApplication.translate("ImportReference", "(tried in this order; a reading that turns into "
                                                                         "garbage is never accepted)")),
                 escape(QCoreApplication.translate("ImportReference", "UTF-8 or UTF-16 with a byte-order mark (Excel's “Unicode text”) is read as such."))]  # fmt: skip
    return "\n".join([
        _tag("h2", QCoreApplication.translate("ImportReference", "Dates, phones, encodings")),
        _tag("h3", QCoreApplication.translate("ImportReference", "Dates")),
        "<p>" + escape(QCoreApplication.translate("ImportReference", "Dates and times are read in these spellings (a time after the date is "
                                             "optional). 05/03/2024 is read as 3 May unless you tick “Dates are day first” "
                                             "in the import preview (the default is in Preferences).")) + "</p>",
        items(f"<code>{escape(d)}</code>" for d in DATE_EXAMPLES),
        _tag("h3", QCoreApplication.translate("ImportReference", "Phones")),
        "<p>" + escape(QCoreApplication.translate("ImportReference", "Phones are stored in international form (+8613800138000). A number without "
                                             "+ is read in the row's country (from its country, city or postcode column), "
                                             "else in the default phone region of Preferences. These are all read:")) + "</p>",
        items(phones),
        "<p>" + escape(QCoreApplication.translate("ImportReference", "A number Excel has turned into {example} is refused: its last digits are "
                                             "lost. Format the column as text in the spreadsheet and export again.")
                       .format(example=DIGITS_LOST)) + "</p>",
        _tag("h3", QCoreApplication.translate("ImportReference", "Files and encodings")),
        items(files),
        items(encodings),
        _tag("h3", QCoreApplication.translate("ImportReference", "Header spellings")),
        "<p>" + escape(QCoreApplication.translate("ImportReference", "A header is compared by its meaning: full-width letters, Traditional "
                                             "characters (電話), survey numbering (1、 Q2.), 您的/your/请输入, a trailing "
                                             "(必填) or colon, and a second language (姓名 Name) are all looked past. "
                                             "These headers all name the phone column:")) + "</p>",
        items(f"<code>{escape(h)}</code>" for h in HEADER_EXAMPLES),
    ])  # fmt: skip
