"""The one place the desktop app learns what an action changed (``app.ops.changes.Changes``).

``ChangeBus.run(op, *args, on_done=..., on_error=...)`` runs a use case on the DB worker like
``Tasks.run``; when it returns ``Changes``, every open view hears ``changed(changes)`` first and
``on_done`` then gets the action's own result (a new id, a version). Views refresh what they show
of the records named, without reloading the rest and without a new audited view; a write made
anywhere (a dialog, the bin, the duplicates dialog, sync later) reaches every view the same way.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.ops.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)   # Changes

    def __init__(self, tasks, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks

    def run(self, op: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None) -> int:
        def done(result):
            if isinstance(result, Changes):
                self.publish(result)
                result = result.result
            if on_done is not None:
                on_done(result)

        return self.tasks.run(op, *args, on_done=done, on_error=on_error)

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)
