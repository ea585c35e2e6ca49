"""The hybrid logical clock of sync (``docs/SYNC.md``, "Clock").

A stamp is ``"<wall ms, 13 digits>-<counter, 4 hex digits>-<device id>"``: fixed width, so the
string order of two stamps is their (wall, counter, device) order. Wall time comes from
``vault.clock`` (tests replace it). ``Clock.now()`` issues stamps that always increase, even if
the wall clock goes back; ``Clock.receive()`` takes in a remote stamp so later local stamps are
greater than everything seen, unless the stamp is more than ``MAX_AHEAD_MS`` ahead of the
receiver's reference time (its own clock, or the location's file time if that is later): then it
is refused, so a laptop whose clock is a year ahead cannot win every conflict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import clock
from ..errors import IntegrityError
from ..i18n import translate

#: a remote stamp more than this ahead of the receiver's reference time is refused: two days, so a
#: laptop wrong by a day (or a day plus a time-zone mistake) still converges, a year is refused
MAX_AHEAD_MS = 48 * 3600 * 1000
#: a difference above this between this device's clock and the location's file times is warned about
WARN_SKEW_MS = 10 * 60 * 1000
MAX_COUNTER = 0xFFFF
_STAMP = re.compile(r"([0-9]{13})-([0-9a-f]{4})-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")


@dataclass(frozen=True, order=True)
class Stamp:
    wall: int
    counter: int
    device: str

    def __str__(self) -> str:
        return format_stamp(self.wall, self.counter, self.device)


class FutureStamp(IntegrityError):
    """A remote stamp too far ahead of this device's clock and the location's file times."""


def format_stamp(wall: int, counter: int, device: str) -> str:
    if not (0 <= wall < 10**13 and 0 <= counter <= MAX_COUNTER):
        raise ValueError("stamp out of range")
    return f"{wall:013d}-{counter:04x}-{device}"


def parse(text: str) -> Stamp:
    """A stamp from its text; IntegrityError if it is not exactly one."""
    m = _STAMP.fullmatch(text) if isinstance(text, str) else None
    if m is None:
        raise IntegrityError(translate("Errors", "Not a sync clock stamp: {text}.").format(text=repr(text)[:80]))
    return Stamp(int(m.group(1)), int(m.group(2), 16), m.group(3))


def wall_ms() -> int:
    return int(clock.now() * 1000)


def skew_ms(reference_ms: int) -> int:
    """This device's clock minus a reference time (e.g. a file time the location reported)."""
    return wall_ms() - int(reference_ms)


class Clock:
    """One device's clock: ``last`` is the highest stamp issued or received (persisted by the caller)."""

    def __init__(self, device: str, last: str | None = None):
        self.device = device
        self.wall = self.counter = 0
        if last:
            self.observe(last)

    def observe(self, stamp: str) -> None:
        """Take in a stamp already trusted (this device's persisted last stamp)."""
        self._absorb(parse(stamp))

    def _absorb(self, stamp: Stamp) -> None:
        if (stamp.wall, stamp.counter) > (self.wall, self.counter):
            self.wall, self.counter = stamp.wall, stamp.counter

    @property
    def last(self) -> str | None:
        return format_stamp(self.wall, self.counter, self.device) if self.wall else None

    def now(self) -> str:
        """A new stamp, greater than every stamp issued or received before."""
        wall = wall_ms()
        if wall > self.wall:
            self.wall, self.counter = wall, 0
        elif self.counter < MAX_COUNTER:
            self.counter += 1
        else:  # 65,536 stamps in one millisecond: borrow the next one
            self.wall, self.counter = self.wall + 1, 0
        return format_stamp(self.wall, self.counter, self.device)

    def receive(self, remote: str, *, reference_ms: int | None = None) -> Stamp:
        """Take in a remote stamp: FutureStamp if it is more than MAX_AHEAD_MS ahead of the
        reference time (the later of this clock and ``reference_ms``, the location's file time)."""
        stamp = parse(remote)
        reference = max(wall_ms(), int(reference_ms or 0))
        if stamp.wall > reference + MAX_AHEAD_MS:
            raise FutureStamp(translate("Errors", "A change is dated {hours} h ahead of this computer's clock; it was"
                                                  " refused. Check the clock of the device that made it.").format(
                hours=(stamp.wall - reference) // 3_600_000))
        self._absorb(stamp)
        return stamp
