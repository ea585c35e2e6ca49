"""Locking and clipboard policy (no Qt): when to lock for idleness, when to clear the clipboard."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class IdleLock:
    """Counts down from the last user activity; ``expired`` means lock now."""

    seconds: float = 600.0
    clock: Callable[[], float] = time.monotonic
    armed: bool = False
    _last: float = field(default=0.0)

    @classmethod
    def minutes(cls, minutes: float, clock: Callable[[], float] = time.monotonic) -> IdleLock:
        return cls(seconds=float(minutes) * 60.0, clock=clock)

    def start(self) -> None:
        self.armed = True
        self._last = self.clock()

    def stop(self) -> None:
        self.armed = False

    def touch(self) -> None:
        if self.armed:
            self._last = self.clock()

    def set_seconds(self, seconds: float) -> None:
        self.seconds = float(seconds)

    def remaining(self) -> float:
        if not self.armed:
            return self.seconds
        return max(0.0, self._last + self.seconds - self.clock())

    def expired(self) -> bool:
        return self.armed and self.remaining() <= 0.0

    def text(self) -> str:
        r = int(self.remaining() + 0.999)
        return f"{r // 60}:{r % 60:02d}"


@dataclass
class ClipboardGuard:
    """Remembers what we copied; after ``seconds`` it must be cleared if it is still there."""

    seconds: float = 10.0
    clock: Callable[[], float] = time.monotonic
    _text: str | None = field(default=None, repr=False)
    _at: float = 0.0

    def copied(self, text: str) -> None:
        self._text, self._at = text, self.clock()

    @property
    def pending(self) -> bool:
        return self._text is not None

    def due(self) -> bool:
        return self._text is not None and self.clock() - self._at >= self.seconds

    def should_clear(self, current: str | None) -> bool:
        """Call when ``due()``: clear only if the clipboard still holds what we put there."""
        mine = self._text
        self._text = None
        return mine is not None and current == mine

    def forget(self, current: str | None) -> bool:
        """At lock: clear at once if the clipboard still holds what we copied."""
        return self.should_clear(current)
