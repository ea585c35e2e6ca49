"""Restore from a backup: archive location, destination folder, and either the signed-in
administrator's vault (the recovery key stays inside) or the recovery key from the sheet."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.ops import backups as ops
from ui import dialogs

from .progress import JobDialog
from .widgets import Note


class RestoreDialog(JobDialog):
    restored = Signal(str)

    def __init__(self, ctx, session, folder, parent: QWidget | None = None):
        super().__init__(self.tr("Restore from a backup"), parent)
        self.ctx = ctx
        self.session = session if session is not None and session.can("backup.restore") else None
        form = QFormLayout()
        self.archive = QLineEdit()
        self.archive.setAccessibleName(self.tr("Backup archive"))
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.archive, 1)
        row.addWidget(pick)
        form.addRow(self.tr("Archive (.crmbak):"), row)
        self.to = QLineEdit(str(folder) if folder else "")
        self.to.setAccessibleName(self.tr("Restore into"))
        form.addRow(self.tr("Restore into:"), self.to)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("AGE-SECRET-KEY-1…")
        if self.session is None:
            form.addRow(self.tr("Recovery key:"), self.key)
        self.lay.insertLayout(0, form)
        self.lay.insertWidget(1, Note(self.tr(
            "The archive is checked in full before anything is replaced. Restoring over the open vault keeps "
            "the current one until the restored copy has opened; any failure puts it back. You will sign in "
            "again afterwards."), kind="warning"))
        self.go = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.go.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.go.accepted.connect(self.begin)
        self.go.rejected.connect(self.reject)
        self.lay.addWidget(self.go)
        self.panel.hide()

    def _pick(self) -> None:
        path = dialogs.open_file(self, self.tr("Choose a backup archive"), self.archive.text(),
                                 self.tr("VaultCRM backups (*.crmbak)"))
        if path:
            self.archive.setText(path)
            if not self.to.text():
                self.to.setText(str(Path(path).parent / "restored-vault"))

    def begin(self) -> None:
        archive, to, key = self.archive.text().strip(), self.to.text().strip(), self.key.text().strip()
        if not archive or not to or (self.session is None and not key):
            self.show_result(self.tr("Fill in the archive, the destination and the recovery key."), error=True)
            return
        if not dialogs.confirm(self, self.tr("Restore"), self.tr("Restore {0} into {1}?").format(
                Path(archive).name, to), self.tr("Restore"), self.tr("Cancel")):
            return
        self.go.hide()
        self.panel.show()
        self.start(self.ctx.tasks, ops.restore, archive, to, key, self.session, self.ctx.worker.call, thread=True)

    def _done(self, result) -> None:
        super()._done(result)
        text = self.tr("Restored into {0}. Sign in to continue.").format(result["vault"])
        r = result.get("reapplied") or {}
        text += " " + self.tr("Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), "
                              "{2} credential change(s).").format(r.get("erasures", 0), r.get("disabled_users", 0),
                                                                  r.get("credential_changes", 0))
        if result.get("users_to_reset"):
            text += " " + self.tr("Their password changed after this backup; give them a new one: {0}").format(
                ", ".join(result["users_to_reset"]))
        self.show_result(text)
        self.restored.emit(result["vault"])
