"""Known schema revisions, oldest first, so opening a file needs one query and no Alembic import.

tests/models/test_migrations.py checks that REVISIONS matches the Alembic scripts.
"""

REVISIONS: tuple[str, ...] = ("0001_initial", "0002_structure", "0003_events", "0004_outputs", "0005_activity",
                             "0006_health_settings", "0007_imports", "0008_attendance", "0009_privacy",
                             "0010_door", "0011_offline", "0012_team")  # fmt: skip
HEAD = REVISIONS[-1]
