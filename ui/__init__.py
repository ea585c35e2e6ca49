"""The PySide6 desktop app: widgets, dialogs, item models and workers. No SQL, no crypto."""
