"""The one clock the vault reads (tests replace ``now`` to step TOTP time forward)."""
from __future__ import annotations

import time


def now() -> float:
    return time.time()
