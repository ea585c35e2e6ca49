"""The conflicts view: edits of one field made at the same time on two devices. Each row shows the
record, the field, the value kept for now and the other one, who made each and when; keep either,
for one row or for every selected row. Each resolution goes through
``app.ops.sync.resolve_conflict`` (audited; keeping the other value is a new edit that syncs), and
its ``Changes`` reach every screen through the ChangeBus (the customer list's badge goes)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.ops import sync_view as ops

from ..admin.common import AdminPage
from ..common.widgets import Note
from .models import ConflictsModel


class ConflictsPage(AdminPage):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(ctx, session, self.tr("Conflicts"), parent)
        self.setObjectName("conflictsPage")
        self.model = ConflictsModel(self)
        self.keep_btn = self.button(self.tr("Keep the current value"), lambda: self.resolve("kept"))
        self.other_btn = self.button(self.tr("Take the other value"), lambda: self.resolve("other"), primary=True)
        self.toolbar.addStretch(1)
        self.view = self.table(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for col, w in enumerate((170, 110, 170, 110, 170, 110)):
            self.view.setColumnWidth(col, w)
        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self._buttons())
        self.note = Note(self.tr("The current value is the one every device holds now. Select one or more rows "
                                 "and keep it, or take the other value instead; either choice is recorded in "
                                 "the audit log and synced to the team."))
        self.lay.addWidget(self.note)
        self.result = Note()
        self.result.hide()
        self.lay.addWidget(self.result)
        ctx.changes.changed.connect(self._changed)
        self._buttons()
        self.refresh()

    def selected(self) -> list[dict]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r for r in (self.model.row(i) for i in rows) if r is not None]

    def _buttons(self) -> None:
        n = len(self.selected())
        self.keep_btn.setEnabled(n > 0)
        self.other_btn.setEnabled(n > 0)

    def refresh(self) -> None:
        if self.session is not None:
            self.run(ops.conflict_rows, self.session, on_done=self._loaded)

    def _changed(self, _changes) -> None:
        self.refresh()   # a round may have brought new conflicts, another screen resolved one

    def _loaded(self, rows: list[dict]) -> None:
        keep = {r["id"] for r in self.selected()}
        self.model.set_rows(rows)
        for i, r in enumerate(rows):
            if r["id"] in keep:
                self.view.selectionModel().select(
                    self.model.index(i, 0), self.view.selectionModel().SelectionFlag.Select
                    | self.view.selectionModel().SelectionFlag.Rows)
        self._buttons()

    def resolve(self, keep: str) -> None:
        ids = [r["id"] for r in self.selected()]
        if not ids or self.session is None:
            return
        self.message.show_text("")
        self.ctx.changes.run(ops.resolve_many, self.session, ids, keep, on_done=self._resolved, on_error=self.failed)

    def _resolved(self, result: dict) -> None:
        text = self.tr("%n conflict(s) resolved.", "", result["resolved"])
        for f in result["failed"]:
            text += " " + self.tr("Conflict {0} was not: {1}").format(f["id"], f["reason"])
        self.result.show_text(text, "error" if result["failed"] else "success")

    def clear(self) -> None:
        self.session = None
        self.model.clear()
