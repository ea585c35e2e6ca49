"""The bin: deleted customers that can still be restored (until they are purged)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from app.errors import user_message
from app.ops import records as ops

from ..common.dates import format_date, format_datetime
from ..common.list_model import RowsModel
from ..common.widgets import Note


class BinModel(RowsModel):
    columns = [("display_name", QT_TRANSLATE_NOOP("Columns", "Name")),
               ("company_name", QT_TRANSLATE_NOOP("Columns", "Company")),
               (lambda r: format_datetime(r.get("deleted_at")), QT_TRANSLATE_NOOP("Columns", "Deleted")),
               (lambda r: format_date(r.get("purge_at")), QT_TRANSLATE_NOOP("Columns", "Erased for good on"))]


class BinDialog(QDialog):
    restored = Signal(int)

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.setWindowTitle(self.tr("Deleted customers"))
        self.resize(560, 420)
        self.model = BinModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Deleted customers"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.note = Note(self.tr("Deleted customers can be restored until the date shown; then they are erased "
                                 "for good, with their contact details, interactions and deals (see Settings)."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_btn = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_btn.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(ops.deleted, self.session, on_done=self.model.set_rows, on_error=self._failed)

    def restore(self) -> None:
        row = self.model.row(self.view.currentIndex().row())
        if row is None:
            return
        self.ctx.changes.run(ops.restore, self.session, row["id"],
                             on_done=lambda cid: (self.restored.emit(cid), self.refresh()), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.note.show_text(user_message(exc), "error")

    def clear(self) -> None:
        self.model.clear()
