"""Reminders: while the vault is unlocked, a timer asks the vault (on the DB worker, by the one
clock ``vault.clock``) for the user's open tasks whose reminder moment passed since the last look,
and tells the user.

- In the app: a banner per task (its title and customer) with "Snooze 10 min"; the workspace and
  its banners are destroyed at lock, and a late answer of the vault after the lock is dropped.
- The system tray (where there is one): a neutral message ("1 task is due"), never a title or a
  customer name, because the desktop's notification centre keeps it after the vault locks.
- Tasks already due when the vault was unlocked are in My day's Overdue and Today sections, not
  repeated as notifications.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.ops import tasks as ops
from vault import clock

POLL_MS = 30_000


class ReminderService(QObject):
    fired = Signal(list)   # the tasks whose reminder just fired (after the banners are up)

    def __init__(self, ctx, session, notify: Callable, snooze: Callable, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.notify, self.snooze = notify, snooze
        self.since = clock.iso()
        self.banners: list = []
        self._busy = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                                        self)
            self.tray.setToolTip("VaultCRM")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def check_now(self) -> None:
        """Ask the vault for reminders due between the last look and now."""
        if self.session is None or self._busy:
            return
        until = clock.iso()
        after, self.since = self.since, until
        self._busy = True
        self.ctx.tasks.run(ops.due_reminders, self.session, after, until, on_done=self._due,
                           on_error=lambda _e: self._done())

    def _done(self) -> None:
        self._busy = False

    def _due(self, tasks: list[dict]) -> None:
        self._busy = False
        if self.session is None or not tasks:
            return
        for t in tasks:
            text = self.tr("Due now: {title}").format(title=t["title"])
            if t.get("customer_name"):
                text += " — " + t["customer_name"]
            self.banners.append(self.notify(text, "info", (self.tr("Snooze 10 min"),
                                                           lambda *_a, tid=t["id"]: self.snooze("10m", tid))))
        if self.tray is not None:
            self.tray.showMessage(self.tr("VaultCRM"), self.tray_text(len(tasks)),
                                  QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.fired.emit(tasks)

    def tray_text(self, n: int) -> str:
        """What the desktop's notification says: a count, no customer data."""
        return self.tr("%n task(s) due now. Open VaultCRM to see them.", "", n)

    def stop(self) -> None:
        """Lock: no more looks; an answer still on its way is dropped; the tray icon goes."""
        self.session = None
        self.timer.stop()
        self.banners.clear()
        if self.tray is not None:
            self.tray.hide()
