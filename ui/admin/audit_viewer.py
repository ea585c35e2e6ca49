"""The audit log viewer: filters (user, action, customer, time range), paging (newest first),
the chain status (verify on demand) and export for an incident report. Needs audit.read."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.ops import admin as ops
from ui import dialogs

from ..common.list_model import RowsModel
from ..common.widgets import Note
from .audit_text import ACTIONS, action_name, details_lines
from .common import AdminPage, when

PAGE = ops.AUDIT_PAGE


def _details(entry: dict) -> str:
    """"Key: value" lines, one per detail (the cell shows them side by side, the tooltip below each other)."""
    text = " · ".join(details_lines(entry.get("details")))
    return text if len(text) <= 200 else text[:199] + "…"


class AuditModel(RowsModel):
    columns = [("seq", "#"), (lambda e: when(e["at"]), QT_TRANSLATE_NOOP("Columns", "Time")),
               ("user", QT_TRANSLATE_NOOP("Columns", "User")),
               (lambda e: action_name(e["action"]), QT_TRANSLATE_NOOP("Columns", "Action")),
               (lambda e: f"{e['entity'] or ''} {e['entity_id'] or ''}".strip(), QT_TRANSLATE_NOOP("Columns", "Entity")),
               (_details, QT_TRANSLATE_NOOP("Columns", "Details"))]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == len(self.columns) - 1 \
                and 0 <= index.row() < len(self.rows):
            return "\n".join(details_lines(self.rows[index.row()].get("details")))
        return super().data(index, role)


class AuditPage(AdminPage):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(ctx, session, self.tr("Audit log"), parent)
        self.offset = 0
        self.total = 0
        self.model = AuditModel(self)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("User"))
        self.user.setAccessibleName(self.tr("Filter by user"))
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for name, code in sorted((action_name(c), c) for c in ACTIONS):
            self.action.addItem(name, code)
        self.action.setAccessibleName(self.tr("Filter by action"))
        # long action names (German, Polish) must not widen the window past the screen
        self.action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(22)
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("Customer id"))
        self.customer.setAccessibleName(self.tr("Filter by customer"))
        self.customer.setMaximumWidth(110)
        self.use_dates = QCheckBox(self.tr("From"))
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From date"))
        self.until = QDateEdit(QDate.currentDate())
        self.until.setCalendarPopup(True)
        for d in (self.since, self.until):
            d.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(self.tr("To date"))
        for w in (self.user, self.action, self.customer, self.use_dates, self.since, QLabel(self.tr("to")),
                  self.until):
            self.toolbar.addWidget(w)
        self.apply_btn = self.button(self.tr("Apply"), self.apply, primary=True)
        self.toolbar.addStretch(1)
        self.verify_btn = self.button(self.tr("Verify chain"), self.verify)
        self.export_btn = self.button(self.tr("Export…"), self.export)
        for w in (self.user, self.customer):
            w.returnPressed.connect(self.apply)
        self.action.activated.connect(lambda _i: self.apply())
        self.chain = Note(self.tr("Chain not checked yet in this view."), kind="info")
        self.lay.addWidget(self.chain)
        self.view = self.table(self.model)
        for col, w in enumerate((60, 130, 90, 150, 130)):
            self.view.setColumnWidth(col, w)
        nav = QHBoxLayout()
        self.prev_btn = QPushButton(self.tr("‹ Newer"))
        self.prev_btn.setAccessibleName(self.tr("Newer entries"))
        self.next_btn = QPushButton(self.tr("Older ›"))
        self.next_btn.setAccessibleName(self.tr("Older entries"))
        self.page_label = QLabel()
        self.prev_btn.clicked.connect(lambda: self.go(self.offset - PAGE))
        self.next_btn.clicked.connect(lambda: self.go(self.offset + PAGE))
        nav.addWidget(self.prev_btn)
        nav.addWidget(self.page_label)
        nav.addWidget(self.next_btn)
        nav.addStretch(1)
        self.lay.addLayout(nav)
        self.apply()

    def filters(self) -> dict:
        f = {"user": self.user.text().strip(), "action": self.action.currentData() or "",
             "customer": self.customer.text().strip()}
        if self.use_dates.isChecked():
            f["since"] = self.since.date().toString("yyyy-MM-dd")
            f["until"] = self.until.date().addDays(1).toString("yyyy-MM-dd")
        return f

    def apply(self) -> None:
        self.go(0)

    def go(self, offset: int) -> None:
        self.offset = max(0, offset)
        self.run(ops.audit_page, self.session, self.filters(), self.offset, on_done=self._loaded)

    def _loaded(self, result: dict) -> None:
        self.total = result["total"]
        self.model.set_rows(result["entries"])
        pages = max(1, (self.total + PAGE - 1) // PAGE)
        self.page_label.setText(self.tr("Page {0} of {1} · %Ln entry(s)", "", self.total).format(
            self.offset // PAGE + 1, pages))
        self.prev_btn.setEnabled(self.offset > 0)
        self.next_btn.setEnabled(self.offset + PAGE < self.total)

    def verify(self) -> None:
        self.chain.show_text(self.tr("Checking the chain…"), "info")
        self.run(ops.verify_audit, self.session, on_done=self._verified)

    def _verified(self, result: dict) -> None:
        if result.get("ok"):
            self.chain.show_text(self.tr("Chain intact: %Ln entry(s), every link checked.", "",
                                         int(result.get("entries", 0))), "success")
        else:
            self.chain.show_text(self.tr("Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell "
                                         "your administrator.").format(result.get("first_bad"),
                                                                       result.get("reason") or ""), "error")
        self.go(self.offset)

    def export(self) -> None:
        path = dialogs.save_file(self, self.tr("Export the audit log"), "audit-log.json",
                                 self.tr("JSON (*.json);;CSV (*.csv)"))
        if not path:
            return
        fmt = "csv" if path.lower().endswith(".csv") else "json"
        self.run(ops.export_audit, self.session, path, fmt, self.filters(),
                 on_done=lambda _r: self.chain.show_text(self.tr("Exported to {0}.").format(path), "success"))

    def clear(self) -> None:
        self.model.clear()
