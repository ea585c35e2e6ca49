"""Failed sign-ins, counted in a small plaintext sidecar before the vault is open.

The sidecar holds no personal data: times, the slot lookup tag (a hash, already public in
keyslots.json) and whether the password or the code was wrong. After 5 consecutive failures
each further try waits 2^(n-5) seconds (capped at 5 minutes). This slows guessing through the
app only; an attacker with the files is held back by Argon2id alone (see SECURITY.md).
"""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from . import clock
from .fsutil import atomic_write

FILENAME = "signin-failures.json"
FREE_ATTEMPTS = 5
MAX_DELAY = 300.0
MAX_KEPT = 500


@dataclass
class Failure:
    at: float
    tag: str
    reason: str


class Throttle:
    def __init__(self, folder: Path):
        self.path = Path(folder) / FILENAME

    def failures(self) -> list[Failure]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Failure(float(f["at"]), str(f.get("tag", "")), str(f.get("reason", "")))
                    for f in data.get("failures", [])]
        except FileNotFoundError:
            return []
        except (ValueError, KeyError, TypeError, AttributeError):
            # a damaged sidecar must not lock everybody out, nor reset the count to zero
            return [Failure(clock.now(), "", "damaged-sidecar")] * FREE_ATTEMPTS

    def delay_remaining(self, now: float | None = None) -> float:
        failures = self.failures()
        if len(failures) < FREE_ATTEMPTS:
            return 0.0
        now = clock.now() if now is None else now
        delay = min(MAX_DELAY, 2.0 ** (len(failures) - FREE_ATTEMPTS))
        last = max(f.at for f in failures)
        return max(0.0, last + delay - now)

    def record(self, tag: str, reason: str, now: float | None = None) -> None:
        failures = self.failures()
        failures.append(Failure(clock.now() if now is None else now, tag, reason))
        failures = failures[-MAX_KEPT:]
        body = {"failures": [f.__dict__ for f in failures]}
        with contextlib.suppress(Exception):  # a read-only folder must not turn a refusal into a crash
            atomic_write(self.path, json.dumps(body).encode())

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
