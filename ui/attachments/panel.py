"""The "Attachments" section of the customer detail pane and of the deal dialog: the files with
name, size and date; Add file… (or drop a file on the section), View (images and PDFs, inside the
app from memory), Save a copy… (an explicit, audited export through the file picker) and Delete
(asked first, as a deal's delete is). Writes run through ``ctx.changes``; the section follows
every change to its customer."""
from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.errors import user_message
from app.ops import attachments as ops
from ui import dialogs

from ..common.flow import flow_row
from ..common.widgets import Note
from ..workspace.detail_widgets import PaneButton
from .model import AttachmentModel

VISIBLE_ROWS = 6


class AttachmentsPanel(QWidget):
    loaded = Signal()          # the list was (re)loaded
    viewer_opened = Signal(object)

    def __init__(self, ctx, session, customer_id: int, deal_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachments")
        self.ctx, self.session, self.customer_id, self.deal_id = ctx, session, int(customer_id), deal_id
        self.can_write = session.can("deals.write" if deal_id is not None else "customers.update")
        self.viewer = None
        self.setAcceptDrops(self.can_write)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Attachments"))
        title.setObjectName("sectionTitle")
        lay.addWidget(title)
        self.model = AttachmentModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("attachmentList")
        self.table.setAccessibleName(self.tr("Attached files"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.view_current())
        self.table.installEventFilter(self)
        self.table.hide()
        lay.addWidget(self.table)
        self.empty = Note(self.tr("No files attached yet."))
        lay.addWidget(self.empty)
        self.note = Note()
        self.note.hide()
        lay.addWidget(self.note)
        self.add_btn = PaneButton(self.tr("Add file…"), self.tr("Attach a file"))
        self.add_btn.clicked.connect(self.add_file)
        self.view_btn = PaneButton(self.tr("View"), self.tr("View the selected file"), "flat")
        self.view_btn.clicked.connect(self.view_current)
        self.save_btn = PaneButton(self.tr("Save a copy…"), self.tr("Save a copy of the selected file"), "flat")
        self.save_btn.clicked.connect(self.save_current)
        self.delete_btn = PaneButton(self.tr("Delete"), self.tr("Delete the selected file"), "flat")
        self.delete_btn.clicked.connect(self.delete_current)
        lay.addLayout(flow_row(self.add_btn, self.view_btn, self.save_btn, self.delete_btn))
        # only once they have a parent: setVisible(True) on a parentless button shows it as a window of
        # its own for a moment, which takes the activation (and its shortcuts) from the main window
        self.add_btn.setVisible(self.can_write)
        self.delete_btn.setVisible(self.can_write)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ctx.changes.changed.connect(self._changed)
        self._enable()
        self.reload()

    # ---------------------------------------------------------------------------- the list
    def reload(self) -> None:
        self.ctx.tasks.run(ops.listing, self.session, None if self.deal_id is not None else self.customer_id,
                           self.deal_id, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, listing: dict) -> None:
        if not shiboken6.isValid(self.model):  # the pane was rebuilt meanwhile
            return
        self.model.set_items(listing["items"])
        rows = len(listing["items"])
        self.table.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        if rows:
            height = self.table.horizontalHeader().height() + self.table.rowHeight(0) * min(rows, VISIBLE_ROWS) + 4
            self.table.setFixedHeight(height)
        self._enable()
        self.loaded.emit()

    def _changed(self, changes) -> None:
        if self.customer_id in changes.customers or self.customer_id in changes.deleted:
            self.reload()

    def current(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _enable(self) -> None:
        item = self.current()
        self.view_btn.setEnabled(bool(item and item["viewable"]))
        self.save_btn.setEnabled(item is not None)
        self.delete_btn.setEnabled(item is not None and self.can_write)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view_current()
                return True
            if event.key() == Qt.Key.Key_Delete and self.can_write:
                self.delete_current()
                return True
        return super().eventFilter(obj, event)

    # ---------------------------------------------------------------------------- actions
    def add_file(self) -> None:
        path = dialogs.open_file(self, self.tr("Attach a file"))
        if path:
            self.add_path(path)

    def add_path(self, path: str) -> None:
        self.ctx.changes.run(ops.add_file, self.session, self.customer_id, str(path), self.deal_id,
                             on_done=lambda _aid: self._say(self.tr("Attached {0}.").format(Path(path).name)),
                             on_error=self._failed)

    def view_current(self) -> None:
        item = self.current()
        if item is None:
            return
        if not item["viewable"]:
            self._say(self.tr("This kind of file cannot be shown inside the app; use Save a copy."))
            return
        self.ctx.tasks.run(ops.view, self.session, item["id"], on_done=self._show, on_error=self._failed)

    def _show(self, result) -> None:
        from .viewer import AttachmentViewer

        meta, data = result
        self.viewer = AttachmentViewer(meta, data, self)
        self.viewer.open()
        self.viewer_opened.emit(self.viewer)

    def save_current(self) -> None:
        item = self.current()
        if item is None:
            return
        path = dialogs.save_file(self, self.tr("Save a copy"), item["name"],
                                 vault_folders=[self.session.vault.folder])
        if path:
            self.ctx.tasks.run(ops.save_copy, self.session, item["id"], path, True,
                               on_done=lambda p: self._say(self.tr("Saved a copy to {0}.").format(p)),
                               on_error=self._failed)

    def delete_current(self) -> None:
        item = self.current()
        if item is None or not self.can_write:
            return
        if not dialogs.confirm(self, self.tr("Delete file"), self.tr(
                "Delete the attached file {0}? It is removed from the vault for good; this cannot be undone.")
                .format(item["name"]), self.tr("Delete"), self.tr("Keep")):
            return
        self.ctx.changes.run(ops.remove, self.session, item["id"], on_error=self._failed)

    def _say(self, text: str, kind: str = "info") -> None:
        if not shiboken6.isValid(self.note):
            return
        self.note.setText(text)
        self.note.set_kind(kind)
        self.note.show()

    def _failed(self, exc: BaseException) -> None:
        self._say(user_message(exc), "error")

    # ---------------------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.can_write and len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if self.can_write and len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.add_path(urls[0].toLocalFile())
