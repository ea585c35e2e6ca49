"""The customer list model: ids and rows fetched lazily by page on the DB worker.

``rowCount`` is the full length of the filtered list (known from the first page), so the scroll
bar is right at once; ``data`` for a row whose page is not here yet shows a placeholder and asks
the worker for that page; when it arrives, ``dataChanged`` repaints it. At most ``MAX_PAGES``
pages stay in memory (least recently used dropped), so memory stays flat however long the list.
"""
from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..common.dates import format_date
from ..common.labels import STATUS, column_label, status_label
from ..common.tasks import Tasks

PAGE_SIZE = 200
MAX_PAGES = 30
PLACEHOLDER = "…"

# (row key, header, sort key or None)
COLUMNS: list[tuple[str, str, str | None]] = [
    ("display_name", QT_TRANSLATE_NOOP("Columns", "Name"), "name"),
    ("company_name", QT_TRANSLATE_NOOP("Columns", "Company"), "company"),
    ("email", QT_TRANSLATE_NOOP("Columns", "Email"), None),
    ("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), None),
    ("city", QT_TRANSLATE_NOOP("Columns", "City"), "city"),
    ("status", QT_TRANSLATE_NOOP("Columns", "Status"), "status"),
    ("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner"), "owner"),
    ("last_contact_at", QT_TRANSLATE_NOOP("Columns", "Last contact"), "last_contact"),
    ("updated_at", QT_TRANSLATE_NOOP("Columns", "Updated"), "updated"),
]
STATUS_LABELS = STATUS  # code -> English label (marked for translation in ui.common.labels)


def sync_badge():
    """The conflict badge: the style's warning icon (a QIcon, made on the GUI thread when shown)."""
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


FetchPage = Callable[[object, str, int, int], object]   # (filter, sort, offset, limit) -> Page, on the worker


class CustomerTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    total_changed = Signal(int)
    reset_done = Signal()

    def __init__(self, tasks: Tasks, fetch_page: FetchPage, parent=None):
        super().__init__(parent)
        self.tasks = tasks
        self.fetch_page = fetch_page
        self.filter = None
        self.sort_key = "name"
        self.total = 0
        self.generation: int | None = None
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._requested: set[int] = set()
        self._epochs = itertools.count(1)
        self._epoch = next(self._epochs)
        self._sort_column, self._sort_order = 0, Qt.SortOrder.AscendingOrder
        self.flagged: frozenset[int] = frozenset()   # customers with open sync conflicts (a badge on the name)

    # ---------------------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_label(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][2] is None:
                return self.tr("This column cannot be sorted")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.total) or not (0 <= index.column() < len(COLUMNS)):
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self.flagged:
            row = self._row(index.row())
            return sync_badge() if row is not None and row["id"] in self.flagged else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._row(index.row())
        if row is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        key = COLUMNS[index.column()][0]
        value = row.get(key)
        if index.column() == 0 and row["id"] in self.flagged and role in (Qt.ItemDataRole.ToolTipRole,
                                                                          Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{0} (sync conflict)").format(value or "")
        if value is None:
            return ""
        if key == "status":
            return status_label(value)
        if key in ("last_contact_at", "updated_at"):
            return format_date(str(value))
        return str(value)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)) or COLUMNS[column][2] is None:
            return
        key = COLUMNS[column][2]
        self._sort_column, self._sort_order = column, order
        self.sort_key = ("-" if order == Qt.SortOrder.DescendingOrder else "") + key
        self.reload()

    # ---------------------------------------------------------------------------- paging
    def _row(self, row: int) -> dict | None:
        page_no, pos = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page_no)
        if rows is None:
            self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        return rows[pos] if pos < len(rows) else None

    def _request(self, page_no: int) -> None:
        if page_no in self._requested:
            return
        self._requested.add(page_no)
        if len(self._requested) == 1:
            self.loading_changed.emit(True)
        epoch = self._epoch
        self.tasks.run(self.fetch_page, self.filter, self.sort_key, page_no * PAGE_SIZE, PAGE_SIZE,
                       on_done=lambda page, e=epoch, n=page_no: self._arrived(e, n, page),
                       on_error=lambda exc, e=epoch, n=page_no: self._failed(e, n, exc))

    def _failed(self, epoch: int, page_no: int, exc: BaseException) -> None:
        if epoch != self._epoch:
            return
        self._requested.discard(page_no)
        if not self._requested:
            self.loading_changed.emit(False)
        if self.tasks.error_handler:
            self.tasks.error_handler(exc)

    def _arrived(self, epoch: int, page_no: int, page) -> None:
        if epoch != self._epoch:
            return
        self._requested.discard(page_no)
        if not self._requested:
            self.loading_changed.emit(False)
        if page.generation != self.generation or page.total != self.total:
            # the list changed (or this is the first page): start again from this page
            self.beginResetModel()
            self.generation = page.generation
            self.total = page.total
            self._pages.clear()
            self._requested.clear()
            self._epoch = next(self._epochs)
            self._pages[page_no] = page.rows
            self.endResetModel()
            self.total_changed.emit(self.total)
            self.reset_done.emit()
            return
        self._pages[page_no] = page.rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page_no * PAGE_SIZE
        last = min(self.total, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # ---------------------------------------------------------------------------- control
    def set_flagged(self, ids) -> None:
        """The customers open sync conflicts touch (``app.ops.sync_view``): a badge on their name."""
        flagged = frozenset(int(i) for i in ids)
        if flagged != self.flagged:
            self.flagged = flagged
            if self.total:
                self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, 0))

    def set_filter(self, f) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        """Fetch again (first page first); the model resets when it arrives."""
        self._epoch = next(self._epochs)
        self._requested.clear()
        self.generation = None
        self._request(0)

    def refresh(self) -> None:
        """After a write: keep the rows on screen until the new first page is here."""
        self.reload()

    def clear(self) -> None:
        """Lock: drop every row at once."""
        self.beginResetModel()
        self._epoch = next(self._epochs)
        self._pages.clear()
        self._requested.clear()
        self.total = 0
        self.generation = None
        self.endResetModel()

    def row_id(self, row: int) -> int | None:
        r = self._row(row) if 0 <= row < self.total else None
        return None if r is None else int(r["id"])

    def row_data(self, row: int) -> dict | None:
        return self._row(row) if 0 <= row < self.total else None

    def find_row(self, customer_id: int) -> int | None:
        for page_no, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r["id"] == customer_id:
                    return page_no * PAGE_SIZE + i
        return None

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def is_loaded(self, row: int) -> bool:
        return (row // PAGE_SIZE) in self._pages

    def persistent(self, row: int) -> QPersistentModelIndex:
        return QPersistentModelIndex(self.index(row, 0))
