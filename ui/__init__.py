"""Windows, views, dialogs, table models and print rendering. Talks to services only."""
