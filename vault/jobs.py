"""The one contract of every long job (backup, verify, restore, export, import).

A job receives a ``JobContext`` and calls, from whatever thread runs it:

- ``job.progress(phase, done, total)``: where it is (``total`` None or 0 when unknown);
- ``job.check()`` at safe points: raises the one ``Cancelled`` once ``job.cancel()`` was called
  (from any thread: the Cancel button, the lock, Ctrl-C).

A job that stops on ``Cancelled`` removes what it made temporarily; one that keeps whole
batches (an import) says so in its result. No Qt here: the UI wraps the callback in a signal.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import Cancelled
from .i18n import translate

ProgressFn = Callable[[str, int, "int | None"], None]


class JobContext:
    """Progress reporting and a thread-safe cancel flag for one run of one job."""

    def __init__(self, progress: ProgressFn | None = None):
        self._cancel = threading.Event()
        self._callback = progress
        self.phase: str = "waiting"
        self.done: int = 0
        self.total: int | None = None

    def progress(self, phase: str, done: int = 0, total: int | None = None) -> None:
        self.phase, self.done, self.total = phase, done, total
        if self._callback is not None:
            self._callback(phase, done, total)

    def check(self, message: str | None = None) -> None:
        """Raise ``Cancelled`` if the job was asked to stop (``message``: translated; by default
        "Cancelled; nothing was kept.")."""
        if self._cancel.is_set():
            raise Cancelled(message or translate("Errors", "Cancelled; nothing was kept."))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


__all__ = ["Cancelled", "JobContext", "ProgressFn"]
