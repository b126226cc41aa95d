"""The event printouts as HTML: the event plan, the sign-in sheet and a series' duty roster."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from desktop.services.container import Services
from desktop.services.drafts import run_sheet, run_time, to_local
from desktop.services.events.queries import EventInfo
from ui.common.labels import named
from ui.events.labels import duty_names, event_kind_names, minutes_text, rsvp_names, when_text

TABLE = "<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse;'>"
BOX = "☐"
WALK_IN_ROWS = 10
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

    def signin_headers(self) -> list[str]:
        return [
            "#",
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("RSVP"),
            "✓",
            self.tr("Signature"),
            self.tr("Phone"),
        ]

    def walk_ins(self) -> str:
        return self.tr("Walk-ins")

    def roster_title(self, title: str) -> str:
        return self.tr("Duty roster: {title}").format(title=title)

    def date(self) -> str:
        return self.tr("Date")


def _local(e: EventInfo):
    return to_local(e.start_utc, e.tz), to_local(e.end_utc, e.tz)


def event_head(e: EventInfo, text: SheetText) -> str:
    start, end = _local(e)
    place = " · ".join(escape(x) for x in (e.venue, e.address, e.online_link) if x)
    meta = (
        [escape(named(event_kind_names(), e.kind)), escape(e.unit)]
        if e.unit
        else [escape(named(event_kind_names(), e.kind))]
    )
    return (
        f"<h1 style='font-size: 18pt; margin-bottom: 2px;'>{escape(e.title)}</h1>"
        f"<p style='font-size: 12pt; margin: 0;'><b>{escape(when_text(start, end))}</b> ({escape(e.tz)})</p>"
        + (f"<p style='margin: 2px 0;'>{place}</p>" if place else "")
        + f"<p style='margin: 2px 0; color: #555;'>{' · '.join(meta)} · {escape(text.capacity(e.going, e.capacity))}</p>"
    )


def _names(services: Services, ids: set[int]) -> dict[int, str]:
    got = services.members.rows([i for i in ids if i is not None]) if ids else {}
    return {k: v.name for k, v in got.items()}


def plan_html(services: Services, event_id: int) -> str:
    text = SheetText()
    e = services.events.event(event_id)
    plan = services.events.plan(event_id)
    people = _names(
        services,
        {x.get("owner_id") for x in plan.agenda} | {x.get("member_id") for x in plan.duties + plan.tasks},
    )
    start, end = _local(e)
    length = int((end - start).total_seconds() // 60)
    lines = run_sheet([(a["at_min"], a["duration_min"]) for a in plan.agenda])
    parts = [event_head(e, text)]
    if e.description:
        parts.append(f"<p>{escape(e.description)}</p>")
    if plan.agenda:
        rows = []
        for a, line in zip(plan.agenda, lines, strict=True):
            t0 = (start + _minutes(line.start_min)).strftime("%H:%M")
            t1 = (start + _minutes(line.end_min)).strftime("%H:%M")
            who = people.get(a.get("owner_id")) or a.get("owner_text") or ""
            late = " style='color: #b00020;'" if line.end_min > length else ""
            rows.append(f"<tr{late}><td style='white-space: nowrap'>{t0}–{t1}</td><td><b>{escape(a['title'])}</b></td>"
                        f"<td>{escape(who)}</td><td>{escape(a.get('notes') or '')}</td></tr>")  # fmt: skip
        run = run_time(lines)
        parts.append(f"<h2>{escape(text.run_sheet())}</h2>{TABLE}<thead><tr>"
                     + "".join(f"<th align='left' width='{w}'>{escape(h)}</th>"
                             for h, w in zip(text.run_headers(), RUN_WIDTHS, strict=True))
                     + "</tr></thead>" + "".join(rows) + "</table>"
                     + f"<p>{escape(text.run_total(run, length))}</p>")  # fmt: skip
        if run > length:
            parts.append(f"<p style='color: #b00020;'><b>{escape(text.too_long(run - length))}</b></p>")
    roles = duty_names()
    if plan.duties:
        parts.append(f"<h2>{escape(text.duties())}</h2>{TABLE}" + "".join(
            f"<tr><td width='30%'>{escape(named(roles, d['role']))}</td><td>{escape(people.get(d.get('member_id'), ''))}</td>"
            f"<td width='8%' align='center'>{'☑' if d['done'] else BOX}</td></tr>" for d in plan.duties) + "</table>")  # fmt: skip
    if plan.tasks:
        parts.append(f"<h2>{escape(text.tasks())}</h2>{TABLE}" + "".join(
            f"<tr><td width='6%' align='center'>{'☑' if t['done'] else BOX}</td><td>{escape(t['what'])}</td>"
            f"<td>{escape(people.get(t.get('member_id'), ''))}</td><td style='white-space: nowrap'>{escape(t['due_on'])}</td></tr>"
            for t in plan.tasks) + "</table>")  # fmt: skip
    if plan.materials:
        parts.append(f"<h2>{escape(text.materials())}</h2>{TABLE}" + "".join(
            f"<tr><td width='6%' align='center'>{'☑' if m['done'] else BOX}</td><td>{escape(m['what'])}</td>"
            f"<td width='15%'>{escape(m['quantity'])}</td></tr>" for m in plan.materials) + "</table>")  # fmt: skip
    works = services.outputs.event_outputs(event_id)
    if works:
        from ui.common.output_labels import output_kind_names, output_role_names

        kinds, roles = output_kind_names(), output_role_names()
        items = "".join(f"<li><b>{escape(o.title)}</b> ({escape(named(kinds, o.kind))}) — "
                        + escape("、".join(f"{n} ({named(roles, r)})" for _, n, r in o.contributors)) + "</li>"
                        for o in works)  # fmt: skip
        parts.append(f"<h2>{escape(text.presented())}</h2><ul>{items}</ul>")
    if plan.day_notes:
        notes = "<br>".join(escape(line) for line in plan.day_notes.splitlines())
        parts.append(f"<h2>{escape(text.notes())}</h2><p>{notes}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _minutes(n: int):
    import datetime as dt

    return dt.timedelta(minutes=n)


def signin_html(services: Services, event_id: int) -> str:
    """Everyone expected (all but those who declined), by pinyin, then blank rows for walk-ins."""
    text = SheetText()
    e = services.events.event(event_id)
    names = rsvp_names()
    roster = [r for r in services.events.roster(event_id) if r.rsvp != "declined"]
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in text.signin_headers())
    rows = [
        f"<tr><td>{i}</td><td style='white-space: nowrap'><b>{escape(r.name)}</b></td><td>{escape(r.unit)}</td>"
        f"<td>{escape(named(names, r.rsvp))}</td><td align='center'>{BOX}</td><td width='28%'>&nbsp;</td>"
        f"<td style='white-space: nowrap'>{escape(r.phone)}</td></tr>"
        for i, r in enumerate(roster, start=1)
    ]
    blank = "<td>&nbsp;</td>" * 4 + f"<td align='center'>{BOX}</td>" + "<td>&nbsp;</td>" * 2
    rows.append(f"<tr><td colspan='7'><b>{escape(text.walk_ins())}</b></td></tr>")
    rows.extend(f"<tr style='height: 24px'>{blank}</tr>" for _ in range(WALK_IN_ROWS))
    return (f"<html><body>{event_head(e, text)}<h2>{escape(text.signin_title())}</h2>{TABLE}<thead><tr>{head}</tr></thead>"
            + "".join(rows) + "</table></body></html>")  # fmt: skip


def roster_html(services: Services, series_id: int) -> str:
    """Who does what on which date, one row per occurrence, one column per duty role."""
    text = SheetText()
    events = services.events.series_events(series_id)
    duties = services.events.duties([e.id for e in events])
    roles = list(dict.fromkeys(role for e in events for role, _ in duties[e.id]))
    names = duty_names()
    head = "".join(
        f"<th align='left'>{escape(h)}</th>" for h in [text.date(), *(named(names, r) for r in roles)]
    )
    rows = []
    for e in events:
        start, _ = _local(e)
        who = {r: ", ".join(n for role, n in duties[e.id] if role == r and n) for r in roles}
        rows.append(f"<tr><td style='white-space: nowrap'>{start:%Y-%m-%d %H:%M}</td>"
                    + "".join(f"<td>{escape(who[r])}</td>" for r in roles) + "</tr>")  # fmt: skip
    title = events[0].title if events else ""
    return (f"<html><body><h1 style='font-size: 16pt;'>{escape(text.roster_title(title))}</h1>{TABLE}"
            f"<thead><tr>{head}</tr></thead>" + "".join(rows) + "</table></body></html>")  # fmt: skip
