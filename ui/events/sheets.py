"""The event printouts rendered as HTML from their data (desktop.services.events.printouts): the event plan,
the sign-in sheet and a series' duty roster. The words are here; what is listed, and in what order, is not."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from desktop.services.events.printout_data import EventHead, PlanSheet, Roster, SigninSheet
from ui.common.labels import named
from ui.common.output_labels import output_kind_names, output_role_names
from ui.events.labels import duty_names, event_kind_names, minutes_text, rsvp_names, when_text

TABLE = "<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse;'>"
BOX = "☐"
WALK_IN_ROWS = 10
SIGNIN_COLUMNS = ("attended", "led", "paid", "signature")  # ticked or signed on the day, in this order
RUN_WIDTHS = ("15%", "40%", "18%", "27%")


class SheetText(QObject):
    """Words on the printed event sheets (a QObject so lupdate keeps plural forms)."""

    def run_sheet(self) -> str:
        return self.tr("Run-sheet")

    def run_headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Item"), self.tr("Who"), self.tr("Notes")]

    def duties(self) -> str:
        return self.tr("Duties")

    def tasks(self) -> str:
        return self.tr("Tasks")

    def materials(self) -> str:
        return self.tr("Materials")

    def notes(self) -> str:
        return self.tr("Notes for the day")

    def presented(self) -> str:
        return self.tr("Works presented")

    def run_total(self, run: int, length: int) -> str:
        return self.tr("Run time {run} of {length}").format(
            run=minutes_text(run), length=minutes_text(length)
        )

    def too_long(self, over: int) -> str:
        return self.tr("Warning: the agenda runs %n minute(s) past the end of the event.", "", over)

    def capacity(self, going: int, capacity: int) -> str:
        if capacity:
            return self.tr("{going} going of {capacity} places").format(going=going, capacity=capacity)
        return self.tr("%n going", "", going)

    def signin_title(self) -> str:
        return self.tr("Sign-in sheet")

    def signin_headers(
        self, columns: tuple[str, ...] = ("attended", "signature"), phone: bool = True
    ) -> list[str]:
        names = self.signin_columns()
        return ["#", self.tr("Name"), self.tr("Unit"), self.tr("RSVP"), *([self.tr("Phone")] if phone else []),
                *(names[c] for c in columns)]  # fmt: skip

    def signin_columns(self) -> dict[str, str]:
        """The after-the-fact columns an organiser may add to a sign-in sheet (SIGNIN_COLUMNS)."""
        return {"attended": self.tr("Attended"), "led": self.tr("Led"), "paid": self.tr("Paid"),
                "signature": self.tr("Signature")}  # fmt: skip

    def no_photos(self) -> str:
        """Beside the name of someone who said no to photos (sign-in sheet and badge)."""
        return self.tr("No photos")

    def walk_ins(self) -> str:
        return self.tr("Walk-ins")

    def roster_title(self, title: str) -> str:
        return self.tr("Duty roster: {title}").format(title=title)

    def date(self) -> str:
        return self.tr("Date")


def event_head(e: EventHead, text: SheetText) -> str:
    place = " · ".join(escape(x) for x in (e.venue, e.address, e.online_link) if x)
    kind = escape(named(event_kind_names(), e.kind))
    meta = [kind, escape(e.unit)] if e.unit else [kind]
    return (
        f"<h1 style='font-size: 18pt; margin-bottom: 2px;'>{escape(e.title)}</h1>"
        f"<p style='font-size: 12pt; margin: 0;'><b>{escape(when_text(e.start, e.end))}</b> ({escape(e.tz)})</p>"
        + (f"<p style='margin: 2px 0;'>{place}</p>" if place else "")
        + f"<p style='margin: 2px 0; color: #555;'>{' · '.join(meta)} · {escape(text.capacity(e.going, e.capacity))}</p>"
    )


def _checked(done: bool) -> str:
    return "☑" if done else BOX


def plan_html(sheet: PlanSheet) -> str:
    text = SheetText()
    parts = [event_head(sheet.event, text)]
    if sheet.event.description:
        parts.append(f"<p>{escape(sheet.event.description)}</p>")
    if sheet.agenda:
        rows = []
        for a in sheet.agenda:
            late = " style='color: #b00020;'" if a.late else ""
            rows.append(f"<tr{late}><td style='white-space: nowrap'>{a.start:%H:%M}–{a.end:%H:%M}</td><td><b>{escape(a.title)}</b></td>"
                        f"<td>{escape(a.who)}</td><td>{escape(a.notes)}</td></tr>")  # fmt: skip
        parts.append(f"<h2>{escape(text.run_sheet())}</h2>{TABLE}<thead><tr>"
                     + "".join(f"<th align='left' width='{w}'>{escape(h)}</th>"
                             for h, w in zip(text.run_headers(), RUN_WIDTHS, strict=True))
                     + "</tr></thead>" + "".join(rows) + "</table>"
                     + f"<p>{escape(text.run_total(sheet.run_min, sheet.length_min))}</p>")  # fmt: skip
        if sheet.over_min:
            parts.append(f"<p style='color: #b00020;'><b>{escape(text.too_long(sheet.over_min))}</b></p>")
    roles = duty_names()
    if sheet.duties:
        parts.append(f"<h2>{escape(text.duties())}</h2>{TABLE}" + "".join(
            f"<tr><td width='30%'>{escape(named(roles, d.role))}</td><td>{escape(d.who)}</td>"
            f"<td width='8%' align='center'>{_checked(d.done)}</td></tr>" for d in sheet.duties) + "</table>")  # fmt: skip
    if sheet.tasks:
        parts.append(f"<h2>{escape(text.tasks())}</h2>{TABLE}" + "".join(
            f"<tr><td width='6%' align='center'>{_checked(t.done)}</td><td>{escape(t.what)}</td>"
            f"<td>{escape(t.who)}</td><td style='white-space: nowrap'>{escape(t.due_on)}</td></tr>"
            for t in sheet.tasks) + "</table>")  # fmt: skip
    if sheet.materials:
        parts.append(f"<h2>{escape(text.materials())}</h2>{TABLE}" + "".join(
            f"<tr><td width='6%' align='center'>{_checked(m.done)}</td><td>{escape(m.what)}</td>"
            f"<td width='15%'>{escape(m.quantity)}</td></tr>" for m in sheet.materials) + "</table>")  # fmt: skip
    if sheet.works:
        kinds, credits = output_kind_names(), output_role_names()
        items = "".join(f"<li><b>{escape(w.title)}</b> ({escape(named(kinds, w.kind))}) — "
                        + escape("、".join(f"{c.name} ({named(credits, c.role)})" for c in w.contributors)) + "</li>"
                        for w in sheet.works)  # fmt: skip
        parts.append(f"<h2>{escape(text.presented())}</h2><ul>{items}</ul>")
    if sheet.day_notes:
        notes = "<br>".join(escape(line) for line in sheet.day_notes.splitlines())
        parts.append(f"<h2>{escape(text.notes())}</h2><p>{notes}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def signin_html(sheet: SigninSheet, columns=("attended", "signature"), blank_rows: int = WALK_IN_ROWS) -> str:
    """The expected, in the sheet's order, then `blank_rows` numbered blank rows for walk-ins; `columns`
    (of SIGNIN_COLUMNS) are filled in on the day, rightmost: a box to tick, the signature last and widest."""
    text = SheetText()
    names = rsvp_names()
    columns = tuple(c for c in SIGNIN_COLUMNS if c in columns)
    phone = sheet.show_phone  # a phone private from the sheet's audience: no column at all
    sign = " width='20%'"  # the last column takes what the others leave; at least this
    head = "".join(f"<th align='left' style='white-space: nowrap'{sign if h == text.signin_columns()['signature'] else ''}>"
                   f"{escape(h)}</th>" for h in text.signin_headers(columns, phone))  # fmt: skip
    mark = f" <span style='color: #b00020;'>[{escape(text.no_photos())}]</span>"
    marks = "".join(
        "<td>&nbsp;</td>" if c == "signature" else f"<td align='center'>{BOX}</td>" for c in columns
    )
    nowrap = "<td style='white-space: nowrap'>"
    rows = [
        f"<tr>{nowrap}{i}</td>{nowrap}<b>{escape(r.name)}</b>{mark if r.no_photos else ''}</td>"
        f"{nowrap}{escape(r.unit)}</td>{nowrap}{escape(named(names, r.rsvp))}</td>"
        + (f"{nowrap}{escape(r.phone)}</td>" if phone else "") + marks + "</tr>"
        for i, r in enumerate(sheet.rows, start=1)
    ]  # fmt: skip
    if blank_rows > 0:
        rows.append(
            f"<tr><td colspan='{4 + phone + len(columns)}'><b>{escape(text.walk_ins())}</b></td></tr>"
        )
    after = len(sheet.rows)
    rows.extend(f"<tr><td style='color: #888; white-space: nowrap'>{after + i}</td>" + "<td>&nbsp;</td>" * (3 + phone) + marks + "</tr>"
                for i in range(1, blank_rows + 1))  # fmt: skip
    return (f"<html><body>{event_head(sheet.event, text)}<h2>{escape(text.signin_title())}</h2>{TABLE}<thead><tr>{head}</tr></thead>"
            + "".join(rows) + "</table></body></html>")  # fmt: skip


def roster_html(roster: Roster) -> str:
    """Who does what on which date, one row per occurrence, one column per duty role."""
    text = SheetText()
    names = duty_names()
    head = "".join(
        f"<th align='left'>{escape(h)}</th>" for h in [text.date(), *(named(names, r) for r in roster.roles)]
    )
    rows = [f"<tr><td style='white-space: nowrap'>{d.start:%Y-%m-%d %H:%M}</td>"
            + "".join(f"<td>{escape(', '.join(who))}</td>" for who in d.names) + "</tr>"
            for d in roster.dates]  # fmt: skip
    return (f"<html><body><h1 style='font-size: 16pt;'>{escape(text.roster_title(roster.title))}</h1>{TABLE}"
            f"<thead><tr>{head}</tr></thead>" + "".join(rows) + "</table></body></html>")  # fmt: skip
