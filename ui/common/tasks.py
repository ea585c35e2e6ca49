"""The bridge between the DB worker thread and the GUI thread.

``Tasks.run(fn, *args, on_done=..., on_error=...)`` runs ``fn`` on the DbWorker (which owns the
session and the SQLCipher connection) and calls back on the GUI thread through a queued signal.
``Tasks.run_job(...)`` does the same for a long job: ``fn`` gets ``job=`` (a
``vault.jobs.JobContext`` whose progress reaches ``on_progress`` on the GUI thread), and with
``thread=True`` it runs on a thread of its own instead of the DB worker (a backup, a restore: the
heavy part off the worker, the session's short steps sent to it with ``worker.call``).
``forget()`` (at lock) cancels every job and drops every pending callback, so a late result never
reaches a screen.
"""
from __future__ import annotations

import concurrent.futures as cf
import itertools
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.jobs import Cancelled, JobContext
from app.worker import DbWorker

JOB_THREAD = "vaultcrm-job"


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
            **kwargs) -> int:
        """Run ``fn(*args, **kwargs)`` on the worker; ``on_done(result)`` or ``on_error(exc)``
        (default: ``error_handler``) on the GUI thread."""
        token = next(self._ids)
        self._start(token, (on_done, on_error, None), self.worker.submit(fn, *args, **kwargs))
        return token

    def run_job(self, fn: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None,
                on_progress: Callable[[str, int, int | None], None] | None = None, thread: bool = False,
                **kwargs) -> JobContext:
        """Run the long job ``fn(*args, job=JobContext, **kwargs)``: on the DB worker, or with
        ``thread`` on a thread of its own. ``on_progress(phase, done, total)`` on the GUI thread;
        ``job.cancel()`` (Cancel, or ``forget()`` at lock) makes the job's next ``check()`` raise
        ``Cancelled``. Returns the job's context."""
        token = next(self._ids)
        job = JobContext(lambda phase, done, total, _t=token: self._progress.emit(_t, (phase, done, total)))
        self._cancels[token] = job.cancel
        kwargs["job"] = job
        future = _on_own_thread(fn, args, kwargs) if thread else self.worker.submit(fn, *args, **kwargs)
        self._start(token, (on_done, on_error, on_progress), future)
        return job

    def _start(self, token: int, callbacks: tuple, future: cf.Future) -> None:
        self._pending[token] = callbacks
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def done(f, _t=token):
            if f.cancelled():  # the worker shut down before it ran
                self._finished.emit(_t, None, Cancelled("Cancelled."))
                return
            exc = f.exception()
            self._finished.emit(_t, None if exc else f.result(), exc)

        future.add_done_callback(done)

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
            callbacks[2](*value)


def _on_own_thread(fn: Callable, args: tuple, kwargs: dict) -> cf.Future:
    """``fn`` on a new thread (named ``JOB_THREAD``), its outcome in a Future."""
    future: cf.Future = cf.Future()

    def body() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread's on_error
            future.set_exception(exc)

    threading.Thread(target=body, name=JOB_THREAD, daemon=True).start()
    return future
