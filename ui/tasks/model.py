"""My day's one table model: the open tasks of the three sections (overdue, today, the next 7
days) as rows; a few hundred at most, held whole (the section query is bounded by dates)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..common.dates import format_date

TaskRole = Qt.ItemDataRole.UserRole + 1   # the task's row (a dict)
COLUMNS = ("due", "title", "customer", "priority")


def section_label(section: str) -> str:
    if section == "overdue":
        return QCoreApplication.translate("MyDay", "Overdue")
    if section == "today":
        return QCoreApplication.translate("MyDay", "Today")
    return QCoreApplication.translate("MyDay", "Next 7 days")


def priority_label(priority: int) -> str:
    if priority == 1:
        return QCoreApplication.translate("MyDay", "High")
    if priority == 3:
        return QCoreApplication.translate("MyDay", "Low")
    return QCoreApplication.translate("MyDay", "Normal")


class TaskModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def task(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, task_id: int) -> int:
        return next((i for i, t in enumerate(self.rows) if t["id"] == task_id), -1)

    # ---------------------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (QCoreApplication.translate("MyDay", "Due"), QCoreApplication.translate("MyDay", "Task"),
                QCoreApplication.translate("MyDay", "Customer"),
                QCoreApplication.translate("MyDay", "Priority"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        t, col = self.rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(t, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return section_label(t["section"]) + ("\n" + t["notes"] if t.get("notes") else "")
        if role == Qt.ItemDataRole.ForegroundRole and t["section"] == "overdue" and col == "due":
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and t["priority"] == 1 and col == "title":
            font = QFont()
            font.setBold(True)
            return font
        if role == TaskRole:
            return t
        if role == Qt.ItemDataRole.UserRole:
            return t["id"]
        return None

    def _text(self, t: dict, col: str) -> str:
        if col == "due":
            when = format_date(t["due_date"]) + (f" {t['due_time']}" if t.get("due_time") else "")
            return f"{section_label(t['section'])}: {when}" if t["section"] == "overdue" else when
        if col == "title":
            return t["title"]
        if col == "customer":
            return t.get("customer_name") or ""
        return priority_label(t["priority"])

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
