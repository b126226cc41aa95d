"""Words of the health dashboard: each number's name and how it is computed, the five conditions and
their evidence, the lists to act on, and where to go to fix a condition."""

from __future__ import annotations

from PySide6.QtCore import QObject


class HealthText(QObject):
    def numbers(self) -> list[tuple[str, str, str]]:
        return [
            ("members", self.tr("Members"), self.tr("Members whose status is active, without the organising team.")),
            ("active_members", self.tr("Active"), self.tr("At least one activity in the last {days} days.")),
            ("new_members", self.tr("New"), self.tr("Joined in the last {days} days.")),
            ("drifting", self.tr("Drifting"), self.tr("Active within {inactive} days but not within the last {drifting}.")),
            ("inactive", self.tr("Inactive"), self.tr("No activity in the last {inactive} days.")),
            ("retention", self.tr("Retention"), self.tr("Of those active in the previous {days} days, the share also active in these.")),
            ("density", self.tr("Density"), self.tr("Ties ÷ possible ties between members.")),
            ("isolated", self.tr("Without ties"), self.tr("Members who have no recorded tie to anyone.")),
            ("absence_factor", self.tr("Absence factor"), self.tr("The fewest members who together account for half of all activity; 1 or 2 means the community hangs on them.")),
            ("top_share", self.tr("Top 18% share"), self.tr("The share of all ties touching the top 18% of members by degree (the 80/18 pattern).")),
        ]  # fmt: skip

    def conditions(self) -> dict[str, str]:
        return {"shared_interest": self.tr("同好 Shared interest"), "structure": self.tr("结构 Structure"),
                "output": self.tr("输出 Output"), "operations": self.tr("运营 Operations"),
                "replication": self.tr("复制 Replication")}  # fmt: skip

    def evidence(self) -> dict[str, str]:
        return {"members": self.tr("members"), "with_shared_interest": self.tr("with an interest others share"),
                "peers": self.tr("others at least"),
                "units": self.tr("units"), "with_lead": self.tr("with a lead"), "within_cap": self.tr("within their cap"),
                "wanted_specialties": self.tr("specialties wanted"), "covered": self.tr("covered"),
                "published_per_month": self.tr("published a month"), "contributors": self.tr("contributors"),
                "events_per_month": self.tr("events a month"), "show_up_rate": self.tr("show-up rate"),
                "duties": self.tr("duties"), "duties_filled": self.tr("filled"), "chapters": self.tr("chapters"),
                "templates": self.tr("event templates")}  # fmt: skip

    def fixes(self) -> dict[str, str]:
        return {"interests": self.tr("Members: record interests"), "structure": self.tr("Structure: leads and caps"),
                "outputs": self.tr("Outputs: move works on"), "events": self.tr("Events: plan and fill duties"),
                "replicate": self.tr("Structure: start a chapter, save templates")}  # fmt: skip

    def lists(self) -> dict[str, str]:
        return {"follow_up": self.tr("Drifting away: follow up"),
                "new_needing_second_activity": self.tr("New, without a second activity yet"),
                "removal_candidates": self.tr("Removal candidates to review (提纯)")}  # fmt: skip

    def credit(self) -> str:
        return self.tr("Invitation credit (successful: still active after the set days)")

    def credit_columns(self) -> list[str]:
        return [self.tr("Inviter"), self.tr("Successful / invited"), self.tr("Months over the rule")]

    def unit_columns(self) -> list[str]:
        return [
            self.tr("Unit"),
            self.tr("Size"),
            self.tr("Cap"),
            self.tr("Over cap"),
            self.tr("Absence factor"),
        ]

    def level_tip(self) -> str:
        return self.tr("Members at this engagement level now; click for their names.")

    def five(self) -> str:
        return self.tr("Five conditions")

    def strong(self) -> str:
        return self.tr("Strong nodes (强节点): ties, betweenness")

    def no_activity(self) -> str:
        return self.tr("No activity recorded yet — check people in at events, or import chat activity.")

    def go_to_events(self) -> str:
        return self.tr("Check people in at an event")

    def import_activity(self) -> str:
        return self.tr("Import chat activity…")

    def candidates_later(self, days: int, since: str) -> str:
        return (
            self.tr("Listed once there are %1 days of activity data (recorded since %2).")
            .replace("%1", str(days))
            .replace("%2", since)
        )

    def no_ties(self) -> str:
        return self.tr("No ties recorded yet.")

    def computing(self) -> str:
        return self.tr("Computing the health numbers…")

    def stopped(self) -> str:
        return self.tr("Stopped. Press Refresh to compute again.")
