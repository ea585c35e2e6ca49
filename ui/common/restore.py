"""Restore from a backup: archive location, destination folder, and either the signed-in
administrator's vault (the recovery key stays inside) or the recovery key from the sheet.

A failure (a typo in the key, the wrong archive) keeps everything typed, says what is wrong and
offers Restore again; the archive and the destination (never the key) are remembered for the
next opening. The suggested destination is the normal place for vaults, not the archive's folder
(often a USB stick)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import AuthenticationError, CrmError, user_message
from app.ops import backups as ops
from app.recovery_key import KEY, find_recovery_key, read_recovery_key
from ui import dialogs
from vault.paths import default_vault_folder

from .progress import JobDialog
from .widgets import Note


class RestoreDialog(JobDialog):
    restored = Signal(str)

    def __init__(self, ctx, session, folder, parent: QWidget | None = None):
        super().__init__(self.tr("Restore from a backup"), parent)
        self.setMinimumWidth(640)
        self.ctx = ctx
        self.session = session if session is not None and session.can("backup.restore") else None
        # the archive and destination of the last attempt in this run (never the key)
        self.remembered = ctx.options.setdefault("restore_fields", {})
        form = QFormLayout()
        self.archive = QLineEdit(self.remembered.get("archive", ""))
        self.archive.setAccessibleName(self.tr("Backup archive"))
        self.pick = QPushButton(self.tr("Choose…"))
        self.pick.setAccessibleName(self.tr("Choose a backup archive"))
        self.pick.clicked.connect(self._pick)
        form.addRow(self.tr("Archive (.crmbak):"), _row(self.archive, self.pick))
        # signed in: over the open vault; from the start screen: the normal place for a vault
        self.to = QLineEdit(self.remembered.get("to") or (str(folder) if folder and self.session is not None
                                                           else default_vault_folder()))
        self.to.setAccessibleName(self.tr("Restore into"))
        form.addRow(self.tr("Restore into:"), self.to)
        self._add_key_row(form)
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

    def _add_key_row(self, form: QFormLayout) -> None:
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("AGE-SECRET-KEY-1…")
        self.show_key = QCheckBox(self.tr("Show"))
        self.show_key.setAccessibleName(self.tr("Show the recovery key"))
        self.show_key.toggled.connect(lambda on: self.key.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.key_file = QPushButton(self.tr("From a file…"))
        self.key_file.setAccessibleName(self.tr("Read the recovery key from the recovery sheet's file"))
        self.key_file.clicked.connect(self._key_from_file)
        if self.session is None:
            form.addRow(self.tr("Recovery key:"), _row(self.key, self.show_key, self.key_file))
        else:
            for w in (self.key, self.show_key, self.key_file):
                w.hide()

    def _pick(self) -> None:
        path = dialogs.open_file(self, self.tr("Choose a backup archive"), self.archive.text(),
                                 self.tr("VaultCRM backups (*.crmbak)"))
        if path:
            self.archive.setText(path)
            if not self.to.text():
                self.to.setText(default_vault_folder())

    def _key_from_file(self) -> None:
        path = dialogs.open_file(self, self.tr("Choose the recovery sheet (PDF or text)"), "",
                                 self.tr("Recovery sheet (*.pdf *.txt);;All files (*)"))
        if not path:
            return
        try:
            self.key.setText(read_recovery_key(path))
            self.result_label.hide()
        except CrmError as exc:
            self.show_result(user_message(exc), error=True)

    def _typed_key(self) -> str:
        """The key as typed or pasted: found in what was pasted (spaces, a line of the sheet)."""
        text = self.key.text().strip()
        return find_recovery_key(text.encode("utf-8")) or text

    def _problem(self, archive: str, to: str, key: str) -> tuple[str, QLineEdit] | None:
        """What must be fixed before a restore can start, and where."""
        for value, field, text in (
                (archive, self.archive, self.tr("Choose the backup archive to restore.")),
                (to, self.to, self.tr("Choose the folder to restore into.")),
                (key or self.session, self.key, self.tr("Type the recovery key from your recovery sheet."))):
            if not value:
                return text, field
        if self.session is None and not KEY.fullmatch(key):
            return self.tr("This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 "
                           "characters, this one has {0}. Compare it with your recovery sheet.").format(len(key)), \
                self.key
        return None

    def begin(self) -> None:
        archive, to, key = self.archive.text().strip(), self.to.text().strip(), self._typed_key()
        self.remembered.update(archive=archive, to=to)
        problem = self._problem(archive, to, key)
        if problem is not None:
            self.show_result(problem[0], error=True)
            problem[1].setFocus()
            return
        if not dialogs.confirm(self, self.tr("Restore"), self.tr("Restore {0} into {1}?").format(
                Path(archive).name, to), self.tr("Restore"), self.tr("Cancel")):
            return
        self.result_label.hide()
        self._editable(False)
        self.panel.show()
        self.start(self.ctx.tasks, ops.restore, archive, to, key, self.session, self.ctx.worker.call, thread=True)

    def _editable(self, on: bool) -> None:
        for w in (self.archive, self.pick, self.to, self.key, self.show_key, self.key_file):
            w.setEnabled(on)
        self.go.setVisible(on)

    def _failed(self, exc: BaseException) -> None:
        """Say what went wrong and offer another try with everything as it was typed."""
        super()._failed(exc)
        if self.session is None and isinstance(exc, AuthenticationError):
            self.show_result(user_message(exc) + " " + self.tr(
                "Compare the key with your recovery sheet, character by character, and try again."), error=True)
        self.close_box.hide()
        self.panel.hide()
        self._editable(True)
        (self.key if self.session is None else self.archive).setFocus()

    def _done(self, result) -> None:
        super()._done(result)
        self.remembered.clear()
        self.key.clear()
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


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, w in enumerate(widgets):
        row.addWidget(w, 1 if i == 0 else 0)
    return row
