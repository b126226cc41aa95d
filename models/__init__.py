"""Domain layer: SQLAlchemy schema and pure rules. No Qt, no user-visible strings."""
