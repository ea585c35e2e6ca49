"""The bridge between the DB worker thread and the GUI thread.

``Tasks.run(fn, *args, on_done=..., on_error=...)`` runs ``fn`` on the DbWorker (which owns the
session and the SQLCipher connection) and calls back on the GUI thread through a queued signal.
``forget()`` (at lock) drops every pending callback, so a late result never reaches a screen.
"""
from __future__ import annotations

import itertools
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.worker import DbWorker


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class CancelToken:
    def __init__(self):
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Tasks(QObject):
    _finished = Signal(int, object, object)
    _progress = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, worker: DbWorker, error_handler: Callable[[BaseException], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self.error_handler = error_handler
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple] = {}
        self._cancels: dict[int, Callable[[], None]] = {}
        self._finished.connect(self._dispatch)
        self._progress.connect(self._on_progress)

    def run(self, fn: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None,
            on_progress: Callable | None = None, cancel: Callable[[], None] | None = None, **kwargs) -> int:
        """Run ``fn(*args, **kwargs)`` on the worker. With ``on_progress``, ``fn`` receives a
        ``progress`` keyword: a thread-safe callable forwarding values to ``on_progress``.
        ``cancel``: how to stop the job early; ``forget()`` (at lock) calls it, so a long import or
        backup stops and the lock queued behind it closes the database soon."""
        token = next(self._ids)
        self._pending[token] = (on_done, on_error, on_progress)
        if cancel is not None:
            self._cancels[token] = cancel
        if on_progress is not None:
            kwargs["progress"] = lambda value, _t=token: self._progress.emit(_t, value)
        future = self.worker.submit(fn, *args, **kwargs)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def done(f, _t=token):
            exc = f.exception()
            self._finished.emit(_t, None if exc else f.result(), exc)

        future.add_done_callback(done)
        return token

    @property
    def pending(self) -> int:
        return len(self._pending)

    def forget(self) -> None:
        cancels, self._cancels = list(self._cancels.values()), {}
        for cancel in cancels:
            try:
                cancel()
            except Exception:  # noqa: BLE001 - stopping is best effort; the lock goes on
                pass
        self._pending.clear()
        self.busy_changed.emit(False)

    @Slot(int, object, object)
    def _dispatch(self, token: int, result, exc) -> None:
        callbacks = self._pending.pop(token, None)
        self._cancels.pop(token, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if callbacks is None:
            return
        on_done, on_error, _ = callbacks
        if exc is not None:
            if on_error is not None:
                on_error(exc)
            elif self.error_handler is not None:
                self.error_handler(exc)
            return
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_progress(self, token: int, value) -> None:
        callbacks = self._pending.get(token)
        if callbacks and callbacks[2] is not None:
            callbacks[2](value)
