"""The interaction form's "Follow up on" row: a checkbox and a date; when ticked, logging the
interaction also creates a task on the same customer (``app.ops.tasks.log_interaction_with_follow_up``)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from app.records.tasks import today

FOLLOW_UP_DAYS = 3


class FollowUpRow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpRow")
        self.check = QCheckBox(self.tr("Follow up on"))
        self.check.setObjectName("followUpCheck")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("followUpDate")
        self.date_edit.setAccessibleName(self.tr("Follow-up date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setEnabled(False)
        self.check.toggled.connect(self.date_edit.setEnabled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.date_edit)
        lay.addStretch(1)
        self.reset()

    def reset(self) -> None:
        day = today() + dt.timedelta(days=FOLLOW_UP_DAYS)
        self.check.setChecked(False)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def value(self, summary: str) -> dict | None:
        """The follow-up task's fields, or None when not asked for."""
        if not self.check.isChecked():
            return None
        title = self.tr("Follow up: {summary}").format(summary=" ".join(summary.split())[:200])
        return {"title": title, "due_date": self.date_edit.date().toString("yyyy-MM-dd")}
