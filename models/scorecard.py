"""The five conditions (同好 / 结构 / 输出 / 运营 / 复制) as scores 0–100 with their evidence.

- shared interest: share of active members with an interest at least `peers` others share;
- structure: mean of units with a lead, units within their cap and wanted specialties covered;
- output: outputs published per month over the last 90 days (4 a month scores 100) and contributors;
- operations: mean of events per month (4 scores full), show-up rate and duties filled;
- replication: 50 per chapter started from this community's pattern, 25 per event template (max 2).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def _pct(x: float) -> int:
    return round(100 * max(0.0, min(1.0, x)))


def shared_interest(interests: Mapping[int, set[str]], peers: int = 3) -> dict:
    counts = Counter(t for tags in interests.values() for t in tags)
    shared = sum(1 for tags in interests.values() if any(counts[t] > peers for t in tags))
    share = shared / len(interests) if interests else 0.0
    return {
        "score": _pct(share),
        "members": len(interests),
        "with_shared_interest": shared,
        "peers": peers,
        "fix": "interests",
    }


def structure(units: int, with_lead: int, within_cap: int, wanted: int, covered: int) -> dict:
    parts = [with_lead / units, within_cap / units] if units else [0.0]
    if wanted:
        parts.append(covered / wanted)
    return {"score": _pct(sum(parts) / len(parts)), "units": units, "with_lead": with_lead, "within_cap": within_cap,
            "wanted_specialties": wanted, "covered": covered, "fix": "structure"}  # fmt: skip


def output(published_90d: int, contributors_90d: int) -> dict:
    per_month = published_90d / 3
    return {"score": _pct(per_month / 4), "published_per_month": round(per_month, 2),
            "contributors": contributors_90d, "fix": "outputs"}  # fmt: skip


def operations(events_90d: int, show_up: float | None, duties: int, duties_filled: int) -> dict:
    parts = [min(1.0, events_90d / 3 / 4)]
    if show_up is not None:
        parts.append(show_up)
    if duties:
        parts.append(duties_filled / duties)
    return {"score": _pct(sum(parts) / len(parts)), "events_per_month": round(events_90d / 3, 2),
            "show_up_rate": show_up, "duties": duties, "duties_filled": duties_filled, "fix": "events"}  # fmt: skip


def replication(chapters: int, templates: int) -> dict:
    return {"score": min(100, 50 * chapters + 25 * min(templates, 2)), "chapters": chapters, "templates": templates,
            "fix": "replicate"}  # fmt: skip
