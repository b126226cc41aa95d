"""The detail pane for the selected member; its Consent section opens the consent dialog (Edit…)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from desktop.services.container import Services
from ui.common.labels import field_names, kind_names, status_names
from ui.common.phone_display import shown_identity
from ui.members.erased import shown_name


class MemberDetail(QTextBrowser):
    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.member_id: int | None = None
        self.timeline = None  # the member's activity per month, painted (ui.members.timeline)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link)
        services.changes.changed.connect(self._on_changes)
        self.show_member(None)

    def _on_changes(self, changes) -> None:
        if self.member_id is not None and (
            self.member_id in changes.members_touched or changes.custom_fields_changed
        ):
            self.show_member(self.member_id)

    def show_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        m = self.services.members.get(member_id) if member_id is not None else None
        if m is None:
            hint = self.tr("Select a member to see their record.")
            self.setHtml(f"<p style='color:#777'>{escape(hint)}</p>")
            return
        kinds, statuses = kind_names(), status_names()
        region = getattr(self.services, "region", "CN")
        rows = [(kinds.get(k, k), shown_identity(k, v, region)) for k, v in m.identities]
        status = statuses.get(m.status, m.status)
        if m.status != "active":
            status += " " + " · ".join(x for x in (m.status_on, m.status_reason) if x)
        f = field_names()
        rows += [
            (f["city"], m.city),
            (f["organisation"], " · ".join(x for x in (m.organisation, m.title) if x)),
            (f["interests"], m.interests),
            (f["specialties"], m.specialties),
            (f["tags"], m.tags),
            (f["joined"], m.joined_on),
            (f["status"], status),
            (f["notes"], m.notes),
        ]
        rows[-1:-1] = self.services.custom_fields.shown(self.community_id, m.id)  # before the notes
        body = "".join(
            f"<tr><td style='color:#666;padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        sections = (self._consent_html(m.id), self._timeline_html(m.id), self._structure_html(m.id),
                    self._events_html(m.id), self._outputs_html(m.id), self._invites_html(m.id))  # fmt: skip
        by = self.tr("Invited by {name}").format(name=m.inviter_name) if m.inviter_name else ""
        by_html = f"<p style='color:#555'>{escape(by)}</p>" if by else ""
        self.setHtml(
            f"<h2>{escape(shown_name(m.name))}</h2>{by_html}<table>{body}</table>{''.join(sections)}"
        )

    def _consent_html(self, member_id: int) -> str:
        """Each kind's answer with its date and source; a no in red. "Edit…" opens the consent dialog."""
        from ui.members.consent_inputs import KINDS, consent_kind_names, consent_text

        given, names = self.services.consents.of(member_id), consent_kind_names()
        red = " style='color:#b00020'"
        rows = "".join(
            f"<tr><td style='color:#666;padding-right:8px'>{escape(names[k])}</td>"
            f"<td{red if k in given and not given[k].granted else ''}>{escape(consent_text(given.get(k)))}</td></tr>"
            for k in KINDS
        )
        head, edit = self.tr("Consent"), self.tr("Edit…")
        return (
            f"<p><b>{escape(head)}</b> <a href='beehive:consent'>{escape(edit)}</a></p><table>{rows}</table>"
        )

    def _link(self, url: QUrl) -> None:
        if url.toString() == "beehive:consent" and self.member_id is not None:
            self.edit_consent()

    def edit_consent(self) -> None:
        from ui.members.consent_dialog import ConsentDialog

        m = self.services.members.get(self.member_id) if self.member_id is not None else None
        if m is not None:
            ConsentDialog(self.services, m.id, m.name, self).exec()  # its write refreshes this pane

    def _timeline_html(self, member_id: int) -> str:
        from ui.members.timeline import timeline_image

        points = self.services.member_timeline(self.community_id, member_id)
        self.timeline = timeline_image(points, self.devicePixelRatioF())
        return "<p><img src='beehive:timeline'></p>"

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802  (Qt's name)
        if url.toString() == "beehive:timeline" and kind == QTextDocument.ResourceType.ImageResource.value:
            return self.timeline
        return super().loadResource(kind, url)

    def _structure_html(self, member_id: int) -> str:
        """Units, role history (dated) and ties: where this member stands in the structure."""
        units_label, roles_label, now = self.tr("Units"), self.tr("Roles"), self.tr("now")
        q = self.services.structure
        parts = []
        units = q.units_of(member_id)
        if units:
            parts.append(f"<p><b>{escape(units_label)}</b>: {escape('、'.join(units))}</p>")
        roles = q.roles(self.community_id, member_id)
        if roles:
            from ui.common.labels import named, role_names

            words = role_names()  # the stored code in the interface language; a custom role as typed
            items = "".join(
                f"<li>{escape(' · '.join(x for x in (named(words, r.role), r.unit, r.specialty) if x))} "
                f"({escape(r.start_on)} – {escape(r.end_on or now)})</li>"
                for r in reversed(roles)
            )
            parts.append(f"<p><b>{escape(roles_label)}</b></p><ul>{items}</ul>")
        ties = q.ties_of(member_id)
        if ties:
            names = "、".join(f"{n} ({s})" for n, s in ties[:8])
            knows = self.tr("Knows %n member(s)", "", len(ties))
            parts.append(f"<p><b>{escape(knows)}</b>: {escape(names)}</p>")
        return "".join(parts)

    def _events_html(self, member_id: int) -> str:
        """The events this member came to (newest first), and how many they were invited to."""
        from desktop.services.drafts import to_local

        events = self.services.events.member_events(member_id)
        came = [(t, to_local(s, z)) for t, s, z, _, attended in events if attended]
        if not events:
            return ""
        head = (
            self.tr("Attended %n event(s)", "", len(came)) + " · " + self.tr("invited to %n", "", len(events))
        )
        items = "".join(f"<li>{when:%Y-%m-%d} {escape(title)}</li>" for title, when in came[:12])
        return f"<p><b>{escape(head)}</b></p><ul>{items}</ul>"

    def _outputs_html(self, member_id: int) -> str:
        """The works this member contributed to, with their role in each."""
        from ui.common.labels import named
        from ui.common.output_labels import output_kind_names, output_role_names, output_status_names

        works = self.services.outputs.member_outputs(member_id)
        if not works:
            return ""
        kinds, roles, statuses = output_kind_names(), output_role_names(), output_status_names()
        head = self.tr("Contributed to %n output(s)", "", len(works))
        items = "".join(f"<li>{escape(t)} — {escape(named(roles, r))} ({escape(named(kinds, k))}, "
                        f"{escape(named(statuses, s))})</li>" for t, k, r, s in works[:12])  # fmt: skip
        return f"<p><b>{escape(head)}</b></p><ul>{items}</ul>"

    def invited_text(self, statuses: list[str]) -> str:
        """ "Invited 3 people, 2 still active": whom this member brought in, and how many stayed."""
        invited = self.tr("Invited %n person(s)", "", len(statuses))
        active = self.tr("%n still active", "", sum(s == "active" for s in statuses))
        return self.tr("{invited}, {active}").format(invited=invited, active=active)

    def _invites_html(self, member_id: int) -> str:
        """Whom this member invited, and whom they invited in turn (the invitation tree)."""
        people = self.services.invitation_tree(member_id)
        if not people:
            return ""
        head = self.invited_text(self.services.members.invitee_statuses(member_id))
        lines = "".join(
            f"<div style='margin-left: {(level - 1) * 16}px'>└ {escape(name)}</div>"
            for level, name in people[:40]
        )
        return f"<p><b>{escape(head)}</b></p>{lines}"
