"""The main window: a stack of screens (start, wizard, sign-in, workspace), the menus, the
status bar and the lock policy. Each screen lives in its own module."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from app import auth
from app.errors import user_message
from app.flows.lock import IdleLock
from app.ops import backups as ops
from app.records import purge_expired
from vault import clock

from .common.activity import ActivityFilter, ClipboardKeeper
from .common.context import AppContext
from .common.errors import show_error
from .common.statusbar import VaultStatusBar
from .common.window_place import place_window, remember_user, remembered_user
from .i18n import LANGUAGES, chosen_language, current_language, install_language, remember_language
from .signin.panel import SignInPanel
from .start.start_page import StartPage

HOUSEKEEPING_SECONDS = 3600


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = None
        self.folder: Path | None = None
        self.username = ""
        self.workspace = None
        self.signin = None
        self.wizard = None
        self.demo_info = None
        self.backup_triggers: dict = {}
        self._backup_running = False
        self._last_housekeeping = time.monotonic()  # sign-in has just purged the bin
        ctx.tasks.error_handler = lambda exc: show_error(exc, self)
        self.setWindowTitle(self.tr("VaultCRM"))
        self.setObjectName("mainWindow")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.status = VaultStatusBar(self)
        self.setStatusBar(self.status)
        from .sync.controller import SyncController

        self.sync = SyncController(ctx, self.status.sync, self)
        self.idle = IdleLock.minutes(10)
        self.clipboard = ClipboardKeeper(10, self)
        self.activity = ActivityFilter(self.idle.touch, self)
        QApplication.instance().installEventFilter(self.activity)
        QGuiApplication.instance().applicationStateChanged.connect(self._app_state)
        from .common.os_lock import OsLockWatcher

        self.os_lock = OsLockWatcher(self)
        self.os_lock.locked.connect(lambda: self.lock("os"))
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.tick.start()
        self._build_actions()
        self.start = self._make_start()
        self.show_start()

    def _make_start(self) -> StartPage:
        start = StartPage(self.ctx, restore_available=True)
        start.create_requested.connect(self.show_wizard)
        start.open_requested.connect(self.show_signin)
        start.restore_requested.connect(self.restore_from_backup)
        start.join_requested.connect(self.show_join_wizard)
        self.stack.addWidget(start)
        return start

    # ---------------------------------------------------------------------------- language
    def change_language(self, code: str, username: str | None = None) -> None:
        """Speak ``code`` from now on: the menus and the start screen are rebuilt at once; the
        screens built later (sign-in, wizard, workspace) are built in it. Only called while no
        workspace is open (the wizard's choice, a sign-in); Settings applies it at the next start."""
        remember_language(self.ctx.local, code, username)
        if code == current_language():
            return
        install_language(code)
        for act in self.actions():
            self.removeAction(act)
            act.deleteLater()
        self.menuBar().clear()
        self._build_actions()
        old, self.start = self.start, self._make_start()
        self.stack.removeWidget(old)
        old.deleteLater()
        self.setWindowTitle(self.tr("VaultCRM"))
        self._set_title()

    def _wizard_language(self, code: str) -> None:
        self.change_language(code)
        self.show_wizard()

    # ---------------------------------------------------------------------------- actions & menus
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        act.setObjectName(name or text)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu(self.tr("&Vault"))
        self.act_new_vault = self._action(self.tr("New vault…"), self.show_wizard, name="newVault")
        self.act_open_vault = self._action(self.tr("Open vault…"), self.show_start, name="openVault")
        self.act_lock = self._action(self.tr("Lock"), lambda: self.lock("manual"), QKeySequence("Ctrl+L"), "lock")
        self.act_settings = self._action(self.tr("Settings…"), self.open_settings, name="settings")
        self.act_password = self._action(self.tr("Change my password…"), self.change_password, name="password")
        self.act_own_totp = self._action(self.tr("Re-enrol my authenticator…"), lambda: self.own_account(True),
                                         name="ownAuthenticator")
        self.act_own_codes = self._action(self.tr("New recovery codes…"), lambda: self.own_account(False),
                                          name="ownRecoveryCodes")
        self.act_backup = self._action(self.tr("Back up now…"), self.backup_now, name="backupNow")
        self.act_restore = self._action(self.tr("Restore from a backup…"), self.restore_from_backup, name="restore")
        self.act_sync_now = self._action(self.tr("Sync now"), lambda: self.sync.sync_now(), name="syncNow")
        self.act_sync_now.setVisible(False)  # a vault in a team only (ui.sync.controller)
        self.act_quit = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        for a in (self.act_new_vault, self.act_open_vault, None, self.act_lock, self.act_password,
                  self.act_own_totp, self.act_own_codes, self.act_settings, None,
                  self.act_backup, self.act_restore, self.act_sync_now, None, self.act_quit):
            self.file_menu.addSeparator() if a is None else self.file_menu.addAction(a)
        self.customers_menu = mb.addMenu(self.tr("&Customers"))
        self.admin_menu = mb.addMenu(self.tr("&Administration"))
        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("About VaultCRM"), self._about, name="about"))
        self._signed_in_actions(False)

    def _signed_in_actions(self, on: bool) -> None:
        s = self.session
        self.act_lock.setEnabled(on)
        self.act_settings.setEnabled(on)
        self.act_password.setEnabled(on and s is not None and not s.is_recovery)
        self.act_own_totp.setEnabled(self.act_password.isEnabled())
        self.act_own_codes.setEnabled(self.act_password.isEnabled())
        self.act_backup.setVisible(on and s is not None and s.can("backup.run"))
        self.act_restore.setVisible(not on or (s is not None and s.can("backup.restore")))
        if not on:  # signed in, Workspace.install_menus shows only the menus with entries for the profile
            self.customers_menu.menuAction().setVisible(False)
            self.admin_menu.menuAction().setVisible(False)
        self.act_new_vault.setEnabled(not on)
        self.act_open_vault.setEnabled(not on)

    # ---------------------------------------------------------------------------- screens
    def _replace(self, attr: str, widget: QWidget | None) -> None:
        old = getattr(self, attr)
        if old is not None:
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        setattr(self, attr, widget)
        if widget is not None:
            self.stack.addWidget(widget)
            self.stack.setCurrentWidget(widget)

    def show_start(self) -> None:
        if self.session is not None:
            return
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self._replace("signin", None)
        self._replace("wizard", None)
        self._set_title()

    def show_wizard(self) -> None:
        from .wizard.wizard import NewVaultWizard

        wizard = NewVaultWizard(self.ctx)
        wizard.cancelled.connect(self.show_start)
        wizard.language_chosen.connect(self._wizard_language)
        wizard.finished.connect(self._wizard_done)
        self._replace("wizard", wizard)

    def show_join_wizard(self) -> None:
        from .team.join_wizard import JoinTeamWizard

        wizard = JoinTeamWizard(self.ctx)
        wizard.cancelled.connect(self.show_start)
        wizard.finished.connect(lambda session, folder: (
            setattr(self, "folder", Path(folder)), self._replace("wizard", None),
            self.enter_workspace(session, [self.tr("You joined the team. This laptop syncs with it.")])))
        self._replace("wizard", wizard)

    def _wizard_done(self, session, folder) -> None:
        self.folder = Path(folder)
        self._replace("wizard", None)
        self.enter_workspace(session, [self.tr("Your vault is ready. Add your first customer with Ctrl+N.")])

    def show_signin(self, folder: str | Path | None = None, locked: bool = False, reason: str = "") -> None:
        if folder is not None:
            self.folder = Path(folder)
        username = self.username or (remembered_user(self.ctx.local, self.folder) if not locked else "")
        panel = SignInPanel(self.ctx, self.folder, username=username, locked=locked, reason=reason)
        panel.signed_in.connect(self.enter_workspace)
        panel.other_vault.connect(self._other_vault)
        self._replace("signin", panel)
        self._set_title()
        panel.focus_first()
        if self.demo_info is not None and Path(self.demo_info.folder) == self.folder:
            from app.demo import current_code

            # the demo has no phone: the form is filled in, press Sign in
            panel.user_edit.setText(self.demo_info.username)
            panel.pw_edit.setText(self.demo_info.password)
            panel.code_edit.setText(current_code(self.demo_info))

    def open_last_vault(self) -> None:
        """At start-up: the sign-in panel of the vault used last, if it is still there."""
        for path in self.ctx.recent_vaults()[:1]:
            if (Path(path) / "keyslots.json").exists():
                self.show_signin(path)

    def _other_vault(self) -> None:
        self.username = ""
        self.show_start()

    def enter_workspace(self, session, notices: list | None = None) -> None:
        from .workspace.workspace import Workspace

        if not session.is_recovery:  # the user's own language on this machine (else the machine's)
            self.change_language(chosen_language(self.ctx.local, session.username), session.username)
        self.session = session
        self._last_housekeeping = time.monotonic()  # sign-in has just purged the bin
        self.username = session.username
        self.backup_triggers = {}
        self.ctx.remember_vault(self.folder)
        remember_user(self.ctx.local, self.folder, session.username)
        self._replace("signin", None)
        ws = Workspace(self.ctx, session, clipboard=self.clipboard, parent=None)
        ws.lock_requested.connect(lambda: self.lock("manual"))
        ws.backup_done.connect(lambda: self.session is not None and self.ctx.tasks.run(
            ops.window_state, self.session, on_done=self._apply_settings))
        self._replace("workspace", ws)
        ws.install_menus(self.customers_menu, self.admin_menu)
        self.sync.attach(session, ws, self.act_sync_now, self.admin_menu)  # a team's sync: status, rounds, menus
        self.status.signed_in(session.display_name, session.profile.name)
        self._signed_in_actions(True)
        self.idle.start()
        self._tick()
        self.ctx.tasks.run(ops.window_state, session, on_done=self._apply_settings, on_error=lambda e: None)
        self._set_title()
        for n in notices or []:
            ws.notify(n)
        if self.demo_info is not None:
            ws.notify(self.tr("This is a throwaway demo vault with generated customers; it is deleted when you quit."),
                      "warning")

    def _settings_saved(self, values: dict) -> None:
        """Saving the settings never starts a backup: a location set just now gets its first
        scheduled backup one interval later, and the status bar says how to take one now."""
        t = values.get("triggers") or {}
        if t.get("url"):
            t["due"] = False
            if t.get("next_due") is None or t["next_due"] <= clock.utcnow():
                t["next_due"] = clock.utcnow() + t["interval"]
        self._apply_settings(values)
        if self.session is None:
            return
        if t.get("url"):
            hours = int(t["interval"].total_seconds() // 3600)
            self.status.showMessage(self.tr("Settings saved. Scheduled backups run every %n hour(s); to take one "
                                            "now, choose Back up now… in the Vault menu.", "", hours), 15_000)
        else:
            self.status.showMessage(self.tr("Settings saved."), 8000)

    def _apply_settings(self, values: dict) -> None:
        if self.session is None:
            return
        if "idle_seconds" not in self.ctx.options:
            self.idle.set_seconds(float(values["lock.idle_minutes"]) * 60)
        self.clipboard.set_seconds(float(values["clipboard.clear_seconds"]))
        text, warn = values["backup"]
        self.status.set_backup(text, warn)  # the Qt-free layer says it in the app's language
        self.backup_triggers = values.get("triggers") or {}

    def _set_title(self) -> None:
        """"<vault> — VaultCRM" (a vault in the default folder named VaultCRM: by its parent folder)."""
        if self.folder is None or self.stack.currentWidget() is self.start:
            self.setWindowTitle(self.tr("VaultCRM"))
        elif self.folder.name.casefold() == "vaultcrm":
            self.setWindowTitle(self.tr("Vault in {0} — VaultCRM").format(self.folder.parent.name))
        else:
            self.setWindowTitle(self.tr("{0} — VaultCRM").format(self.folder.name))

    # ---------------------------------------------------------------------------- locking
    def lock(self, reason: str = "manual") -> None:
        """Only the sign-in panel stays: workspace (views and models) destroyed, clipboard cleared,
        pending results dropped, database closed and keys wiped on the worker."""
        session, self.session = self.session, None
        if session is None:
            return
        self.idle.stop()
        self.clipboard.clear_now()
        for _ in range(10):  # close open dialogs first (their nested event loops end)
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            modal.close()
        self.ctx.tasks.forget()  # cancels a scheduled backup still running (its result is dropped)
        self._backup_running = False
        if self.workspace is not None:
            self.workspace.clear()
        self._replace("workspace", None)
        self._backup_if(session, "on_lock")
        self.sync.detach(session)  # a bounded last round, queued before the lock
        for menu in (self.customers_menu, self.admin_menu):
            menu.clear()
        self.ctx.tasks.run(auth.lock, session, reason, on_error=lambda e: None)
        self.status.signed_out()
        self._signed_in_actions(False)
        self.show_signin(locked=True, reason=reason)

    def _backup_if(self, session, trigger: str) -> None:
        """Back up when locking / quitting if the vault's settings ask for it (queued before the lock)."""
        t = self.backup_triggers
        if t.get(trigger) and t.get("url"):
            self.ctx.worker.submit(ops.back_up_in_place, session, t["url"])

    def _scheduled_backup(self) -> None:
        t = self.backup_triggers
        if not t.get("url") or self.session is None or self._backup_running:
            return

        next_due = t.get("next_due")
        if not (t.get("due") or (next_due is not None and clock.utcnow() >= next_due)):
            return
        self._backup_running = True
        t["due"], t["next_due"] = False, None
        self.status.showMessage(self.tr("Backing up…"))

        def finished(_result=None):
            self._backup_running = False
            self.status.clearMessage()
            if self.session is not None:
                self.ctx.tasks.run(ops.window_state, self.session, on_done=self._apply_settings)

        # on its own thread (the app keeps working); the lock cancels it (Tasks.forget)
        self.ctx.tasks.run_job(ops.back_up, self.session, t["url"], self.ctx.worker.call, thread=True,
                               on_done=finished, on_error=lambda exc: (finished(), show_error(exc, self)))

    def _housekeeping(self) -> None:
        """Hourly while signed in: erase deleted records whose undo window is over (sign-in does
        it too)."""
        if time.monotonic() - self._last_housekeeping < HOUSEKEEPING_SECONDS:
            return
        self._last_housekeeping = time.monotonic()

        def done(n):
            if n:
                self.status.showMessage(self.tr("%n deleted record(s) erased for good (undo window over)", "", n),
                                        10_000)

        def failed(exc):
            self.status.showMessage(self.tr("Deleted records past their undo window could not be erased: {0}")
                                    .format(user_message(exc)), 15_000)

        self.ctx.tasks.run(purge_expired, self.session, on_done=done, on_error=failed)

    def _tick(self) -> None:
        if self.session is None:
            return
        self._scheduled_backup()
        self._housekeeping()
        if "idle_seconds" in self.ctx.options:
            self.idle.set_seconds(float(self.ctx.options["idle_seconds"]))
        if self.idle.expired():
            self.lock("idle")
            return
        self.status.set_autolock(self.idle.text())

    def _app_state(self, state) -> None:
        # Qt reports the OS suspending the app (mobile, some desktops); lock then.
        if state == Qt.ApplicationState.ApplicationSuspended and self.session is not None:
            self.lock("os")

    # ---------------------------------------------------------------------------- dialogs
    def open_settings(self) -> None:
        if self.session is None:
            return
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ctx, self.session, self)
        dlg.saved.connect(lambda: self.session is not None and self.ctx.tasks.run(
            ops.window_state, self.session, on_done=self._settings_saved))
        dlg.accepted.connect(lambda: dlg.language_changed and self.status.showMessage(
            self.tr("The new language, {0}, applies the next time you start VaultCRM.")
            .format(LANGUAGES[dlg.language_changed]), 15_000))
        dlg.open()

    def change_password(self) -> None:
        if self.session is None:
            return
        from .common.password_dialog import ChangePasswordDialog

        self.password_dialog = ChangePasswordDialog(self.ctx, self.session, self)
        self.password_dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Your new password is set."), 8000))
        self.password_dialog.open()

    def own_account(self, authenticator: bool) -> None:
        """Re-enrol my authenticator / new recovery codes (ui/signin/account.py)."""
        if self.session is None:
            return
        from .signin.account import OwnAccountDialog

        self.own_dialog = OwnAccountDialog(self.ctx, self.session, authenticator, self)
        self.own_dialog.open()

    def backup_now(self) -> None:
        if self.session is None or self.workspace is None:
            return
        self.workspace.backup_now()

    def restore_from_backup(self) -> None:
        from .common.restore import RestoreDialog

        dlg = RestoreDialog(self.ctx, self.session, self.folder, self)
        dlg.restored.connect(self._restored)
        dlg.open()

    def _restored(self, folder: str) -> None:
        if self.session is not None:
            self.lock("restore")
        self.show_signin(folder, locked=False)

    def show_busy(self, text: str) -> None:
        """A waiting page (the demo vault being generated)."""
        from PySide6.QtWidgets import QVBoxLayout

        from .common.widgets import BusyBar, Heading

        page = QWidget()
        page.setObjectName("start")
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(Heading(text, level=2))
        bar = BusyBar()
        bar.show()
        lay.addWidget(bar)
        lay.addStretch(2)
        lay.setContentsMargins(200, 0, 200, 0)
        self._replace("signin", page)

    def show_demo_signin(self, info) -> None:
        """--demo: the sign-in panel filled in (user, password, current code) and submitted."""

        self.demo_info = info
        self.folder = Path(info.folder)
        self.username = info.username
        self.show_signin(info.folder)
        self.signin.submit()

    def _about(self) -> None:
        from ui import dialogs
        from vault.version import app_version

        dialogs.info(self, self.tr("About VaultCRM"), self.tr(
            "VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.")
            + "\n\n" + self.tr("Version {version}").format(version=app_version()))

    def place_on_screen(self) -> None:
        """The size and place of the last run if that is on a screen still there, else a size that
        fits the screen's available area (never taller than a 768-pixel laptop screen)."""
        place_window(self, self.ctx.local.get("ui.window_geometry"))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.ctx.local.set("ui.window_geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        session, self.session = self.session, None
        self.clipboard.clear_now()
        self.ctx.tasks.forget()
        if self.workspace is not None:
            self.workspace.clear()
        if session is not None:
            self._backup_if(session, "on_exit")
            self.sync.detach(session)
            self.ctx.worker.submit(auth.lock, session, "exit")
        QApplication.instance().removeEventFilter(self.activity)
        super().closeEvent(event)
