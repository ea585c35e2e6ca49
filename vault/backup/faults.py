"""Fault injection for the fault tests: ``VAULTCRM_TEST_KILL=<point>`` kills this process with
SIGKILL when it reaches ``point`` (nothing is cleaned up, as after a power cut). Off unless set."""
from __future__ import annotations

import os
import signal


def point(name: str) -> None:
    if os.environ.get("VAULTCRM_TEST_KILL") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
