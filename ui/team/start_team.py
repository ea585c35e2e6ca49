"""Administration > Start a team…: this vault becomes the team book's first laptop at a sync
location tested first (``app.ops.devices.start_team``); the genesis fingerprint is shown at the end."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.errors import user_message
from app.ops import devices as ops

from ..common.widgets import BusyBar, Heading, Note
from .help import help_button
from .location import LocationPicker


class StartTeamDialog(QDialog):
    started = Signal(dict)

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.result_info: dict | None = None
        self.setWindowTitle(self.tr("Start a team"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.addWidget(Heading(self.tr("Share this vault's customer book with your team"), level=2))
        lay.addWidget(Note(self.tr(
            "This laptop becomes the team's first device. Choose the sync location, as for backups: a shared "
            "folder, SFTP, WebDAV or S3. It only ever holds encrypted files; each colleague's laptop keeps its "
            "own vault and syncs through it.")))
        self.picker = LocationPicker(ctx, session)
        self.picker.tested.connect(self._tested)
        lay.addWidget(self.picker)
        self.message = Note()
        self.message.hide()
        lay.addWidget(self.message)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Genesis fingerprint"))
        self.fingerprint.hide()
        lay.addWidget(self.fingerprint)
        self.busy = BusyBar()
        self.busy.hide()
        lay.addWidget(self.busy)
        row = QHBoxLayout()
        row.addWidget(help_button(self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_btn = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_btn.setText(self.tr("Start the team"))
        self.start_btn.setEnabled(False)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons, 1)
        lay.addLayout(row)
        ctx.tasks.run(ops.team_state, session, on_done=self._state, on_error=lambda e: None)

    def _state(self, state: dict) -> None:
        if state["in_team"]:
            self.picker.setEnabled(False)
            self._show_done(state)

    def _tested(self, ok: bool) -> None:
        self.start_btn.setEnabled(ok and self.result_info is None)

    def start(self) -> None:
        if self.result_info is not None:
            self.accept()
            return
        if not self.picker.passed:
            self.message.show_text(self.tr("Test the connection first."), "error")
            return
        self.start_btn.setEnabled(False)
        self.picker.setEnabled(False)
        self.busy.show()
        self.message.show_text(self.tr("Starting the team…"), "info")
        self.ctx.changes.run(ops.start_team, self.session, self.picker.location, on_done=self._started,
                             on_error=self._failed)

    def _started(self, out: dict) -> None:
        self.busy.hide()
        self._show_done(out)
        self.started.emit(out)

    def _show_done(self, out: dict) -> None:
        self.result_info = out
        self.message.show_text(self.tr(
            "This vault is the first device of the team book. Invite laptops from Administration > Invite a "
            "laptop…. Every invitation shows this genesis fingerprint: the new laptop must show the same."),
            "success")
        self.fingerprint.setText(self.tr("Genesis fingerprint: {0}").format(out["fingerprint"]))
        self.fingerprint.show()
        self.start_btn.setText(self.tr("Close"))
        self.start_btn.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.picker.setEnabled(True)
        self.start_btn.setEnabled(self.picker.passed)
        self.message.show_text(user_message(exc), "error")
