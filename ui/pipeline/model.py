"""One board column's model: every deal id of the stage (known at once, from one query), the
cards fetched lazily in pages on the DB worker as the view scrolls (``canFetchMore`` /
``fetchMore``), so a column of 10,000 deals costs one page of rows until someone scrolls.

Drag and drop: a card drags as its deal id, version and stage (``MIME``); a drop on another
column's model asks the board to move the deal (``move_requested``). The model never moves rows
itself: the move is a use case, and the board reloads from the vault after it."""
from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt, QTimer, Signal

PAGE_SIZE = 60
MIME = "application/x-vaultcrm-deal"
CardRole = Qt.ItemDataRole.UserRole + 1      # the card's row (a dict)


def encode(deal: dict) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, QByteArray(f"{deal['id']}:{deal['version']}:{deal['stage']}".encode("ascii")))
    return data


def decode(data: QMimeData) -> tuple[int, int, str] | None:
    if data is None or not data.hasFormat(MIME):
        return None
    try:
        did, version, stage = bytes(data.data(MIME).data()).decode("ascii").split(":")
        return int(did), int(version), stage
    except ValueError:
        return None


class StageModel(QAbstractListModel):
    move_requested = Signal(int, int, str)     # deal id, version, to this stage
    page_arrived = Signal()

    def __init__(self, tasks, fetch_cards: Callable, stage: str, parent=None):
        super().__init__(parent)
        self.tasks = tasks
        self.fetch_cards = fetch_cards          # (ids) -> [card dict], run on the DB worker
        self.stage = stage
        self.ids = array("q")
        self.rows: list[dict] = []
        self._pending = False
        self._in_fetch = False
        self._epochs = itertools.count(1)
        self._epoch = next(self._epochs)

    # ---------------------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row["title"]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == CardRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["customer_name"]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._pending and len(self.rows) < len(self.ids)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self._pending = True
        start = len(self.rows)
        chunk = list(self.ids[start:start + PAGE_SIZE])
        epoch = self._epoch
        self._in_fetch = True
        try:
            self.tasks.run(self.fetch_cards, chunk, on_done=lambda rows, e=epoch, s=start, n=len(chunk):
                           self._arrived(e, s, n, rows), on_error=lambda exc, e=epoch: self._failed(e, exc))
        finally:
            self._in_fetch = False

    # drag and drop
    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData | None:  # noqa: N802
        rows = [self.rows[i.row()] for i in indexes if i.isValid() and 0 <= i.row() < len(self.rows)]
        return encode(rows[0]) if rows else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        got = decode(data)
        return got is not None and got[2] != self.stage

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        got = decode(data)
        if got is None or got[2] == self.stage:
            return False
        self.move_requested.emit(got[0], got[1], self.stage)
        return True

    # ---------------------------------------------------------------------------- loading
    def set_ids(self, ids) -> None:
        """A new list of ids (after a load or a move): rows are fetched again, page by page."""
        self.beginResetModel()
        self._epoch = next(self._epochs)
        self._pending = False
        self.ids = array("q", ids)
        self.rows = []
        self.endResetModel()
        self.fetchMore()

    def _arrived(self, epoch: int, start: int, asked: int, rows: list[dict]) -> None:
        if self._in_fetch:   # the worker was faster than fetchMore's caller (a view inside a reset): later
            QTimer.singleShot(0, lambda: self._arrived(epoch, start, asked, rows))
            return
        if epoch != self._epoch:
            return
        self._pending = False
        if len(rows) != asked:          # some deal left reach meanwhile: keep the ids that came
            self.ids = array("q", list(self.ids[:start]) + [r["id"] for r in rows] + list(self.ids[start + asked:]))
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.page_arrived.emit()

    def _failed(self, epoch: int, exc: BaseException) -> None:
        if epoch != self._epoch:
            return
        self._pending = False
        if self.tasks.error_handler:
            self.tasks.error_handler(exc)

    def clear(self) -> None:
        self.beginResetModel()
        self._epoch = next(self._epochs)
        self._pending = False
        self.ids = array("q")
        self.rows = []
        self.endResetModel()

    def row_of(self, deal_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["id"] == deal_id), None)

    def position_of(self, deal_id: int) -> int | None:
        """Where the deal is in the whole column (loaded or not)."""
        try:
            return self.ids.index(deal_id)
        except ValueError:
            return None
