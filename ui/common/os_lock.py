"""The operating system's screen lock, where Qt lets us see it: on Linux through D-Bus (the
freedesktop/GNOME screensaver's ActiveChanged, logind's per-session Lock). Windows and macOS do
not tell Qt; there the idle timer and Ctrl+L remain (see docs)."""
from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

SCREENSAVERS = (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"))


class OsLockWatcher(QObject):
    locked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.watching: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # no QtDBus in this build
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, iface in SCREENSAVERS:
                if session.connect(service, path, iface, "ActiveChanged", self, SLOT("_screensaver(bool)")):
                    self.watching.append(service)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect("org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
                              "org.freedesktop.login1.Session", "Lock", self, SLOT("_session_lock()")):
                self.watching.append("logind")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.locked.emit()
