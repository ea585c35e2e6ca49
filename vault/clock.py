"""The one clock: every time stamp the vault and the app write or compare is read here, so tests
that replace ``now`` (to step TOTP time forward) govern every stamp. Durations and timeouts use
``time.monotonic`` instead, which is not a time of day.
"""
from __future__ import annotations

import datetime as dt
import time


def now() -> float:
    """Seconds since the epoch (the only function tests replace)."""
    return time.time()


def utcnow() -> dt.datetime:
    """Now as an aware UTC datetime."""
    return dt.datetime.fromtimestamp(now(), dt.UTC)


def iso(at: float | None = None) -> str:
    """``at`` (default: now) as the ISO text stored everywhere: UTC, to the second
    (``2024-05-01T09:30:00+00:00``)."""
    return dt.datetime.fromtimestamp(now() if at is None else at, dt.UTC).isoformat(timespec="seconds")
