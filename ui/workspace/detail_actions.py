"""What the customer detail pane asks the customers tab to do with the customer it shows: privacy
actions (subject export, restriction, erasure), deals, consents and purchase preferences. Each write
runs through ``ctx.changes``, so the list and the pane follow it in one place."""
from __future__ import annotations

from app.ops import records as ops
from ui import dialogs


class DetailActions:
    """Mixed into ``CustomersPage`` (which provides ctx, session, detail, notify, _write_failed)."""

    def privacy_action(self, action: str) -> None:
        rec = self.detail.record
        if rec is None or not self.session.can("privacy.manage"):
            return
        cid, name = rec["id"], rec["display_name"]
        if action == "export":
            path = dialogs.save_file(self, self.tr("Subject access export"), f"subject-access-{cid}.json",
                                     self.tr("JSON (*.json)"))
            if path:
                self.ctx.tasks.run(ops.subject_export, self.session, cid, path, on_error=self._write_failed,
                                   on_done=lambda r: self.notify.emit(self.tr(
                                       "Exported everything held about {0} to {1} (and a readable {2}).").format(
                                       name, r["path"], r["html"]), "info", None))
        elif action in ("restrict", "lift"):
            reason = dialogs.ask_text(self, self.tr("Restrict processing"), self.tr("Reason (e.g. the person's "
                                      "request of …):")) if action == "restrict" else ""
            if reason is None:
                return
            self.ctx.changes.run(ops.set_restricted, self.session, cid, action == "restrict", reason,
                                 on_error=self._write_failed)
        elif action == "erase":
            if not dialogs.confirm(self, self.tr("Erase {0}").format(name), self.tr(
                    "Erase this person for good? Their personal data is anonymised and their key shredded, so "
                    "the audit log keeps its entries but can no longer show their values. This cannot be undone, "
                    "and it is re-applied after a restore."), self.tr("Erase"), self.tr("Cancel")):
                return
            self.ctx.changes.run(ops.erase, self.session, cid, on_error=self._write_failed,
                                 on_done=lambda _r: self.notify.emit(self.tr("The person was erased."), "info", None))

    def open_deal(self, deal_id: int | None) -> None:
        """New deal (None) or edit one, for the customer shown in the detail pane."""
        if self.detail.record is None or not self.session.can("deals.write"):
            return
        from .deal_editor import DealDialog

        cid = self.detail.record["id"]
        self.deal_dialog = DealDialog(self.ctx, self.session, cid, deal_id, self)
        self.deal_dialog.open()

    def delete_deal(self, deal_id: int, title: str) -> None:
        """The Delete key on a deal in the pane: the deal dialog's question, then the same use case."""
        if self.detail.record is None or not self.session.can("deals.write"):
            return
        if not dialogs.confirm(self, self.tr("Delete deal"), self.tr("Delete the deal {0}? This cannot be undone.")
                               .format(title), self.tr("Delete"), self.tr("Keep")):
            return
        self.ctx.changes.run(ops.remove_deal, self.session, self.detail.record["id"], deal_id,
                             on_error=self._write_failed)

    def record_consent(self) -> None:
        if self.detail.record is None or not self.session.can("privacy.manage"):
            return
        from .consent import ConsentDialog

        cid = self.detail.record["id"]
        self.consent_dialog = ConsentDialog(self.ctx, self.session, cid, self)
        self.consent_dialog.open()

    def withdraw_consent(self, consent_id: int, purpose: str) -> None:
        if self.detail.record is None or not self.session.can("privacy.manage"):
            return
        cid = self.detail.record["id"]
        if not dialogs.confirm(self, self.tr("Withdraw consent"), self.tr(
                "Record that {0} withdrew their consent for {1}? The consent stays in the record, marked as "
                "withdrawn.").format(self.detail.record["display_name"], purpose), self.tr("Withdraw"),
                self.tr("Cancel")):
            return
        self.ctx.changes.run(ops.withdraw_consent, self.session, cid, consent_id, on_error=self._write_failed)

    def add_preference(self) -> None:
        if self.detail.record is None or not self.session.can("customers.update"):
            return
        from .preferences import PreferenceDialog

        cid = self.detail.record["id"]
        self.preference_dialog = PreferenceDialog(self.ctx, self.session, cid, self)
        self.preference_dialog.open()

    def remove_preference(self, preference_id: int, category: str) -> None:
        if self.detail.record is None or not self.session.can("customers.update"):
            return
        cid = self.detail.record["id"]
        if not dialogs.confirm(self, self.tr("Remove preference"), self.tr(
                "Remove the purchase preference \"{0}\" of {1}?").format(category, self.detail.record["display_name"]),
                self.tr("Remove"), self.tr("Cancel")):
            return
        self.ctx.changes.run(ops.remove_preference, self.session, cid, preference_id, on_error=self._write_failed)
