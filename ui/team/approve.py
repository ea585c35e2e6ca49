"""Administration > Pending laptops…: the join requests waiting on the sync location, and Approve
(``app.ops.devices.approve``: the new roster version, then a round so the new laptop finds the
book). The devices screen (``ui/sync``) may open this dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import user_message
from app.ops import devices as ops
from ui import dialogs

from ..common.widgets import BusyBar, Note
from .help import help_button


class PendingLaptopsDialog(QDialog):
    approved = Signal(dict)

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.setWindowTitle(self.tr("Pending laptops"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.addWidget(Note(self.tr(
            "Laptops that opened an invitation and ask to join the team. Approve only the ones you invited: "
            "ask the colleague to read you the code of their laptop if in doubt.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Laptops waiting for approval"))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        lay.addWidget(self.list, 1)
        self.empty = Note(self.tr("No laptop is waiting."))
        self.empty.hide()
        lay.addWidget(self.empty)
        self.message = Note()
        self.message.hide()
        lay.addWidget(self.message)
        self.busy = BusyBar()
        lay.addWidget(self.busy)
        row = QHBoxLayout()
        row.addWidget(help_button(self))
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.refresh)
        self.approve_btn = QPushButton(self.tr("Approve"))
        self.approve_btn.setObjectName("primary")
        self.approve_btn.clicked.connect(self.approve)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(self.refresh_btn)
        row.addStretch(1)
        row.addWidget(self.approve_btn)
        row.addWidget(close)
        lay.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.busy.show()
        self.approve_btn.setEnabled(False)
        self.ctx.tasks.run(ops.pending, self.session, on_done=self._listed, on_error=self._failed)

    def _listed(self, rows: list[dict]) -> None:
        self.busy.hide()
        self.list.clear()
        for r in rows:
            text = self.tr("{user} ({profile}): laptop {device}, asked {when}").format(
                user=r["user"] or "?", profile=r["profile"] or "?", device=r["device"][:8],
                when=r["last_seen"] or "?")
            if r.get("problem"):
                text += " — " + self.tr("cannot be approved: {0}").format(r["problem"])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        if rows:
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.approve_btn.setEnabled(item is not None and not item.data(Qt.ItemDataRole.UserRole).get("problem"))

    def approve(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        r = item.data(Qt.ItemDataRole.UserRole)
        if not dialogs.confirm(self, self.tr("Approve this laptop?"), self.tr(
                "{user}'s laptop will receive the whole customer book and sync with the team.").format(
                user=r["user"]), self.tr("Approve"), self.tr("Cancel")):
            return
        self.busy.show()
        self.approve_btn.setEnabled(False)
        self.ctx.changes.run(ops.approve, self.session, r["device"], on_done=self._approved, on_error=self._failed)

    def _approved(self, out: dict) -> None:
        text = self.tr("{user}'s laptop is on the team. It downloads the book at its next check.").format(
            user=out["user"])
        if out.get("round_error"):
            text += " " + self.tr("The book could not be published yet: {0}").format(out["round_error"])
        self.message.show_text(text, "warning" if out.get("round_error") else "success")
        self.approved.emit(out)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self._enable()
        self.message.show_text(user_message(exc), "error")
