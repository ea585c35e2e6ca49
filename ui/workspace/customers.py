"""The customers tab: search and filters, the lazy list, the detail pane, and the actions
(new, edit, delete with undo, import, export), each shown only when the profile allows it."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, NotFoundError, user_message
from app.ops import records as ops
from app.ops import tasks as task_ops
from app.ops.changes import Changes
from app.records import CustomerFilter
from ui import dialogs

from ..common.activity import ClipboardKeeper
from ..common.context import AppContext
from ..common.labels import column_label, status_label
from .customer_model import COLUMNS, STATUS_LABELS, CustomerTableModel
from .customer_table import CustomerTable
from .detail import DetailView
from .detail_actions import DetailActions

SEARCH_DELAY_MS = 250
FOLLOW_DELAY_MS = 120   # the pane follows the highlight once the arrow keys rest (one audited view, not 50)


class CustomersPage(DetailActions, QWidget):
    notify = Signal(str, str, object)

    def __init__(self, ctx: AppContext, session, clipboard: ClipboardKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.clipboard = clipboard
        self.current_id: int | None = None
        self.last_deleted: int | None = None
        self._before_reset: int | None = None
        self.detail_data: dict | None = None
        self.custom_fields: list[dict] = []
        self.setObjectName("customersPage")
        self.model = CustomerTableModel(ctx.tasks, lambda f, s, o, n, _s=session: ops.page(_s, f, s, o, n), self)

        bar = self._build_toolbar(session)

        # -- list + detail
        self.table = CustomerTable(self.model)
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(FOLLOW_DELAY_MS)
        self.follow_timer.timeout.connect(self._follow_highlight)
        self.table.selectionModel().currentRowChanged.connect(lambda _cur, _prev: self.follow_timer.start())
        self.model.dataChanged.connect(lambda *_a: self._highlight_loaded())
        self.table.open_requested.connect(self.edit_row)
        self.table.doubleClicked.connect(lambda idx: self.edit_row(idx.row()))
        self.table.delete_requested.connect(self.delete_current)
        self.detail = DetailView(session)
        self.detail.attachments_context = (ctx, session)  # its Attachments section runs its own use cases
        self._connect_detail()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])   # the pane starts with two fifths of the width, not its minimum
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)
        self.model.total_changed.connect(self._count)
        self.model.modelAboutToBeReset.connect(self._remember_highlight)
        self.model.reset_done.connect(self._reselect)
        ctx.changes.changed.connect(self.follow)
        QWidget.setTabOrder(self.search, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.tag_filter)
        QWidget.setTabOrder(self.tag_filter, self.owner_filter)
        QWidget.setTabOrder(self.owner_filter, self.columns_btn)
        QWidget.setTabOrder(self.columns_btn, self.new_btn)
        QWidget.setTabOrder(self.new_btn, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        self._build_actions()
        self._build_columns_menu()
        self.model.set_filter(CustomerFilter())
        if session.scope_all:
            ctx.tasks.run(ops.owners, session, on_done=self._owners, on_error=lambda e: None)
        ctx.tasks.run(ops.custom_fields, session, on_done=lambda fields: setattr(self, "custom_fields", fields),
                      on_error=lambda e: None)

    def _build_toolbar(self, session):
        """Search, filters, columns, the count and New customer."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail, phone, city…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("Any status"), "")
        for key in STATUS_LABELS:
            self.status_filter.addItem(status_label(key), key)
        self.tag_filter = QLineEdit()
        self.tag_filter.setPlaceholderText(self.tr("Tag"))
        self.tag_filter.setAccessibleName(self.tr("Tag filter"))
        self.tag_filter.setMaximumWidth(130)
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Owner filter"))
        self.owner_filter.addItem(self.tr("Any owner"), None)
        if not session.scope_all:
            self.owner_filter.hide()
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.owner_filter.currentIndexChanged.connect(self.apply_filter)
        self.tag_filter.textChanged.connect(lambda _t: self.search_timer.start())
        self.columns_btn = QToolButton()
        self.columns_btn.setText(self.tr("Columns"))
        self.columns_btn.setAccessibleName(self.tr("Choose columns"))
        self.columns_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_btn = QPushButton(self.tr("New customer"))
        self.new_btn.setObjectName("primary")
        self.new_btn.setAccessibleName(self.tr("New customer"))
        if not session.can("customers.create"):
            self.new_btn.hide()
        self.new_btn.clicked.connect(self.new_customer)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance("1,000,000 customers") + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.owner_filter)
        bar.addWidget(self.columns_btn)
        bar.addStretch(0)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_btn)
        return bar

    def _connect_detail(self) -> None:
        self.detail.edit_requested.connect(self.edit_current)
        self.detail.delete_requested.connect(self.delete_current)
        self.detail.reveal_requested.connect(self.reveal)
        self.detail.copy_requested.connect(self.clipboard.copy)
        self.detail.interaction_logged.connect(self.log_interaction)
        self.detail.privacy_action.connect(self.privacy_action)
        self.detail.deal_requested.connect(self.open_deal)
        self.detail.consent_requested.connect(self.record_consent)
        self.detail.consent_withdraw.connect(self.withdraw_consent)
        self.detail.preference_requested.connect(self.add_preference)
        self.detail.preference_remove.connect(self.remove_preference)
        self.detail.deal_delete.connect(self.delete_deal)
        self.detail.link_failed.connect(lambda text: self.notify.emit(text, "warning", None))

    # ---------------------------------------------------------------------------- actions
    def _build_actions(self) -> None:
        s = self.session

        def act(name, text, slot, shortcut=None, allowed=True):
            a = QAction(text, self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            a.setVisible(allowed)
            a.setEnabled(allowed)
            self.addAction(a)
            return a

        self.act_search = act("search", self.tr("Search"), self.focus_search, QKeySequence.StandardKey.Find)
        self.act_new = act("newCustomer", self.tr("New customer…"), self.new_customer, QKeySequence.StandardKey.New,
                           s.can("customers.create"))
        self.act_edit = act("editCustomer", self.tr("Edit customer…"), self.edit_current, None,
                            s.can("customers.update") or s.can("contacts.update"))
        self.act_delete = act("deleteCustomer", self.tr("Delete customer"), self.delete_current, None,
                              s.can("customers.delete"))
        self.act_undo = act("undoDelete", self.tr("Undo delete"), self.undo_last_delete, QKeySequence.StandardKey.Undo,
                            s.can("customers.delete"))
        self.act_undo.setEnabled(False)
        self.act_import = act("importCustomers", self.tr("Import…"), self.import_customers, None,
                              s.can("customers.import"))
        self.act_export = act("exportCustomers", self.tr("Export…"), self.export_customers, None,
                              s.can("customers.export"))
        self.act_bin = act("deletedCustomers", self.tr("Deleted customers…"), self.show_bin, None,
                           s.can("customers.delete"))
        from .duplicates import can_merge

        self.act_duplicates = act("findDuplicates", self.tr("Find duplicates…"), self.find_duplicates, None,
                                  can_merge(s))
        self.act_refresh = act("refresh", self.tr("Refresh"), self.model.refresh, QKeySequence.StandardKey.Refresh)

    def menu_actions(self) -> list[QAction]:
        return [self.act_search, self.act_new, self.act_edit, self.act_delete, self.act_undo, self.act_bin,
                self.act_duplicates,
                self.act_import, self.act_export, self.act_refresh]

    def _build_columns_menu(self) -> None:
        menu = QMenu(self)
        chosen = self.ctx.local.get("ui.customer_columns") or [c[0] for c in COLUMNS]
        self.column_actions = {}
        for col, (key, label, _sort) in enumerate(COLUMNS):
            a = menu.addAction(column_label(label))
            a.setCheckable(True)
            a.setChecked(key in chosen or col == 0)
            a.setEnabled(col != 0)
            a.toggled.connect(lambda on, c=col: self._toggle_column(c, on))
            self.table.setColumnHidden(col, not a.isChecked())
            self.column_actions[key] = a
        self.columns_btn.setMenu(menu)

    def _toggle_column(self, col: int, on: bool) -> None:
        self.table.setColumnHidden(col, not on)
        self.ctx.local.set("ui.customer_columns", [k for k, a in self.column_actions.items() if a.isChecked()])

    def _owners(self, owners) -> None:
        for uid, name in owners:
            self.owner_filter.addItem(name, uid)

    # ---------------------------------------------------------------------------- list
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> CustomerFilter:
        status = self.status_filter.currentData()
        return CustomerFilter(query=self.search.text().strip(), statuses=(status,) if status else (),
                              tag=self.tag_filter.text().strip(), owner_id=self.owner_filter.currentData())

    def apply_filter(self) -> None:
        self.search_timer.stop()
        f = self.current_filter()
        if f != self.model.filter:
            self.model.set_filter(f)

    def _count(self, total: int) -> None:
        self.count_label.setText(self.tr("{0} customers").format(f"{total:,}") if total != 1 else self.tr("1 customer"))

    def _remember_highlight(self) -> None:
        self._before_reset = self.highlighted_id() if self.table.currentIndex().isValid() else None

    def _reselect(self) -> None:
        """After the list reloaded: highlight again the row highlighted before (the pane follows it if it had
        not caught up yet), else the customer the pane shows: one selection, one customer."""
        cid = self._before_reset if self._before_reset is not None else self.current_id
        self._before_reset = None
        if cid is None:
            return
        self._highlight(cid)
        if cid != self.current_id and self.model.find_row(cid) is not None:
            self.open_customer(cid)

    def _highlight(self, customer_id: int) -> None:
        row = self.model.find_row(customer_id)
        sel = self.table.selectionModel()
        if row is None:
            sel.clear()
            return
        if sel.currentIndex().row() != row or not sel.isRowSelected(row):
            sel.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
        self.follow_timer.stop()

    def highlighted_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.row_id(idx.row()) if idx.isValid() else None

    def _follow_highlight(self) -> None:
        """The highlighted row changed (keys, click, PageDown): the pane shows that customer."""
        cid = self.highlighted_id()
        if cid is not None and cid != self.current_id:
            self.open_customer(cid)

    def _highlight_loaded(self) -> None:
        """A page arrived: the highlighted row may only now have its customer."""
        if self.table.currentIndex().isValid() and not self.follow_timer.isActive():
            self._follow_highlight()

    # ---------------------------------------------------------------------------- detail
    def open_row(self, row: int) -> None:
        cid = self.model.row_id(row)
        if cid is not None:
            self.open_customer(cid)

    def open_customer(self, customer_id: int, then=None) -> None:
        """Show a customer in the pane and highlight its row; ``then()`` once it is shown."""
        self.current_id = customer_id
        self._highlight(customer_id)

        def shown(data, c=customer_id):
            if self.current_id == c:
                self._show_detail(data)
                if then is not None:
                    then()

        self.ctx.tasks.run(ops.load_detail, self.session, customer_id, on_done=shown, on_error=self._detail_failed)

    def edit_row(self, row: int) -> None:
        """Enter or double-click on a row: edit that customer (or just show it, for a read-only profile)."""
        cid = self.model.row_id(row)
        if cid is None:
            return
        if not self.act_edit.isEnabled():
            if cid != self.current_id:
                self.open_customer(cid)
        elif self.detail.record is not None and self.detail.record["id"] == cid:
            self.edit_current()
        else:
            self.open_customer(cid, then=self.edit_current)

    def follow(self, changes) -> None:
        """Every write (here, in a dialog, in the bin, sync later) ends here: the list reloads its
        ids once, and the detail pane shows the new state of its customer (no new audited view)."""
        if changes.lists or changes.customers or changes.deleted:
            self.model.refresh()
        cid = self.current_id
        if cid is None:
            return
        if cid in changes.deleted:
            self.current_id = None
            self.detail.clear()
            self.detail_data = None
        elif cid in changes.customers:
            self.ctx.tasks.run(ops.load_detail, self.session, cid, audited=False,
                               on_done=lambda data, c=cid: self.current_id == c and self._show_detail(data),
                               on_error=self._detail_failed)

    def _show_detail(self, data: dict) -> None:
        self.detail_data = data
        self.detail.show_record(data)

    def _detail_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):
            self.detail.clear()
            self.current_id = None
            self.model.refresh()
        self.notify.emit(user_message(exc), "warning", None)

    def reveal(self) -> None:
        if self.current_id is None:
            return
        fields = [k for k, v in self.detail.sensitive_values().items() if v]
        self.ctx.tasks.run(ops.reveal, self.session, self.current_id, fields,
                           on_done=lambda _r: self.detail.reveal())

    def log_interaction(self, kind: str, summary: str) -> None:
        if self.current_id is None:
            return
        cid = self.current_id
        follow_up = self.detail.follow_up.value(summary)  # None unless "Follow up on" is ticked (issue 16)
        self.ctx.changes.run(task_ops.log_interaction_with_follow_up, self.session, cid, kind, summary, follow_up,
                             on_error=self._write_failed)

    # ---------------------------------------------------------------------------- create / edit / delete
    def new_customer(self) -> None:
        if not self.session.can("customers.create"):
            return
        from .editor import CustomerEditor

        self.editor = CustomerEditor(self.ctx, self.session, None, self, custom_fields=self.custom_fields)
        self.editor.saved.connect(self._saved)
        self.editor.open_existing.connect(self.open_customer)
        self.editor.open()

    def edit_current(self) -> None:
        if self.detail.record is None or not self.act_edit.isEnabled():
            return
        from .editor import CustomerEditor

        self.editor = CustomerEditor(self.ctx, self.session, self.detail.record, self,
                                     custom_fields=(self.detail_data or {}).get("custom_fields") or self.custom_fields)
        self.editor.saved.connect(self._saved)
        self.editor.open()

    def _saved(self, customer_id: int) -> None:
        """A saved or restored customer: shown in the pane (the list and the pane followed the change)."""
        if customer_id != self.current_id:
            self.open_customer(customer_id)

    def delete_current(self) -> None:
        """Delete (the key, the menu): the highlighted customer, else the one the pane shows."""
        if not self.session.can("customers.delete"):
            return
        rec = self.detail.record
        cid = self.highlighted_id()
        if cid is not None and (rec is None or rec["id"] != cid):
            name, version = (self.model.row_data(self.table.currentIndex().row()) or {}).get("display_name", ""), None
        elif rec is not None:
            cid, name, version = rec["id"], rec["display_name"], rec["version"]
        if cid is None:
            return
        if not dialogs.confirm(self, self.tr("Delete customer"),
                               self.tr("Delete {0}? You can undo this right after, or restore it from the bin "
                                       "later.").format(name), self.tr("Delete"), self.tr("Keep")):
            return
        self.ctx.changes.run(ops.delete, self.session, cid, version,
                             on_done=lambda _r, n=name, c=cid: self._deleted(c, n), on_error=self._write_failed)

    def _deleted(self, cid: int, name: str) -> None:
        self.last_deleted = cid
        self.act_undo.setEnabled(True)
        self.notify.emit(self.tr("{0} was deleted.").format(name), "info",
                         (self.tr("Undo"), lambda: self.undo_delete(cid)))

    def undo_last_delete(self) -> None:
        """Ctrl+Z (outside a text box, where it undoes typing): bring back the last deleted customer."""
        if self.last_deleted is not None:
            self.undo_delete(self.last_deleted)

    def undo_delete(self, cid: int) -> None:
        if cid != self.last_deleted:
            return      # already undone
        self.last_deleted = None
        self.act_undo.setEnabled(False)
        self.ctx.changes.run(ops.restore, self.session, cid, on_done=lambda _r: self._saved(cid),
                             on_error=self._write_failed)

    def _write_failed(self, exc: BaseException) -> None:
        kind = "warning" if isinstance(exc, ConflictError) else "error"
        self.notify.emit(user_message(exc), kind, None)
        if self.current_id is not None:  # show what the record is now (someone else's change, or none)
            self.follow(Changes.of(self.current_id, lists=True))
        else:
            self.model.refresh()

    def show_bin(self) -> None:
        from .bin import BinDialog

        self.bin_dialog = BinDialog(self.ctx, self.session, self)
        self.bin_dialog.restored.connect(self._saved)
        self.bin_dialog.open()

    def find_duplicates(self) -> None:
        from .duplicates import DuplicatesDialog, can_merge

        if not can_merge(self.session):
            return
        self.duplicates_dialog = DuplicatesDialog(self.ctx, self.session, self)
        self.duplicates_dialog.merged.connect(self._merged)
        self.duplicates_dialog.open()

    def _merged(self, keep_id: int) -> None:
        self._saved(keep_id)   # the merged records are gone: show what was kept

    # ---------------------------------------------------------------------------- import / export
    def import_customers(self) -> None:
        from .transfer import ImportDialog

        dlg = ImportDialog(self.ctx, self.session, self)
        dlg.open()
        self.import_dialog = dlg

    def export_customers(self) -> None:
        from .transfer import ExportDialog

        dlg = ExportDialog(self.ctx, self.session, self.current_filter(), self)
        dlg.open()
        self.export_dialog = dlg

    # ---------------------------------------------------------------------------- lock
    def clear(self) -> None:
        self.search_timer.stop()
        self.follow_timer.stop()
        self.last_deleted = None
        if getattr(self, "duplicates_dialog", None) is not None:
            self.duplicates_dialog.clear()
        self.model.clear()
        self.detail.clear()
        self.detail_data = None
        self.current_id = None
        for w in (self.search, self.tag_filter):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        self.owner_filter.clear()
