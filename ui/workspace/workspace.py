"""The signed-in workspace: a notice banner and tabs (Customers, and the admin screens the
profile allows). Destroyed entirely at lock, so no widget or model outlives the session."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..common.activity import ClipboardKeeper
from ..common.context import AppContext


class NoticeBar(QWidget):
    """Notices after sign-in (failed attempts, recovery codes used…), each dismissable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(4)
        self.hide()

    def add(self, text: str, kind: str = "info", action: tuple[str, object] | None = None) -> QWidget:
        row = QWidget()
        row.setObjectName("notice")
        row.setProperty("kind", kind)
        h = QHBoxLayout(row)
        h.setContentsMargins(12, 6, 6, 6)
        label = QLabel(text)
        label.setWordWrap(True)
        h.addWidget(label, 1)
        if action is not None:
            btn = QPushButton(action[0])
            btn.setAccessibleName(action[0])
            btn.clicked.connect(action[1])
            btn.clicked.connect(lambda: self.remove(row))
            h.addWidget(btn)
        close = QPushButton("✕")
        close.setObjectName("flat")
        close.setAccessibleName(self.tr("Dismiss"))
        close.setFixedWidth(28)
        close.clicked.connect(lambda: self.remove(row))
        h.addWidget(close)
        self.lay.addWidget(row)
        self.show()
        return row

    def remove(self, row: QWidget) -> None:
        row.hide()
        self.lay.removeWidget(row)
        row.deleteLater()
        if self.lay.count() == 0:
            self.hide()

    def clear(self) -> None:
        while self.lay.count():
            w = self.lay.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self.hide()


class Workspace(QWidget):
    lock_requested = Signal()
    backup_done = Signal()

    def __init__(self, ctx: AppContext, session, clipboard: ClipboardKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.clipboard = clipboard
        self.setObjectName("workspace")
        self.notices = NoticeBar()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 0)
        lay.addWidget(self.notices)
        lay.addWidget(self.tabs, 1)
        self.admin_tabs: dict[str, QWidget] = {}
        self.customers = None
        if session.can("customers.read"):
            from .customers import CustomersPage

            self.customers = CustomersPage(ctx, session, clipboard, self)
            self.customers.notify.connect(self.notify)
            self.tabs.addTab(self.customers, self.tr("Customers"))
            self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        else:
            label = QLabel(self.tr("Your profile does not allow seeing customers."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(label, self.tr("Welcome"))
            self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        from ..pipeline.tabs import add_board_tabs

        self.pipeline = self.dashboard = None
        self.board_pages = add_board_tabs(self)   # Pipeline, Dashboard (issue 16)
        from ..tasks.tab import add_my_day

        self.my_day = add_my_day(self)   # My day and its reminders (issue 16): Sales land on it
        self.actions_by_name: dict[str, QAction] = {}

    # ---------------------------------------------------------------------------- menus
    def _act(self, menu: QMenu, name: str, text: str, slot, shortcut=None, allowed: bool = True) -> QAction:
        act = QAction(text, menu)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        act.setVisible(allowed)
        act.setEnabled(allowed)
        menu.addAction(act)
        self.actions_by_name[name] = act
        return act

    def install_menus(self, customers_menu: QMenu, admin_menu: QMenu) -> None:
        s = self.session
        customers_menu.clear()
        admin_menu.clear()
        if self.customers is not None:
            for act in self.customers.menu_actions():
                customers_menu.addAction(act)
                self.actions_by_name[act.objectName()] = act
        customers_menu.menuAction().setVisible(bool(customers_menu.actions()))
        self._act(admin_menu, "adminUsers", self.tr("Users…"), lambda: self.open_admin("users"),
                  allowed=s.can("users.manage"))
        self._act(admin_menu, "adminProfiles", self.tr("Profiles…"), lambda: self.open_admin("profiles"),
                  allowed=s.can("users.manage") or s.can("profiles.manage"))
        self._act(admin_menu, "adminAudit", self.tr("Audit log…"), lambda: self.open_admin("audit"),
                  allowed=s.can("audit.read"))
        self._act(admin_menu, "adminAlerts", self.tr("Security alerts…"), lambda: self.open_admin("alerts"),
                  allowed=s.can("audit.read"))
        from ..team.menu import add_team_actions

        add_team_actions(self, admin_menu)
        admin_menu.menuAction().setVisible(any(a.isVisible() for a in admin_menu.actions()))

    def open_admin(self, which: str) -> QWidget | None:
        if which in self.admin_tabs:
            self.tabs.setCurrentWidget(self.admin_tabs[which])
            return self.admin_tabs[which]
        from ..admin import make_admin_page

        page = make_admin_page(which, self.ctx, self.session, self)
        if page is None:
            return None
        self.admin_tabs[which] = page
        self.tabs.addTab(page, page.windowTitle())
        self.tabs.setCurrentWidget(page)
        return page

    def _close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        for k, v in list(self.admin_tabs.items()):
            if v is page:
                del self.admin_tabs[k]
        self.tabs.removeTab(index)
        page.deleteLater()

    # ---------------------------------------------------------------------------- misc
    def notify(self, text: str, kind: str = "info", action=None) -> QWidget:
        return self.notices.add(text, kind, action)

    def backup_now(self) -> None:
        from ..common.backup import BackupDialog

        dlg = BackupDialog(self.ctx, self.session, self)
        dlg.done.connect(lambda _r: self.backup_done.emit())
        dlg.open()

    def clear(self) -> None:
        """Drop every piece of customer data this workspace shows (lock)."""
        self.notices.clear()
        from ..tasks.tab import clear_my_day

        clear_my_day(self.my_day)   # reminders stop; a late one is dropped
        if self.customers is not None:
            self.customers.clear()
        for page in [*self.board_pages, *self.admin_tabs.values()]:
            if hasattr(page, "clear"):
                page.clear()
        self.session = None
