"""The charts of the Health view and `report chart`, by name (no imports: the CLI reads this at start)."""

CHARTS = (
    "activity",
    "active_members",
    "growth",
    "show_up",
    "series_attendance",
    "levels",
    "cohorts",
    "degrees",
)
