"""The desktop app (PySide6): widgets, dialogs, item models and workers only."""
from .compat import guard_none_refcount

guard_none_refcount()
