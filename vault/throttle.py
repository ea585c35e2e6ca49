"""Failed sign-ins, counted in a small plaintext sidecar before the vault is open.

The sidecar confirms no guess: each failure is a time, a random id and, only when the typed
user name matched an existing key slot, that slot's lookup tag (already public in
keyslots.json). A name that matches no slot (perhaps a password typed into the wrong field)
leaves no trace of itself, and a wrong password and a wrong code are written alike, so the file
never tells that a password guess was right. After 5 consecutive failures each further try
waits 2^(n-5) seconds (capped at 5 minutes), for the whole vault. This slows guessing through
the app only; an attacker with the files is held back by Argon2id alone (see SECURITY.md).

A damaged sidecar (not JSON, wrong shape, times that are not numbers) is counted as ONE failure
marked ``damaged`` and rewritten at once as valid JSON, so it neither locks everybody out nor
resets the count silently; the next successful sign-in raises an alert about it. Times in the
future are brought back to now (and the file rewritten), so a forged time cannot hold the
vault shut for ever.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from . import clock
from .fsutil import JsonFile

FILENAME = "signin-failures.json"
FREE_ATTEMPTS = 5
MAX_DELAY = 300.0
MAX_KEPT = 500
MAX_BYTES = 256 * 1024  # 500 entries take ~60 KB; anything much larger is not ours
REFUSED = "refused"  # the only reason a failed sign-in is ever given
DAMAGED = "damaged"  # the sidecar itself was found damaged (counted once)


@dataclass
class Failure:
    at: float
    tag: str | None = None  # the matched slot's user_tag (public in keyslots.json), else None
    reason: str = REFUSED  # REFUSED or DAMAGED; never which secret was wrong
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def to_json(self) -> dict:
        out: dict = {"at": self.at, "id": self.id}
        if self.tag:
            out["tag"] = self.tag
        if self.reason != REFUSED:
            out["reason"] = self.reason
        return out


class Throttle:
    def __init__(self, folder: Path):
        self.path = Path(folder) / FILENAME

    def failures(self) -> list[Failure]:
        now = clock.now()
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return []
        except OSError:
            raw = b""  # unreadable: treated as damaged below
        try:
            if not raw or len(raw) > MAX_BYTES:
                raise ValueError("empty or too large")
            failures, changed = _parse(json.loads(raw.decode("utf-8")), now, self._slot_tags)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, OverflowError):
            # damaged: one failure (not none, not a lockout), written back at once so it is
            # counted once however often the file is read
            failures, changed = [Failure(now, None, DAMAGED)], True
        if changed:
            self._write(failures)
        return failures

    def _slot_tags(self) -> set[str]:
        try:
            data = json.loads((self.path.parent / "keyslots.json").read_text(encoding="utf-8"))
            return {str(s.get("user_tag")) for s in data.get("slots", []) if s.get("user_tag")}
        except (OSError, ValueError, AttributeError, TypeError):
            return set()

    def delay_remaining(self, now: float | None = None) -> float:
        failures = self.failures()
        if len(failures) < FREE_ATTEMPTS:
            return 0.0
        now = clock.now() if now is None else now
        delay = min(MAX_DELAY, 2.0 ** (len(failures) - FREE_ATTEMPTS))
        last = min(max(f.at for f in failures), now)
        return max(0.0, last + delay - now)

    def record(self, tag: str | None = None, now: float | None = None) -> None:
        """One failed sign-in. ``tag``: the user_tag of the slot the typed name matched; pass
        None when it matched no slot (the typed name must leave no trace)."""
        failures = self.failures()
        failures.append(Failure(clock.now() if now is None else now, tag or None))
        self._write(failures[-MAX_KEPT:])

    def _write(self, failures: list[Failure]) -> None:
        body = {"failures": [f.to_json() for f in failures]}
        with contextlib.suppress(Exception):  # a read-only folder must not turn a refusal into a crash
            JsonFile(self.path).write(body, indent=None)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def _parse(data, now: float, slot_tags) -> tuple[list[Failure], bool]:
    """The sidecar's failures, and whether they had to be changed (old format, future times)."""
    if not isinstance(data, dict) or not isinstance(data.get("failures"), list):
        raise ValueError("not a failures record")
    out, changed, known = [], False, None
    for f in data["failures"][-MAX_KEPT:]:
        at = f["at"]
        if isinstance(at, bool) or not isinstance(at, (int, float)) or not math.isfinite(at):
            raise ValueError("a time that is not a number")
        if at > now:
            at, changed = now, True  # a forged (or skewed) future time must not hold the vault shut
        tag = f.get("tag")
        tag = tag if isinstance(tag, str) and tag else None
        reason = DAMAGED if f.get("reason") == DAMAGED else REFUSED
        fid = f.get("id")
        if not isinstance(fid, str) or not fid or set(f) - {"at", "id", "tag", "reason"} or \
                f.get("reason", DAMAGED) != DAMAGED:
            # the older format: it named the wrong secret and hashed any typed name; rewritten
            # without the reason, keeping only tags of existing slots
            changed, fid = True, uuid.uuid4().hex
            known = slot_tags() if known is None else known
            tag = tag if tag in known else None
        out.append(Failure(float(at), tag, reason, fid))
    if len(data["failures"]) > MAX_KEPT:
        changed = True
    return out, changed
