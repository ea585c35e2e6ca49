"""The one runner of long jobs in the app.

``run_job(tasks, fn, *args, panel=..., on_done=..., on_error=..., thread=...)`` runs
``fn(*args, job=JobContext)`` (``Tasks.run_job``) with its progress shown in ``panel`` (the one
``ProgressPanel``), whose Cancel cancels the job; the lock (``Tasks.forget``) cancels it too. A
job that only works in the database (import, export) runs on the DB worker; one whose heavy part
reads or writes big files (backup, restore) runs with ``thread=True`` on its own thread and sends
its short steps that need the session to the worker (``worker.call``), so the app keeps working.
Errors go to ``on_error``, else to the app's error handler (``user_message``)."""
from __future__ import annotations

from collections.abc import Callable

from app.jobs import JobContext

from .progress import ProgressPanel


def run_job(tasks, fn: Callable, *args, panel: ProgressPanel | None = None, on_done: Callable | None = None,
            on_error: Callable | None = None, on_progress: Callable | None = None, thread: bool = False,
            **kwargs) -> JobContext:
    job = tasks.run_job(fn, *args, on_done=on_done, on_error=on_error,
                        on_progress=on_progress or (panel.update_progress if panel is not None else None),
                        thread=thread, **kwargs)
    if panel is not None:
        panel.bind(job)
    return job
