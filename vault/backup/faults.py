"""Fault injection for the fault tests: ``VAULTCRM_TEST_KILL=<point>`` kills this process with
SIGKILL when it reaches ``point`` (nothing is cleaned up, as after a power cut). Off unless set.

In-process tests may also ``hook(point, fn)``: ``fn()`` then runs on the job's thread when it
reaches ``point`` (e.g. waits on an event, to hold a backup in the middle while the app is used)."""
from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator

_hooks: dict[str, Callable[[], None]] = {}


def point(name: str) -> None:
    if os.environ.get("VAULTCRM_TEST_KILL") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    fn = _hooks.get(name)
    if fn is not None:
        fn()


@contextlib.contextmanager
def hook(name: str, fn: Callable[[], None]) -> Iterator[None]:
    _hooks[name] = fn
    try:
        yield
    finally:
        _hooks.pop(name, None)
