"""The application: services, background tasks, settings, the CLI and the composition root."""
