"""RSVPs and the door: invitations, statuses with capacity and waitlist, check-in, walk-ins, closing.

Capacity: a 'going' beyond it becomes 'waitlisted'; a freed place moves the first on the waitlist up
(oldest answer first). Checking in twice writes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from desktop.services.events.signup_chain import ChainAnswer
from desktop.services.events.writes import going_count
from desktop.services.members.writes import MemberWrites
from models.errors import ValidationError
from models.event_times import now_utc
from models.events import RSVP_STATUSES, placed_status, promotions
from models.lists import split_list
from models.member_draft import MemberDraft, clean_draft
from models.schema import TABLES

A, E, M, UM = (TABLES[t] for t in ("attendance", "event", "member", "unit_member"))
GUEST_TAG = "guest"


class RsvpWrites:
    def __init__(self, db: Database, region: str = "CN") -> None:
        self.db = db
        self.region = region

    @staticmethod
    def _rows(uow, event_id: int) -> dict[int, dict]:
        rows = uow.conn.execute(select(A).where(A.c.event_id == event_id)).mappings()
        return {r["member_id"]: dict(r) for r in rows}

    @staticmethod
    def _capacity(uow, event_id: int) -> int:
        return uow.conn.execute(select(E.c.capacity).where(E.c.id == event_id)).scalar() or 0

    def _promote(self, uow, event_id: int) -> list[int]:
        rows = self._rows(uow, event_id)
        waiting = sorted(
            (r for r in rows.values() if r["rsvp"] == "waitlisted"), key=lambda r: (r["rsvp_at"], r["id"])
        )
        up = promotions(
            self._capacity(uow, event_id), going_count(uow.conn, event_id), [r["member_id"] for r in waiting]
        )
        uow.update("attendance", {rows[m]["id"]: {"rsvp": "going", "rsvp_at": now_utc()} for m in up})
        return up

    # --- invitations and answers ----------------------------------------------------------------------
    def invite(self, event_id: int, member_ids: Sequence[int]) -> int:
        """Invite members not yet on the list; returns how many were added."""
        with self.db.write(LABELS.invite(len(member_ids))) as uow:
            known = self._rows(uow, event_id)
            new = [m for m in dict.fromkeys(member_ids) if m not in known]
            stamp = now_utc()
            keys = uow.new_ids("attendance", len(new))
            from models.base import new_uuids

            uow.insert("attendance", [
                {"id": k, "uuid": u, "event_id": event_id, "member_id": m, "rsvp": "invited", "rsvp_at": stamp,
                 "checked_in_at": "", "walk_in": False, "no_show": False}
                for k, u, m in zip(keys, new_uuids(len(new)), new, strict=True)
            ])  # fmt: skip
            return len(new)

    def invite_unit(self, event_id: int, unit_id: int) -> int:
        ids = self.db.query("SELECT member_id FROM unit_member WHERE unit_id = ?", (unit_id,))
        return self.invite(event_id, [r[0] for r in ids])

    def invite_tagged(self, event_id: int, community_id: int, tag: str) -> int:
        """Everyone whose tags or interests include `tag` (case-insensitive), active members only."""
        want = tag.strip().casefold()
        rows = self.db.query(
            "SELECT id, tags, interests FROM member WHERE community_id = ? AND status = 'active'",
            (community_id,),
        )
        ids = [i for i, tags, interests in rows
               if want in {t.casefold() for t in split_list(tags) + split_list(interests)}]  # fmt: skip
        return self.invite(event_id, ids)

    def set_rsvp(self, event_id: int, member_id: int, status: str) -> str:
        """Record an answer; returns the status given (a full event waitlists a 'going')."""
        if status not in RSVP_STATUSES:
            raise ValidationError("bad_rsvp", "rsvp", status)
        with self.db.write(LABELS.rsvp()) as uow:
            placed, was = self._set_rsvp(uow, event_id, member_id, status)
            if was == "going":
                self._promote(uow, event_id)
            return placed

    def _set_rsvp(self, uow, event_id: int, member_id: int, status: str, guests: int | None = None) -> tuple[str, str]:
        """(status placed, status before) for one answer, inside the caller's unit of work."""
        row = self._row(uow, event_id, member_id)
        was = row["rsvp"] if row else None
        going = going_count(uow.conn, event_id) - (1 if was == "going" else 0)
        placed = placed_status(status, self._capacity(uow, event_id), going)
        values = {} if was == placed else {"rsvp": placed, "rsvp_at": now_utc()}
        if guests is not None and (row is None or row["guests"] != guests):
            values["guests"] = guests
        if row is None:
            uow.insert_one("attendance", event_id=event_id, member_id=member_id, checked_in_at="", walk_in=False,
                           no_show=False, **{"rsvp": placed, "rsvp_at": now_utc(), "guests": 0, **values})  # fmt: skip
        elif values:
            uow.update("attendance", {row["id"]: values})
        return placed, was or ""

    def record_chain(self, event_id: int, community_id: int, answers: Sequence[ChainAnswer]) -> dict[str, int]:
        """A WeChat 接龙 as decided in the preview: answers recorded (new people created first), one undo
        step. Returns how many of each status were placed and how many members were created."""
        for a in answers:
            if a.status not in RSVP_STATUSES:
                raise ValidationError("bad_rsvp", "rsvp", a.status)
        counts: dict[str, int] = {"created": 0}
        with self.db.write(LABELS.record_chain(len(answers))) as uow:
            freed = False
            for a in answers:
                member_id = a.member_id
                if member_id is None:
                    identities = (("phone", a.phone),) if a.phone.strip() else ()
                    draft = clean_draft(MemberDraft(name=a.name, identities=identities,
                                                    tags=GUEST_TAG if a.as_guest else ""), self.region)  # fmt: skip
                    member_id = MemberWrites.create_in(uow, community_id, draft)
                    counts["created"] += 1
                placed, was = self._set_rsvp(uow, event_id, member_id, a.status, a.guests)
                counts[placed] = counts.get(placed, 0) + 1
                freed = freed or (was == "going" and placed != "going")
            if freed:
                self._promote(uow, event_id)
        return counts

    def remove(self, event_id: int, member_ids: Sequence[int]) -> None:
        with self.db.write(LABELS.uninvite(len(member_ids))) as uow:
            rows = self._rows(uow, event_id)
            uow.delete("attendance", [rows[m]["id"] for m in member_ids if m in rows])
            self._promote(uow, event_id)

    # --- the door ---------------------------------------------------------------------------------------
    def check_in(self, event_id: int, member_id: int, by: str = "", at: str = "") -> bool:
        """Mark a person as come (at `at`, UTC, default now; recorded by the laptop `by`); False (nothing
        written) if they already were. The door's rule on early check-ins: desktop/services/events/door.py."""
        with self.db.write(LABELS.check_in()) as uow:
            return self._check_in(uow, event_id, member_id, by, at)

    @staticmethod
    def _row(uow, event_id: int, member_id: int) -> dict | None:
        found = (
            uow.conn.execute(select(A).where(A.c.event_id == event_id, A.c.member_id == member_id))
            .mappings()
            .first()
        )
        return dict(found) if found else None

    def _check_in(self, uow, event_id: int, member_id: int, by: str = "", at: str = "") -> bool:
        row = self._row(uow, event_id, member_id)
        stamp = at or now_utc()
        if row is None:
            uow.insert_one("attendance", event_id=event_id, member_id=member_id, rsvp="going", rsvp_at=stamp,
                           checked_in_at=stamp, walk_in=True, no_show=False, checked_in_by=by)  # fmt: skip
            return True
        if row["checked_in_at"]:
            return False
        uow.update("attendance", {row["id"]: {"checked_in_at": stamp, "no_show": False, "rsvp": "going",
                                              "checked_in_by": by}})  # fmt: skip
        return True

    def walk_in_guest(self, event_id: int, community_id: int, name: str, phone: str, by: str = "",
                      at: str = "") -> int:  # fmt: skip
        """A newcomer at the door: a member record tagged 'guest', checked in, in one step."""
        identities = (("phone", phone),) if phone.strip() else ()
        draft = clean_draft(MemberDraft(name=name, identities=identities, tags=GUEST_TAG), self.region)
        with self.db.write(LABELS.walk_in()) as uow:
            member_id = MemberWrites.create_in(uow, community_id, draft)
            self._check_in(uow, event_id, member_id, by, at)
            return member_id

    def set_guests(self, event_id: int, member_id: int, guests: int) -> bool:
        """The guests someone checked in brought (0-99, counted in the door's headcount); False (nothing
        written) if they are not checked in or the count is unchanged."""
        with self.db.write(LABELS.check_in()) as uow:
            row = self._row(uow, event_id, member_id)
            guests = max(0, min(99, guests))
            if row is None or not row["checked_in_at"] or row["guests"] == guests:
                return False
            uow.update("attendance", {row["id"]: {"guests": guests}})
            return True

    def undo_check_in(self, event_id: int, member_id: int) -> None:
        with self.db.write(LABELS.undo_check_in()) as uow:
            row = self._row(uow, event_id, member_id)
            if row is None or not row["checked_in_at"]:
                return
            if row["walk_in"]:
                uow.delete("attendance", [row["id"]])
            else:
                uow.update("attendance", {row["id"]: {"checked_in_at": "", "checked_in_by": ""}})

    def close(self, event_id: int) -> int:
        """End the check-in: the going who did not come are marked no-show. Returns how many."""
        with self.db.write(LABELS.close_check_in()) as uow:
            rows = self._rows(uow, event_id).values()
            absent = [r["id"] for r in rows if r["rsvp"] == "going" and not r["checked_in_at"]]
            uow.update("attendance", {k: {"no_show": True} for k in absent})
            uow.update("event", {event_id: {"closed": True}})
            return len(absent)
