"""The rounds of team sync in the app: on unlock, every few minutes (the vault's
``sync.interval_minutes``), on Sync now / Retry, and a bounded one before lock and exit (queued on
the DB worker before the lock; it never holds the lock up). A round is a job on the DB worker
(``run_job``), its ``Changes`` published on the ChangeBus like any write, so every screen
refreshes the records it touched. Also keeps the status bar's indicator, the Vault and
Administration menu entries and the customer list's conflict badge up to date. A vault in no team
shows none of it."""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, Signal

from app.errors import Cancelled, StorageError, user_message
from app.ops import sync as ops_sync
from app.ops import sync_view
from vault import clock

from ..common.dates import format_datetime
from ..common.jobs import run_job
from .status import SyncStatus

LONG_ROUND_MS = 1500   # a round still running after this shows its progress and Cancel
REFRESH_MS = 200       # writes in a burst refresh the indicator once


def offline(exc: BaseException) -> bool:
    """The location could not be reached (a network, a server or an unplugged drive), as opposed
    to a refusal or a damaged book."""
    if isinstance(exc, OSError):
        return True
    cause = exc.__cause__ or exc.__context__
    return isinstance(exc, StorageError) and isinstance(cause, OSError)


def sync_time(iso: str) -> str:
    """The time of the last round: "14:05" today, the date and time before."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    local = moment.toLocalTime()
    if local.date() == QDateTime.fromSecsSinceEpoch(int(clock.now())).toLocalTime().date():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return format_datetime(iso)


class SyncController(QObject):
    round_finished = Signal(object)   # the round's result dict, or the exception that stopped it

    def __init__(self, ctx, status: SyncStatus, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self.session = None
        self.workspace = None
        self.sync_action = None
        self.admin_menu = None
        self.overview: dict | None = None
        self.job = None
        self.failure: BaseException | None = None
        self.last_result: dict | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.long = QTimer(self)
        self.long.setSingleShot(True)
        self.long.setInterval(LONG_ROUND_MS)
        self.long.timeout.connect(self.status.show_progress)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(REFRESH_MS)
        self.soon.timeout.connect(self.refresh)
        status.sync_requested.connect(self.sync_now)
        ctx.changes.changed.connect(lambda _c: self.session is not None and self.soon.start())

    # ---------------------------------------------------------------------------- session
    def attach(self, session, workspace, sync_action, admin_menu) -> None:
        """Signed in: find out whether this vault is in a team; if so show it and run a round."""
        self.session, self.workspace = session, workspace
        self.sync_action, self.admin_menu = sync_action, admin_menu
        self.failure, self.last_result, self.overview = None, None, None
        if workspace is not None and admin_menu is not None:   # after Workspace.install_menus
            workspace._act(admin_menu, "adminDevices", self.tr("Devices…"), lambda: workspace.open_admin("devices"),
                           allowed=False)
            workspace._act(admin_menu, "adminConflicts", self.tr("Conflicts…"),
                           lambda: workspace.open_admin("conflicts"), allowed=False)
        self._show_entries(False)
        self.ctx.tasks.run(sync_view.overview, session, on_done=self._first_overview, on_error=lambda e: None)

    def detach(self, session, at_lock: bool = True) -> None:
        """Lock or exit: nothing more on screen; a bounded last round queued before the lock
        (the caller queues ``auth.lock`` next). The running round was cancelled by ``forget()``."""
        in_team = self.overview is not None
        self.session = self.workspace = None
        self.overview, self.job = None, None
        for t in (self.timer, self.long, self.soon):
            t.stop()
        self.status.clear()
        self._show_entries(False)
        if in_team and at_lock:
            self.ctx.worker.submit(sync_view.round_before_lock, session)

    def _first_overview(self, ov: dict | None) -> None:
        self._overview(ov)
        if ov is not None:
            self.timer.start(max(1, int(ov["interval"])) * 60_000)
            self.sync_now()

    # ---------------------------------------------------------------------------- rounds
    @property
    def running(self) -> bool:
        return self.job is not None

    def sync_now(self) -> None:
        if self.session is None or self.overview is None or self.running:
            return
        self.status.show_state("running", self.tr("Syncing…"))
        self.job = True   # a round that fails at once ends inside run_job (its future is done already)
        job = run_job(self.ctx.tasks, sync_view.sync_round, self.session, panel=self.status.panel,
                      on_done=self._round_done, on_error=self._round_failed)
        if self.job is True:
            self.job = job
            self.long.start()

    def _round_done(self, changes) -> None:
        self.job = None
        self.long.stop()
        self.failure = None
        self.last_result = changes.result
        self.ctx.changes.publish(changes)   # every open view follows what the round applied
        self.round_finished.emit(changes.result)
        self.refresh()

    def _round_failed(self, exc: BaseException) -> None:
        self.job = None
        self.long.stop()
        self.failure = exc
        self.round_finished.emit(exc)
        self.refresh()

    # ---------------------------------------------------------------------------- what shows
    def refresh(self) -> None:
        if self.session is not None:
            self.ctx.tasks.run(sync_view.overview, self.session, on_done=self._overview, on_error=lambda e: None)

    def _overview(self, ov: dict | None) -> None:
        if self.session is None:
            return
        self.overview = ov
        if ov is None:
            self.status.clear()
            self._show_entries(False)
            return
        self._show_entries(True)
        if self.workspace is not None and self.workspace.customers is not None:
            self.workspace.customers.model.set_flagged(ov["flagged"])
        if not self.running:
            self._show_state(ov)

    def _show_state(self, ov: dict) -> None:
        tip = ops_sync.describe(self.last_result) if self.last_result else ""
        exc = self.failure
        if isinstance(exc, Cancelled):
            self.status.show_state("cancelled", self.tr("Sync cancelled"), user_message(exc))
        elif exc is not None and offline(exc):
            self.status.show_state("offline", self.tr("Offline"), self.tr(
                "The team's sync location cannot be reached: {0}").format(user_message(exc)))
        elif exc is not None:
            self.status.show_state("error", self.tr("Sync failed: {0}").format(user_message(exc)))
        elif ov["pending"]:
            self.status.show_state("waiting", self.tr("%n change(s) waiting", "", ov["pending"]), tip)
        elif ov["last_sync"]:
            self.status.show_state("synced", self.tr("Synced at {0}").format(sync_time(ov["last_sync"])), tip)
        else:
            self.status.show_state("never", self.tr("Not synced yet"))

    def _show_entries(self, in_team: bool) -> None:
        ov = self.overview or {}
        if self.sync_action is not None:
            self.sync_action.setVisible(in_team)
            self.sync_action.setEnabled(in_team)
        if self.workspace is None or self.admin_menu is None:
            return
        acts = self.workspace.actions_by_name
        for name, allowed in (("adminDevices", ov.get("devices")), ("adminConflicts", ov.get("read_conflicts"))):
            if name in acts:
                acts[name].setVisible(bool(in_team and allowed))
                acts[name].setEnabled(bool(in_team and allowed))
        self.admin_menu.menuAction().setVisible(any(a.isVisible() for a in self.admin_menu.actions()))
