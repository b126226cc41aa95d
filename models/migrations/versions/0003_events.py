"""Events: series, events, plans (agenda, duties, tasks, materials), templates, attendance; event kinds.

Revision ID: 0003_events
Revises: 0002_structure
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_events"
down_revision = "0002_structure"
branch_labels = None
depends_on = None

S, T, I, B = sa.String, sa.Text, sa.Integer, sa.Boolean  # noqa: E741


def _col(name: str, type_, nullable: bool = False) -> sa.Column:
    return sa.Column(name, type_, nullable=nullable)


def _table(name: str, columns: list, fks: dict[str, str], indexed: tuple[str, ...], *extra) -> None:
    op.create_table(
        name,
        *columns,
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        *(sa.ForeignKeyConstraint([c], [f"{t}.id"], name=f"fk_{name}_{c}_{t}") for c, t in fks.items()),
        *extra,
    )
    op.create_index(f"ix_{name}_uuid", name, ["uuid"], unique=True)
    for column in indexed:
        op.create_index(f"ix_{name}_{column}", name, [column])


def upgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("event_kinds", sa.Text, nullable=False, server_default=""))
    _table("event_series", [
        _col("community_id", I), _col("title", S(200)), _col("freq", S(20)), _col("interval", I),
        _col("first_on", S(10)), _col("until_on", S(10)), _col("count", I), _col("skipped", T),
    ], {"community_id": "community"}, ("community_id",))  # fmt: skip
    _table("event", [
        _col("community_id", I), _col("series_id", I, True), _col("series_on", S(10)), _col("title", S(200)),
        _col("kind", S(100)), _col("start_utc", S(20)), _col("end_utc", S(20)), _col("tz", S(64)),
        _col("venue", S(200)), _col("address", T), _col("online_link", T), _col("capacity", I),
        _col("unit_id", I, True), _col("description", T), _col("day_notes", T), _col("closed", B),
    ], {"community_id": "community", "series_id": "event_series", "unit_id": "unit"},
        ("series_id", "unit_id"))  # fmt: skip
    op.create_index("ix_event_community_start", "event", ["community_id", "start_utc"])
    _table("agenda_item", [
        _col("event_id", I), _col("position", I), _col("at_min", I, True), _col("duration_min", I),
        _col("title", S(200)), _col("owner_id", I, True), _col("owner_text", S(200)), _col("notes", T),
    ], {"event_id": "event", "owner_id": "member"}, ("event_id", "owner_id"))  # fmt: skip
    _table("duty", [_col("event_id", I), _col("role", S(100)), _col("member_id", I, True), _col("done", B)],
           {"event_id": "event", "member_id": "member"}, ("event_id", "member_id"))  # fmt: skip
    _table("event_task", [
        _col("event_id", I), _col("position", I), _col("what", T), _col("member_id", I, True),
        _col("due_on", S(10)), _col("done", B),
    ], {"event_id": "event", "member_id": "member"}, ("event_id", "member_id"))  # fmt: skip
    _table("material", [
        _col("event_id", I), _col("position", I), _col("what", T), _col("quantity", S(50)), _col("done", B),
    ], {"event_id": "event"}, ("event_id",))  # fmt: skip
    _table("event_template", [
        _col("community_id", I), _col("name", S(200)), _col("kind", S(100)), _col("duration_min", I),
        _col("body", T),
    ], {"community_id": "community"}, ("community_id",),
        sa.UniqueConstraint("community_id", "name", name="uq_event_template_community_id_name"))  # fmt: skip
    _table("attendance", [
        _col("event_id", I), _col("member_id", I), _col("rsvp", S(12)), _col("rsvp_at", S(20)),
        _col("checked_in_at", S(20)), _col("walk_in", B), _col("no_show", B),
    ], {"event_id": "event", "member_id": "member"}, ("event_id", "member_id"),
        sa.UniqueConstraint("event_id", "member_id", name="uq_attendance_event_id_member_id"))  # fmt: skip


def downgrade() -> None:
    for table in ("attendance", "event_template", "material", "event_task", "duty", "agenda_item", "event",
                  "event_series"):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("community") as batch:
        batch.drop_column("event_kinds")
