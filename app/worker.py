"""All database work on one thread (SQLCipher connections are per thread).

``DbWorker`` owns the session; callers ``submit(fn, *args)`` and get a Future. The UI wraps
futures in Qt signals; the CLI and tests may call services directly on their own thread.
"""
from __future__ import annotations

import concurrent.futures as cf
import threading
from collections.abc import Callable
from typing import Any


class DbWorker:
    def __init__(self, name: str = "vaultcrm-db"):
        self._pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self.session = None
        self._thread_id: int | None = None

    def submit(self, fn: Callable[..., Any], *args, **kwargs) -> cf.Future:
        return self._pool.submit(self._run, fn, args, kwargs)

    def _run(self, fn, args, kwargs):
        self._thread_id = threading.get_ident()
        return fn(*args, **kwargs)

    def call(self, fn: Callable[..., Any], *args, timeout: float | None = None, **kwargs) -> Any:
        """Run on the worker and wait (not for the GUI thread)."""
        return self.submit(fn, *args, **kwargs).result(timeout)

    @property
    def on_worker(self) -> bool:
        return threading.get_ident() == self._thread_id

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
