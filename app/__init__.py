"""Domain services (no Qt): sessions, permissions, customers, audit, import/export, backups,
privacy, settings. The UI and the CLI both call these; every call checks the session."""
