"""The devices screen (Administration, administrators only; ``app.ops.sync_view.device_list``
checks ``users.manage``): every device of the team book, its user, state, last seen and how far
behind; stale devices highlighted; approve a waiting one (``app.ops.devices.approve``: then a round,
so the new laptop can download the book at once); revoke one after a confirmation that says what
revoking does and does not do."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ops import sync_view as ops
from ui import dialogs

from ..admin.common import AdminPage
from ..common.widgets import Note
from .models import DevicesModel


class DevicesPage(AdminPage):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(ctx, session, self.tr("Devices"), parent)
        self.setObjectName("devicesPage")
        self.model = DevicesModel(self)
        self.refresh_btn = self.button(self.tr("Refresh"), self.refresh)
        self.approve_btn = self.button(self.tr("Approve…"), self.approve, primary=True)
        self.revoke_btn = self.button(self.tr("Revoke…"), self.revoke)
        self.toolbar.addStretch(1)
        self.view = self.table(self.model)
        for col, w in enumerate((150, 120, 190, 150, 130)):
            self.view.setColumnWidth(col, w)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._buttons())
        self.hint = Note(self.tr("A device highlighted as stale has not synced for longer than the team allows "
                                 "(Settings). Revoking stops a device from syncing; what is already on it stays "
                                 "there."))
        self.lay.addWidget(self.hint)
        self._buttons()
        self.refresh()

    def current(self) -> dict | None:
        return self.model.row(self.view.currentIndex().row())

    def _buttons(self) -> None:
        row = self.current()
        self.approve_btn.setEnabled(row is not None and row["state"] == "waiting")
        self.revoke_btn.setEnabled(row is not None and row["state"] == "active" and not row["this"])

    def refresh(self) -> None:
        self.run(ops.device_list, self.session, on_done=self._loaded)

    def _loaded(self, rows: list[dict]) -> None:
        keep = (self.current() or {}).get("device")
        self.model.set_rows(rows)
        for i, r in enumerate(rows):
            if r["device"] == keep:
                self.view.selectRow(i)
        self._buttons()

    def approve(self) -> None:
        row = self.current()
        if row is None or row["state"] != "waiting":
            return
        if not dialogs.confirm(self, self.tr("Approve device"), self.tr(
                "Admit this device of {user} to the team? It will download the team's customers and sync "
                "from now on.").format(user=row["user"] or row["device"]), yes=self.tr("Approve")):
            return
        self.message.show_text("")
        self.ctx.changes.run(ops.approve_device, self.session, row["device"], on_done=self._approved,
                             on_error=self.failed)

    def _approved(self, out: dict) -> None:
        if out.get("round_error"):
            self.message.show_text(self.tr("The device is approved, but the book could not be published for it "
                                           "yet: {0}").format(out["round_error"]), "warning")
        self.refresh()

    def revoke(self) -> None:
        row = self.current()
        if row is None or row["state"] != "active" or row["this"]:
            return
        text = self.tr(
            "Revoke this device of {user}?\n\n"
            "From now on it can no longer sync: the other devices refuse anything it sends after what they "
            "have already received, and it receives nothing new.\n\n"
            "Revoking does not delete anything: the customers already on that laptop stay there. If the "
            "laptop is lost, also disable the user or change their password.").format(user=row["user"])
        if not dialogs.confirm(self, self.tr("Revoke device"), text, yes=self.tr("Revoke")):
            return
        self.run(ops.revoke_device, self.session, row["device"], on_done=lambda _r: self.refresh())

    def clear(self) -> None:
        self.model.clear()
