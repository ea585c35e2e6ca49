"""The attachments list's model: one row per file (name, size, added), from the list the use case
returns (a customer's files are few: the vault's limit bounds them)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from ..common.dates import format_datetime


def size_text(n: int) -> str:
    return QLocale().formattedDataSize(int(n), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[dict] = []

    def set_items(self, items: list[dict]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("Attachments", "Name"), QCoreApplication.translate("Attachments", "Size"),
                QCoreApplication.translate("Attachments", "Added"))[section] if 0 <= section < 3 else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        a = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return a["name"] + (f" · {a['deal_title']}" if a.get("deal_title") else "")
            if index.column() == 1:
                return size_text(a["size"])
            return format_datetime(a["created_at"])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return a["name"]
        if role == Qt.ItemDataRole.UserRole:
            return a["id"]
        return None

    def item(self, row: int) -> dict | None:
        return self.items[row] if 0 <= row < len(self.items) else None
