"""Back up now: to the configured location (or a folder chosen now), with progress and Cancel."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.ops import backups as ops
from ui import dialogs

from .progress import JobDialog
from .widgets import Note


class BackupDialog(JobDialog):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(self.tr("Back up now"), parent)
        self.ctx = ctx
        self.session = session
        form = QFormLayout()
        row = QHBoxLayout()
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Backup location"))
        self.target.setPlaceholderText(self.tr("A folder, or sftp://, webdav://, s3:// …"))
        browse = QPushButton(self.tr("Folder…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Back up to:"), row)
        self.lay.insertLayout(0, form)
        self.lay.insertWidget(1, Note(self.tr("The archive is encrypted to the vault's recovery key, signed, then "
                                              "read back and verified.")))
        self.go = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.go.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Back up"))
        self.go.accepted.connect(self.begin)
        self.go.rejected.connect(self.reject)
        self.lay.addWidget(self.go)
        self.panel.hide()
        ctx.tasks.run(ops.configured_target, session, on_done=self.target.setText, on_error=lambda e: None)

    def _browse(self) -> None:
        path = dialogs.choose_folder(self, self.tr("Backup folder"), self.target.text())
        if path:
            self.target.setText(path)

    def begin(self) -> None:
        url = self.target.text().strip()
        if not url:
            self.show_result(self.tr("Choose where to back up."), error=True)
            return
        self.go.hide()
        self.panel.show()
        self.start(self.ctx.tasks, ops.back_up, self.session, url, self.ctx.worker.call, thread=True)

    def _done(self, result) -> None:
        super()._done(result)
        size = QLocale().formattedDataSize(int(result.get("size", 0)))
        self.panel.label.setText(self.tr("Backed up."))
        self.show_result(self.tr("Backed up and verified ({0}). The archive is:\n{1}").format(
            size, result.get("archive", "")))


