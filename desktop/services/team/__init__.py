"""Team workspaces' permissions (issue 15): PostgreSQL roles, grants and row-level security."""
