"""The task dialog: title, due date and optional time, priority, repetition, notes. It returns
the fields; the page runs the use case (add or update) and shows a refusal or a validation error."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from .model import priority_label


class TaskDialog(QDialog):
    def __init__(self, task: dict | None = None, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        self.task = task
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(500)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Due date"))
        self.timed = QCheckBox(self.tr("At"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Due time"))
        self.time_edit.setEnabled(False)
        self.timed.toggled.connect(self.time_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.timed)
        row.addWidget(self.time_edit)
        form.addRow(self.tr("&Due:"), row)
        self.priority_box = QComboBox()
        self.priority_box.setAccessibleName(self.tr("Priority"))
        for p in (1, 2, 3):
            self.priority_box.addItem(priority_label(p), p)
        form.addRow(self.tr("&Priority:"), self.priority_box)
        self.repeat_box = QComboBox()
        self.repeat_box.setAccessibleName(self.tr("Repeat"))
        for label, value in ((self.tr("Does not repeat"), None), (self.tr("Daily"), "daily"),
                             (self.tr("Weekly"), "weekly"), (self.tr("Monthly"), "monthly")):
            self.repeat_box.addItem(label, value)
        form.addRow(self.tr("&Repeat:"), self.repeat_box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self._fill(task, today or dt.date.today())

    def _fill(self, task: dict | None, today: dt.date) -> None:
        due = dt.date.fromisoformat(task["due_date"]) if task else today
        self.date_edit.setDate(QDate(due.year, due.month, due.day))
        self.time_edit.setTime(QTime(9, 0))
        self.priority_box.setCurrentIndex(1)
        if task is None:
            return
        self.title_edit.setText(task["title"])
        if task.get("due_time"):
            self.timed.setChecked(True)
            self.time_edit.setTime(QTime.fromString(task["due_time"], "HH:mm"))
        self.priority_box.setCurrentIndex(self.priority_box.findData(task["priority"]))
        self.repeat_box.setCurrentIndex(max(0, self.repeat_box.findData(task.get("repeat"))))
        self.notes_edit.setPlainText(task.get("notes") or "")

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.title_edit.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        return {"title": self.title_edit.text().strip(),
                "due_date": self.date_edit.date().toString("yyyy-MM-dd"),
                "due_time": self.time_edit.time().toString("HH:mm") if self.timed.isChecked() else None,
                "priority": self.priority_box.currentData(), "repeat": self.repeat_box.currentData(),
                "notes": self.notes_edit.toPlainText().strip()}
