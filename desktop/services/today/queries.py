"""What an organiser needs on the evening of an event, read in a few queries: the next event (or the
one under way), the events of the next 14 days, when the file was last imported into and backed up,
and the lists to act on this week. The lists skip the network metrics (the Health view has them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.services.events.queries import EventInfo, EventQueries
from desktop.services.health.follow_ups import gather, lists_to_act_on
from models.event_times import stored_utc
from models.health import check_window
from models.outputs import is_stalled

AHEAD_DAYS = 14


@dataclass(frozen=True)
class FollowUps:
    newcomers: tuple[str, ...]  # joined in their first three months, no second day of activity
    drifting: tuple[str, ...]
    open_duties: tuple[
        str, ...
    ]  # the next event's duty roles nobody has taken (codes or the organiser's words)
    stalled_outputs: tuple[str, ...]  # titles

    def any(self) -> bool:
        return bool(self.newcomers or self.drifting or self.open_duties or self.stalled_outputs)


@dataclass(frozen=True)
class TodayInfo:
    next_event: EventInfo | None  # under way or the next to start
    ahead: tuple[EventInfo, ...]  # starting within AHEAD_DAYS, the next event included
    last_import: dt.datetime | None
    last_backup: dt.datetime | None


def utc_text(moment: dt.datetime) -> str:
    return stored_utc(moment)


class TodayQueries:
    def __init__(self, db, health) -> None:
        self.db, self.health, self.events = db, health, EventQueries(db)

    def today(
        self, community_id: int, now: dt.datetime | None = None, workspace: Path | str | None = None
    ) -> TodayInfo:
        now = now or dt.datetime.now(dt.UTC)
        upcoming = self.events.events(community_id, when="upcoming", now_utc=utc_text(now))
        upcoming = [e for e in upcoming if not e.closed]
        horizon = utc_text(now + dt.timedelta(days=AHEAD_DAYS))
        ahead = tuple(e for e in upcoming if e.start_utc < horizon)
        nxt = upcoming[0] if upcoming else None
        imported, backed_up = _file_times(workspace)
        return TodayInfo(nxt, ahead, imported, backed_up)

    def follow_ups(self, community_id: int, nxt: EventInfo | None, today: dt.date) -> FollowUps:
        """The lists to act on; they read every member's activity, so the view asks off the GUI thread."""
        settings = self.health.settings(community_id)
        days = check_window(settings.active_days)
        lists = lists_to_act_on(
            gather(self.health, community_id, today, days, settings), today, settings, days
        )
        duties = ()
        if nxt is not None:
            rows = self.db.query(
                "SELECT role FROM duty WHERE event_id = ? AND member_id IS NULL ORDER BY id", (nxt.id,)
            )
            duties = tuple(r for (r,) in rows)
        (stalled_days,) = self.db.query("SELECT stalled_days FROM community WHERE id = ?", (community_id,))[0]
        outputs = self.db.query(
            "SELECT title, status, status_on FROM output WHERE community_id = ? ORDER BY status_on, id",
            (community_id,),
        )
        stalled = tuple(t for t, s, on in outputs if is_stalled(s, on, today, stalled_days))
        return FollowUps(lists.new_needing_second_activity, lists.follow_up, duties, stalled)


def _file_times(workspace: Path | str | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """(last import, last verified backup), read from the backups' records: one is taken before every
    import, so the newest "import" copy dates the last import."""
    if workspace is None or isinstance(workspace, str):  # a team server's URL: no backups of ours
        return None, None
    from desktop.services.core.backups.store import listing

    copies = [b for b in listing(workspace, include_aside=False) if b.verified]
    imports = [b.taken_at for b in copies if b.reason == "import"]
    return (max(imports) if imports else None), (max(b.taken_at for b in copies) if copies else None)
