"""User activity (keys, mouse, wheel) resets the idle timer; the clipboard keeper clears what we copied."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from app.flows.lock import ClipboardGuard

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}


class ActivityFilter(QObject):
    """Installed on the application: calls ``on_activity`` for every input event."""

    def __init__(self, on_activity: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.on_activity = on_activity

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _ACTIVITY:
            self.on_activity()
        return False


class ClipboardKeeper(QObject):
    """``copy(text)`` puts text on the clipboard and clears it after ``seconds`` if it is still ours."""

    def __init__(self, seconds: float = 10.0, parent: QObject | None = None):
        super().__init__(parent)
        self.guard = ClipboardGuard(seconds=seconds)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expire)

    def set_seconds(self, seconds: float) -> None:
        self.guard.seconds = float(seconds)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.guard.copied(text)
        self.timer.start(int(self.guard.seconds * 1000))

    def _expire(self) -> None:
        clip = QGuiApplication.clipboard()
        if self.guard.should_clear(clip.text()):
            clip.clear()

    def clear_now(self) -> None:
        """At lock: whatever we copied leaves the clipboard at once."""
        self.timer.stop()
        clip = QGuiApplication.clipboard()
        if self.guard.forget(clip.text()):
            clip.clear()
