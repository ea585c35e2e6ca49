"""Security alerts: open (or all) alerts raised by the audit rules; administrators acknowledge them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from app import alerts
from app.ops import admin as ops
from ui import dialogs

from ..common.list_model import RowsModel
from .common import AdminPage, when

SEVERITY = {"critical": QT_TRANSLATE_NOOP("Severity", "Critical"), "warning": QT_TRANSLATE_NOOP("Severity", "Warning"),
            "info": QT_TRANSLATE_NOOP("Severity", "Information")}


def severity_label(code: str) -> str:
    return QCoreApplication.translate("Severity", SEVERITY[code]) if code in SEVERITY else code


class AlertsModel(RowsModel):
    columns = [(lambda a: when(a["at"]), QT_TRANSLATE_NOOP("Columns", "Time")),
               (lambda a: severity_label(a["severity"]), QT_TRANSLATE_NOOP("Columns", "Severity")),
               ("title", QT_TRANSLATE_NOOP("Columns", "Alert")), ("user", QT_TRANSLATE_NOOP("Columns", "User")),
               ("message", QT_TRANSLATE_NOOP("Columns", "Message")),
               (lambda a: f"{when(a['acknowledged_at'])} {a['acknowledged_by'] or ''}".strip(),
                QT_TRANSLATE_NOOP("Columns", "Acknowledged"))]


class AlertsPage(AdminPage):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(ctx, session, self.tr("Security alerts"), parent)
        self.model = AlertsModel(self)
        self.only_open = QCheckBox(self.tr("Open only"))
        self.only_open.setChecked(True)
        self.only_open.toggled.connect(lambda _o: self.refresh())
        self.toolbar.addWidget(self.only_open)
        self.ack_btn = self.button(self.tr("Acknowledge…"), self.acknowledge, allowed=session.can("users.manage"))
        self.toolbar.addStretch(1)
        self.view = self.table(self.model)
        for col, w in enumerate((130, 80, 240, 90, 300)):
            self.view.setColumnWidth(col, w)
        self.refresh()

    def refresh(self) -> None:
        self.run(ops.list_alerts, self.session, self.only_open.isChecked(), on_done=self.model.set_rows)

    def acknowledge(self) -> None:
        row = self.model.row(self.view.currentIndex().row())
        if row is None:
            return
        note = dialogs.ask_text(self, self.tr("Acknowledge alert"), self.tr("What was done (optional):"))
        if note is None:
            return
        self.run(alerts.acknowledge, self.session, row["id"], note, on_done=lambda _r: self.refresh())

    def clear(self) -> None:
        self.model.clear()
